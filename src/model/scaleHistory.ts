import type { ScaleAnswer, Session } from './types';

/**
 * A child's numbers over time, for any activity's scale answers: the summary and the worker's
 * panel both read them, so they live with the model rather than in one activity.
 */
export interface ScaleHistoryPoint {
  /** When the child gave this number (ISO 8601). */
  date: string;
  value: number;
  sessionId: string;
}

export interface ScaleHistoryOptions {
  /** Leave out answers the child chose not to share (for anything exported). Default false. */
  sharedOnly?: boolean;
}

/** Names are typed by hand each visit: "Amira", "amira " and "AMIRA" are the same child. */
function sameChild(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();
  return norm(a) === norm(b);
}

/**
 * The same question: the same library key (so a question asked in Polish one week and English
 * the next still lines up), or, for the worker's own questions, exactly the same words.
 */
function sameQuestion(scale: ScaleAnswer, questionKeyOrText: string): boolean {
  return (scale.questionKey !== undefined && scale.questionKey === questionKeyOrText) || scale.question === questionKeyOrText;
}

/** What to pass as questionKeyOrText for an answer: its key, else its words. */
export function questionIdentity(scale: Pick<ScaleAnswer, 'questionKey' | 'question'>): string {
  return scale.questionKey ?? scale.question;
}

function dateOf(scale: ScaleAnswer, session: Session): string {
  return Number.isNaN(Date.parse(scale.createdAt)) ? session.createdAt : scale.createdAt;
}

/**
 * One child's numbers for one question across every session on the device, oldest first.
 * Unrated answers are not numbers and are skipped. Pure: the caller passes the sessions.
 */
export function scaleHistory(
  sessions: readonly Session[],
  childName: string,
  questionKeyOrText: string,
  options: ScaleHistoryOptions = {},
): ScaleHistoryPoint[] {
  const points: ScaleHistoryPoint[] = [];
  for (const session of sessions) {
    if (!sameChild(session.childName, childName)) continue;
    for (const scale of session.scales) {
      if (scale.value === null || !sameQuestion(scale, questionKeyOrText)) continue;
      if (options.sharedOnly && !scale.shared) continue;
      points.push({ date: dateOf(scale, session), value: scale.value, sessionId: session.id });
    }
  }
  // Compare instants, not strings: dates saved with different offsets still order correctly.
  return points.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.sessionId.localeCompare(b.sessionId));
}

import type { ScaleAnswer, ScaleLook } from '../../model/types';
import { newId, nowIso } from '../../model/ids';
import { scaleDefinition } from './definition';

/**
 * The small library of questions the worker can pick from. Their words live in the `scale`
 * namespace (locales/<lang>/scale.json, under `questions.<id>`); the saved answer keeps the
 * words as they were shown, so a later change of wording or language does not rewrite it.
 */
export interface LibraryQuestion {
  id: string;
  /** Safety questions show the worker a reminder for very low numbers (docs/PRACTICE.md rule 10). */
  aboutSafety: boolean;
}

export const QUESTION_LIBRARY: readonly LibraryQuestion[] = [
  { id: 'home', aboutSafety: true },
  { id: 'school', aboutSafety: true },
  { id: 'contact', aboutSafety: true },
  { id: 'worries', aboutSafety: false },
  { id: 'happiness', aboutSafety: false },
];

export const DEFAULT_QUESTION_ID = 'home';

/**
 * Saved keys are written "scale.<key in the scale namespace>" (e.g. "scale.questions.home",
 * "scale.followUp.higher"), the same shape as the other saved prompt keys.
 */
const STORED_PREFIX = 'scale.';

export function questionKeyFor(id: string): string {
  return `${STORED_PREFIX}questions.${id}`;
}

export function libraryIdOf(questionKey: string | undefined): string | undefined {
  const prefix = `${STORED_PREFIX}questions.`;
  if (!questionKey?.startsWith(prefix)) return undefined;
  const id = questionKey.slice(prefix.length);
  return QUESTION_LIBRARY.some((q) => q.id === id) ? id : undefined;
}

/** The i18next key ("scale:followUp.higher") for a saved key ("scale.followUp.higher"). */
export function scaleI18nKey(storedKey: string): string {
  return storedKey.startsWith(STORED_PREFIX) ? `scale:${storedKey.slice(STORED_PREFIX.length)}` : storedKey;
}

/** Follow-ups after the child has rated, asked one at a time in this order (docs/PRACTICE.md, Scaling). */
export const FOLLOW_UP_KEYS: readonly string[] = ['scale.followUp.higher', 'scale.followUp.whenHigher', 'scale.followUp.best', 'scale.followUp.smallThing'];

type Translate = (key: string) => string;

/** The words of a library question in the current language (t bound to the scale namespace). */
export function libraryWording(t: Translate, id: string): { question: string; zeroMeans: string; tenMeans: string } {
  return {
    question: t(`questions.${id}.question`),
    zeroMeans: t(`questions.${id}.zeroMeans`),
    tenMeans: t(`questions.${id}.tenMeans`),
  };
}

/** The i18next keys ("scale:questions.home.zeroMeans") of the words on a scale that are the library's own. */
export interface LibraryWordKeys {
  question?: string;
  zeroMeans?: string;
  tenMeans?: string;
}

/**
 * Which of a scale's words are still the library's own wording in the current language (t bound
 * to the scale namespace), by their i18next keys, so Read aloud may play a council's recording
 * of them (voice/promptAudio.ts). A worker's own question, a reworded anchor, or words saved in
 * another language get no key: the tablet's voice reads those, because a recording would not
 * say what is on the screen.
 */
export function libraryWordKeys(t: Translate, scale: Pick<ScaleAnswer, 'questionKey' | 'question' | 'zeroMeans' | 'tenMeans'>): LibraryWordKeys {
  const id = libraryIdOf(scale.questionKey);
  if (id === undefined) return {};
  const library = libraryWording(t, id);
  const keys: LibraryWordKeys = {};
  for (const part of ['question', 'zeroMeans', 'tenMeans'] as const) {
    if (scale[part] === library[part]) keys[part] = `scale:questions.${id}.${part}`;
  }
  return keys;
}

/** A new, unrated answer to a library question. */
export function newLibraryScale(t: Translate, id: string, look: ScaleLook): ScaleAnswer {
  const entry = QUESTION_LIBRARY.find((q) => q.id === id) ?? QUESTION_LIBRARY[0];
  return {
    id: newId(),
    activity: scaleDefinition.id,
    questionKey: questionKeyFor(entry.id),
    ...libraryWording(t, entry.id),
    value: null,
    look,
    aboutSafety: entry.aboutSafety,
    followUps: [],
    shared: true,
    createdAt: nowIso(),
  };
}

/** A new, unrated answer to the worker's own question, in the worker's exact words. */
export function newOwnScale(wording: { question: string; zeroMeans: string; tenMeans: string }, aboutSafety: boolean, look: ScaleLook): ScaleAnswer {
  return { id: newId(), activity: scaleDefinition.id, ...wording, value: null, look, aboutSafety, followUps: [], shared: true, createdAt: nowIso() };
}

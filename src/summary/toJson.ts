import type { Session } from '../model/types';
import { RECORDING_FILE_TYPE } from './fileNames';
import type { SummaryJson, SummaryJsonEntry, SummaryJsonScale } from './summarySchema';
import type { Summary, SummaryEntry, SummaryScale } from './summaryTypes';

/** Worker notes belong to the session, not to an activity or a place on the map. */
export const WORKER_NOTES_ACTIVITY = 'session';
export const WORKER_NOTES_PLACE = 'worker-notes';

/** The contract's `text` for each kind; the rest of what the entry holds goes in extra fields. */
function entryText(entry: SummaryEntry): string {
  switch (entry.kind) {
    case 'words':
      return entry.text;
    case 'sticker':
      return entry.stickerName;
    case 'drawing':
      return entry.label ?? '';
    case 'recording':
      return entry.transcript ?? '';
  }
}

function entryToJson(entry: SummaryEntry): SummaryJsonEntry {
  const json: SummaryJsonEntry = {
    activity: entry.activity,
    place: entry.place,
    kind: entry.kind,
    text: entryText(entry),
    speaker: entry.speaker,
    id: entry.id,
    placeName: entry.placeName,
    sentence: entry.sentence,
  };
  if (entry.customPlaceName !== undefined) json.customPlaceName = entry.customPlaceName;
  if (entry.prompt !== undefined) json.prompt = entry.prompt;
  if (entry.kind === 'words') json.typedBy = entry.typedBy;
  if (entry.kind === 'sticker') json.stickerId = entry.stickerId;
  if (entry.kind === 'drawing') json.file = entry.file;
  if (entry.kind === 'recording') {
    json.file = entry.file;
    json.durationMs = entry.durationMs;
    // The exported file's type (every recording is exported as MP3), not the stored original's.
    json.mimeType = RECORDING_FILE_TYPE;
    if (entry.transcript !== undefined) json.transcript = entry.transcript;
  }
  return json;
}

function scaleToJson(scale: SummaryScale): SummaryJsonScale {
  const json: SummaryJsonScale = {
    question: scale.question,
    zeroMeans: scale.zeroMeans,
    tenMeans: scale.tenMeans,
    value: scale.value,
    id: scale.id,
    activity: scale.activity,
    look: scale.look,
    aboutSafety: scale.aboutSafety,
    reminderShown: scale.reminderShown,
    followUps: scale.followUps.map((f) => ({ question: f.question, promptKey: f.promptKey, text: f.text, speaker: f.speaker })),
  };
  if (scale.why !== undefined) {
    json.why = scale.why.text;
    json.whySpeaker = scale.why.speaker;
  }
  if (scale.recordings.length > 0) {
    json.recordings = scale.recordings.map((r) => ({
      kind: 'recording',
      file: r.file,
      speaker: r.speaker,
      durationMs: r.durationMs,
      ...(r.transcript !== undefined ? { transcript: r.transcript } : {}),
    }));
  }
  if (scale.questionKey !== undefined) json.questionKey = scale.questionKey;
  if (scale.reminderShownAt !== undefined) json.reminderShownAt = scale.reminderShownAt;
  return json;
}

/**
 * The "Download data" file's content (contract: shared/contract/summary-json.md, version 1).
 * Serialise it with JSON.stringify; the child's words go through untouched.
 */
export function summaryToJson(summary: Summary, session: Session): SummaryJson {
  const consent: NonNullable<SummaryJson['session']['consent']> = { childAgreed: summary.consent.childAgreed };
  if (summary.consent.agreedAt !== undefined) consent.agreedAt = summary.consent.agreedAt;
  if (summary.consent.parentAgreed !== undefined) consent.parentAgreed = summary.consent.parentAgreed;
  if (summary.consent.parentName !== undefined) consent.parentName = summary.consent.parentName;

  return {
    format: 'voicemap-summary',
    version: 1,
    createdAt: summary.createdAt,
    language: summary.language,
    child: { name: session.childName },
    session: {
      id: session.id,
      startedAt: session.createdAt,
      worker: session.workerName,
      present: [...session.present],
      childLanguage: session.language,
      activities: summary.header.activities.map((a) => a.id),
      consent,
    },
    map: {
      workingWell: summary.columns.workingWell.map(entryToJson),
      worries: summary.columns.worries.map(entryToJson),
      needsToHappen: summary.columns.needsToHappen.map(entryToJson),
      scales: summary.scales.map(scaleToJson),
    },
    workerNotes: summary.workerNotes.map((note) => ({
      activity: WORKER_NOTES_ACTIVITY,
      place: WORKER_NOTES_PLACE,
      kind: 'words',
      text: note.text,
      speaker: 'worker',
      typedBy: 'worker',
      id: note.id,
      createdAt: note.createdAt,
    })),
    childScreensTranslation: {
      checked: summary.translationNote === undefined,
      ...(summary.translationNote !== undefined ? { note: summary.translationNote } : {}),
    },
  };
}

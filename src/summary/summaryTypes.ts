import type { ActivityId, MapColumn, ScaleLook, Speaker } from '../model/types';

/**
 * The structured, language-resolved summary of one session: what buildSummary makes and
 * every writer (text, JSON, PDF) reads. Everything a reader sees is already worded here, so
 * the writers never need a translator and can never reword the child's text.
 */

/** Translator for the summary language, e.g. i18next's t fixed to the `summary` namespace. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export type TextDirection = 'ltr' | 'rtl';

/** One "Label: value" line of the title block. */
export interface SummaryHeaderLine {
  label: string;
  value: string;
}

export interface SummaryHeader {
  title: string;
  /** As the worker entered it: the child's name or nickname. */
  childName: string;
  workerName: string;
  present: string[];
  /** When the session started (ISO 8601) and the same date worded for reading. */
  sessionStartedAt: string;
  sessionDateText: string;
  activities: { id: ActivityId; name: string }[];
  /** Language of the child's screens (BCP 47) and its name in the summary language. */
  childLanguage: string;
  childLanguageName: string;
  /** The title block in reading order: child, date, worker, present, activities, language, made. */
  lines: SummaryHeaderLine[];
}

export interface SummaryConsent {
  childAgreed: boolean;
  agreedAt?: string;
  parentAgreed?: boolean;
  parentName?: string;
  /** Worded consent lines, e.g. "Shared with the child's agreement on 28 November 2026". */
  lines: string[];
}

/** One drawing page (a house, a bubble) as the summary shows it. */
export interface SummaryPage {
  pageId: string;
  activity: ActivityId;
  place: string;
  column: MapColumn;
  /** The child's own name for the place when given, otherwise the place's usual name. */
  placeName: string;
  defaultPlaceName: string;
  customPlaceName?: string;
  /** Subheading for writers: the place name, with the usual name added after a custom one. */
  heading: string;
  /** The prompt used on this page: the worker's own wording, or the default prompt's text. */
  prompt?: string;
  /** Every prompt shown on the page, in the order shown, as text (the worker's own first). */
  promptsShown: string[];
  /** Worded prompt lines for writers, one per prompt shown, e.g. 'Question asked: "…"'. */
  promptLines: string[];
}

interface SummaryEntryBase {
  /** The item's id; a page's drawing uses the id 'drawing:<pageId>'. */
  id: string;
  pageId: string;
  activity: ActivityId;
  place: string;
  column: MapColumn;
  placeName: string;
  customPlaceName?: string;
  /** The prompt on screen when this was given, as text, when known. */
  prompt?: string;
  /** Whose it is. Stickers and drawings are the child's. */
  speaker: Speaker;
  /** The whole entry as one plain sentence, for text and case notes. */
  sentence: string;
  /** A short form for the one-page map insert. */
  short: string;
}

export interface SummaryWordsEntry extends SummaryEntryBase {
  kind: 'words';
  /** Exactly as typed: never trimmed, re-cased, corrected or escaped. */
  text: string;
  typedBy: Speaker;
  /** Attribution without the words, e.g. "Amira said:", for writers that set the words apart. */
  lead: string;
}

export interface SummaryStickerEntry extends SummaryEntryBase {
  kind: 'sticker';
  stickerId: string;
  /** The sticker's name in the summary language. */
  stickerName: string;
}

export interface SummaryDrawingEntry extends SummaryEntryBase {
  kind: 'drawing';
  /** The child's own label for the drawing, verbatim. */
  label?: string;
  /** Name of the exported PNG. */
  file: string;
}

export interface SummaryRecordingEntry extends SummaryEntryBase {
  kind: 'recording';
  /** Name of the exported audio file. */
  file: string;
  mimeType: string;
  blobId: string;
  durationMs: number;
  durationText: string;
  /** The transcript, verbatim, when there is one. */
  transcript?: string;
  /** e.g. "Written down from the recording:", present with a transcript. */
  transcriptLead?: string;
  /** e.g. 'Written down from the recording: "…"', present with a transcript. */
  transcriptSentence?: string;
}

export type SummaryEntry = SummaryWordsEntry | SummaryStickerEntry | SummaryDrawingEntry | SummaryRecordingEntry;

/** Someone's words with their attribution, e.g. the child's reason for a number. */
export interface SummaryQuote {
  text: string;
  speaker: Speaker;
  /** e.g. "Amira said:" */
  lead: string;
  /** e.g. 'Amira said: "…"' */
  sentence: string;
}

export interface SummaryScaleFollowUp extends SummaryQuote {
  promptKey: string;
  /** The follow-up question as text. */
  question: string;
}

export interface SummaryScale {
  id: string;
  /** The activity that asked it (the safety scale, the Safety House's path, ...). */
  activity: ActivityId;
  questionKey?: string;
  /** The question, anchors and answers exactly as shown and given. */
  question: string;
  zeroMeans: string;
  tenMeans: string;
  /** Integer 0..10. Unrated and left-out scales are not in the summary. */
  value: number;
  look: ScaleLook;
  aboutSafety: boolean;
  why?: SummaryQuote;
  followUps: SummaryScaleFollowUp[];
  reminderShown: boolean;
  reminderShownAt?: string;
  /** Worded lines for writers. */
  zeroLine: string;
  tenLine: string;
  valueLine: string;
  /** Worker-facing: present when the safeguarding reminder was shown. */
  reminderLine?: string;
  /** This child's answers to the same question over time, oldest first (two or more). */
  history?: { date: string; dateText: string; value: number; current: boolean }[];
  /** The child's spoken answers to the scale, exported as audio files. */
  recordings: {
    id: string;
    speaker: Speaker;
    file: string;
    mimeType: string;
    blobId: string;
    durationMs: number;
    durationText: string;
    transcript?: string;
    sentence: string;
    transcriptSentence?: string;
  }[];
  /** The history in words, e.g. "Over time: 3 Oct 2026: 3; 28 Nov 2026: 7 (this session)". */
  historyLine?: string;
  /** A short form for the one-page map insert, e.g. "7 out of 10". */
  short: string;
}

export interface SummaryWorkerNote {
  id: string;
  /** The worker's own words, exactly as typed. */
  text: string;
  createdAt: string;
}

/** Headings and fixed wording the writers print, all in the summary language. */
export interface SummaryLabels {
  headings: Record<MapColumn | 'scales' | 'workerNotes', string>;
  nothingShared: string;
  /** Between a label and its value, e.g. ": " in "Worker: Sam". */
  labelSeparator: string;
  workerNotesIntro: string;
  noWorkerNotes: string;
  /** Contains the tokens {page} and {total}. */
  pageOf: string;
  mapInsertTitle: string;
  /** Contains the token {count}. */
  moreInFullSummary: string;
  /** Contains the token {file}. */
  fileLine: string;
  pictureMissing: string;
  documentTitle: string;
}

export interface Summary {
  sessionId: string;
  /** When the summary was made (ISO 8601). */
  createdAt: string;
  createdAtText: string;
  /** Language of the summary's own wording (BCP 47). */
  language: string;
  direction: TextDirection;
  header: SummaryHeader;
  /** Pages that feed the map, in map order (column, then session order). */
  pages: SummaryPage[];
  /** Entries per map column, in page order then item order; left-out items are absent. */
  columns: Record<MapColumn, SummaryEntry[]>;
  scales: SummaryScale[];
  workerNotes: SummaryWorkerNote[];
  /**
   * The worker's part: which sticker sets the child was offered (ids in the catalogue's order,
   * and one printable line, e.g. "Sticker sets offered: People, Pets"). Never the child's words.
   */
  stickerSets: { ids: string[]; line: string };
  consent: SummaryConsent;
  /**
   * For the worker, present when the child's screens were in a translation no native speaker
   * has checked yet: the child may have read prompts that were not quite right.
   */
  translationNote?: string;
  labels: SummaryLabels;
}

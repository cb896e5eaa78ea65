import type { ActivityId } from '../activities/definitions';

/**
 * The session model: the only thing that is saved, exported and summarised.
 * Konva nodes, outlines and thumbnails are all rebuilt from it.
 * Every change to these shapes needs a schema version bump and a migration in migrations.ts.
 */

export const SCHEMA_VERSION = 3;

/** Whose words these are, and who typed them (docs/PRACTICE.md rule 2). */
export type Speaker = 'child' | 'worker' | 'other';

/** Registered activity ids, declared by each activity (src/activities/definitions.ts). */
export type { ActivityId };

/** Where on the family's map a page's content goes. */
export type MapColumn = 'workingWell' | 'worries' | 'needsToHappen';

/** Logical page size: every coordinate in the model is in these units, whatever the screen. */
export const PAGE_WIDTH = 1200;
export const PAGE_HEIGHT = 800;

export interface StrokeItem {
  id: string;
  kind: 'stroke';
  /** Flat [x, y, pressure, x, y, pressure, ...] in page units; pressure 0..1. Input, never the outline. */
  points: number[];
  color: string;
  /** Base width in page units. */
  size: number;
  /** True when pressure came from a finger or mouse and perfect-freehand should simulate it. */
  simulatePressure: boolean;
  createdAt: string;
}

export interface StickerItem {
  id: string;
  kind: 'sticker';
  /** Id in the sticker catalogue (src/stickers/catalogue.ts). */
  stickerId: string;
  /** Centre, page units. */
  x: number;
  y: number;
  /** 1 = the catalogue's default size. */
  scale: number;
  createdAt: string;
}

export interface WordsItem {
  id: string;
  kind: 'words';
  /** Exactly as typed: never trimmed, re-cased or corrected. */
  text: string;
  /** Whose words. */
  speaker: Speaker;
  /** Who typed them. */
  typedBy: Speaker;
  /** Top-left of the speech bubble, page units. */
  x: number;
  y: number;
  /** i18n key of the prompt that was on screen when the words were given, if any. */
  promptKey?: string;
  createdAt: string;
}

export interface RecordingItem {
  id: string;
  kind: 'recording';
  /** Key of the encrypted audio blob in storage. */
  blobId: string;
  mimeType: string;
  durationMs: number;
  /** Optional transcript in the child's exact words. */
  transcript?: string;
  speaker: Speaker;
  x: number;
  y: number;
  createdAt: string;
}

export type Item = StrokeItem | StickerItem | WordsItem | RecordingItem;
export type ItemKind = Item['kind'];

/**
 * One drawing page: a house, a bubble, or any future activity's place.
 * All strokes on a page together are "the drawing" of that page.
 */
export interface Page {
  id: string;
  activity: ActivityId;
  /** e.g. 'house-of-worries', 'good-things'. */
  place: string;
  /** Paint order. */
  items: Item[];
  /** The child's own name for this place, if they gave one. */
  customName?: string;
  /** Symbol id the child picked for this place (e.g. 'sun', 'cloud'). */
  symbol?: string;
  /** The worker's own wording of this place's prompt, replacing the default. */
  customPrompt?: string;
  /** i18n keys of the prompts shown here, in the order shown (docs/PRACTICE.md rule 4). */
  promptsShown: string[];
  /** The child's label for the page's drawing, used verbatim in the summary. */
  drawingLabel?: string;
  /**
   * Ids of items the child chose not to share; the id 'drawing' stands for the page's drawing.
   * They stay in the session, marked, and are absent from every export.
   */
  notShared: string[];
}

export interface ScaleFollowUp {
  /** i18n key of the follow-up question, e.g. 'scale.followUp.higher'. */
  promptKey: string;
  text: string;
  speaker: Speaker;
}

export type ScaleLook = 'numbers' | 'faces' | 'ladder' | 'path' | 'bar';

export interface ScaleAnswer {
  id: string;
  /**
   * The activity that asked it (schema 3): the safety scale, or any activity that declares
   * `scaleAnswers` (e.g. the Safety House's path). Scales saved before were all the scale's.
   */
  activity: ActivityId;
  /** Library question key, absent when the worker wrote their own. */
  questionKey?: string;
  /** The question as shown, in the language shown. */
  question: string;
  zeroMeans: string;
  tenMeans: string;
  /** Integer 0..10, or null before the child has rated. */
  value: number | null;
  look: ScaleLook;
  /** True for questions about safety, where 0-2 shows the worker a reminder. */
  aboutSafety: boolean;
  why?: { text: string; speaker: Speaker };
  followUps: ScaleFollowUp[];
  /**
   * The child's answers by voice ("Why this number?" said out loud), oldest first. Their x and
   * y are 0: a scale has no page to place them on. Absent in sessions saved before it existed.
   */
  recordings?: RecordingItem[];
  /**
   * Set when the worker actually saw the safeguarding reminder, in the worker's space (schema 2:
   * before, it was set when the child chose the number; migration 1->2 drops those times).
   */
  reminderShownAt?: string;
  shared: boolean;
  createdAt: string;
}

export interface WorkerNote {
  id: string;
  text: string;
  createdAt: string;
}

/**
 * The worker's mark on something the child gave: "follow this up". It points at the item (or
 * scale) by id and carries the worker's own words; the child's item is never changed by it, and
 * it is exported only in the worker's part (docs/PRACTICE.md rule 2).
 */
export interface WorkerFlag {
  id: string;
  /** Id of the item (word card, sticker, recording, 'drawing:<pageId>') or scale it is about. */
  targetId: string;
  /** The worker's words, may be empty. */
  text: string;
  createdAt: string;
}

export interface Consent {
  childAgreed: boolean;
  parentAgreed?: boolean;
  parentName?: string;
  agreedAt?: string;
}

/** How the child's screens are set up for this child (issue: every child can take part). */
export interface AccessSettings {
  /** Bigger buttons and text on the child's screens. */
  largerButtons: boolean;
  /** A typeface designed for low vision and reading difficulties, shipped with the app. */
  readableFont: boolean;
  highContrast: boolean;
  /** Beginner mode: only the pen, a few colours, undo and stickers. */
  fewerTools: boolean;
  /** Sound effects on the child's screens (read-aloud and recordings are not affected). */
  sounds: boolean;
  /** No page transitions or other movement. */
  reduceMotion: boolean;
  /** Switch access: 'auto' scans on its own (one switch), 'step' moves with Tab or Space (two switches). */
  scanning: 'off' | 'auto' | 'step';
  /**
   * Sticker categories offered to this child. 'hard-things' is off until the worker turns it on
   * (nothing that suggests an answer). Added in schema 2.
   */
  stickerSets: string[];
}

export const DEFAULT_ACCESS: AccessSettings = {
  largerButtons: false,
  readableFont: false,
  highContrast: false,
  fewerTools: false,
  sounds: true,
  reduceMotion: false,
  scanning: 'off',
  stickerSets: ['people', 'pets', 'places', 'feelings', 'things', 'symbols'],
};

export interface Session {
  schemaVersion: number;
  id: string;
  childName: string;
  ageBand?: string;
  workerName: string;
  present: string[];
  createdAt: string;
  updatedAt: string;
  /** Language of the child's screens (BCP 47, e.g. 'en-GB', 'pl'). */
  language: string;
  /** Activity-specific choices, e.g. { 'wizards-and-fairies': { character: 'fairy' } }. */
  activityState: Partial<Record<ActivityId, Record<string, unknown>>>;
  pages: Page[];
  scales: ScaleAnswer[];
  workerNotes: WorkerNote[];
  /** The worker's follow-up flags (schema 2). */
  workerFlags: WorkerFlag[];
  consent?: Consent;
  /** Absent in sessions saved before it existed: DEFAULT_ACCESS applies. */
  access?: AccessSettings;
}

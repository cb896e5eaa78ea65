import type { Page, RecordingItem, ScaleAnswer, Session, Speaker, StickerItem, StrokeItem, WordsItem } from '../../../src/model/types';
import { SCHEMA_VERSION } from '../../../src/model/types';

/** Sessions for the summary tests; the words are the awkward cases the summary must keep exactly. */

export const AT = '2026-11-28T10:15:00.000Z';
export const SUMMARY_AT = '2026-11-28T11:30:00.000Z';
export const AGREED_AT = '2026-11-28T11:20:00.000Z';

/** Every verbatim string, by the map column it belongs to. */
export const QUOTES = {
  goodDog: 'I like my dog Biscuit',
  goodOther: 'She helps with the cooking',
  goodQuotes: `She said "no" and it's 'fine' 😀`,
  goodScript: '<script>alert(1)</script>',
  worryDad: 'When Dad shouts i hide under the bed',
  worryRomanian: 'Mă tem de întuneric',
  worryArabic: 'أنا خائف',
  worryArabicLamAlef: 'لا أحب الظلام',
  dreamPolish: 'Zażółć gęślą jaźń',
  dreamSpaces: '  two  spaces  inside',
  dreamWorker: 'We talked about the park',
  dreamEmojiMissing: 'a smile 🙂 here',
} as const;

/** Things the child chose not to share: they must appear in no export. */
export const LEFT_OUT = {
  words: 'SECRET-WORDS-LEFT-OUT',
  recordingTranscript: 'SECRET-TRANSCRIPT-LEFT-OUT',
  scaleQuestion: 'SECRET-SCALE-QUESTION',
  scaleWhy: 'SECRET-SCALE-WHY',
  dreamDrawingLabel: 'SECRET-DRAWING-LABEL',
} as const;

export const STICKER_NAMES: Record<string, string> = { dog: 'a dog', dad: 'Dad', sun: 'the sun' };
export const stickerName = (id: string) => STICKER_NAMES[id] ?? id;

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function stroke(id = nextId('stroke')): StrokeItem {
  return { id, kind: 'stroke', points: [10, 10, 0.5, 40, 60, 0.5], color: '#222222', size: 8, simulatePressure: true, createdAt: AT };
}

export function words(text: string, speaker: Speaker = 'child', typedBy: Speaker = 'worker', id = nextId('words')): WordsItem {
  return { id, kind: 'words', text, speaker, typedBy, x: 100, y: 100, createdAt: AT };
}

export function sticker(stickerId: string, id = nextId('sticker')): StickerItem {
  return { id, kind: 'sticker', stickerId, x: 300, y: 300, scale: 1, createdAt: AT };
}

export function recording(durationMs: number, transcript?: string, speaker: Speaker = 'child', id = nextId('rec')): RecordingItem {
  return {
    id,
    kind: 'recording',
    blobId: `blob-${id}`,
    mimeType: 'audio/webm;codecs=opus',
    durationMs,
    transcript,
    speaker,
    x: 500,
    y: 500,
    createdAt: AT,
  };
}

function page(partial: Partial<Page> & Pick<Page, 'id' | 'activity' | 'place' | 'items'>): Page {
  return { promptsShown: [], notShared: [], ...partial };
}

const leftOutWords = words(LEFT_OUT.words, 'child', 'worker', 'words-left-out');
const leftOutRecording = recording(5000, LEFT_OUT.recordingTranscript, 'child', 'rec-left-out');
const leftOutStroke = stroke('stroke-left-out');

export const amiraPages: Page[] = [
  page({
    id: 'page-good',
    activity: 'three-houses',
    place: 'house-of-good-things',
    promptsShown: ['prompts.house-of-good-things.1'],
    items: [
      words(QUOTES.goodDog, 'child', 'worker', 'w-good-dog'),
      stroke(),
      sticker('dog', 'st-dog'),
      words(QUOTES.goodOther, 'other', 'worker', 'w-good-other'),
    ],
  }),
  page({
    id: 'page-worries',
    activity: 'three-houses',
    place: 'house-of-worries',
    drawingLabel: 'Dad shouting',
    promptsShown: ['prompts.house-of-worries.1', 'prompts.house-of-worries.2'],
    items: [
      stroke(),
      sticker('dad', 'st-dad'),
      words(QUOTES.worryDad, 'child', 'worker', 'w-worry-dad'),
      leftOutWords,
      recording(42_000, undefined, 'child', 'rec-worry'),
      leftOutRecording,
    ],
    notShared: [leftOutWords.id, leftOutRecording.id],
  }),
  page({
    id: 'page-dreams',
    activity: 'three-houses',
    place: 'house-of-dreams',
    customName: 'Dream castle',
    customPrompt: 'What would your best day look like?',
    drawingLabel: LEFT_OUT.dreamDrawingLabel,
    items: [
      leftOutStroke,
      words(QUOTES.dreamPolish, 'child', 'child', 'w-dream-polish'),
      words(QUOTES.dreamSpaces, 'child', 'worker', 'w-dream-spaces'),
      sticker('sun', 'st-sun'),
      recording(65_000, 'I want to go to the park with Mum', 'child', 'rec-dream'),
    ],
    notShared: ['drawing'],
  }),
  page({
    id: 'page-wf-good',
    activity: 'wizards-and-fairies',
    place: 'good-things',
    items: [words(QUOTES.goodQuotes, 'child', 'worker', 'w-wf-quotes'), words(QUOTES.goodScript, 'child', 'child', 'w-wf-script')],
  }),
  page({
    id: 'page-wf-worries',
    activity: 'wizards-and-fairies',
    place: 'worries',
    items: [
      words(QUOTES.worryRomanian, 'child', 'worker', 'w-wf-ro'),
      words(QUOTES.worryArabic, 'child', 'worker', 'w-wf-ar'),
      words(QUOTES.worryArabicLamAlef, 'child', 'worker', 'w-wf-ar-lam'),
      sticker('dad', 'st-wf-dad'),
    ],
  }),
  page({
    id: 'page-wf-wishes',
    activity: 'wizards-and-fairies',
    place: 'wishes',
    items: [
      stroke(),
      words(QUOTES.dreamWorker, 'worker', 'worker', 'w-wf-worker'),
      words(QUOTES.dreamEmojiMissing, 'child', 'worker', 'w-wf-emoji'),
      words('   ', 'child', 'worker', 'w-wf-blank'),
    ],
  }),
];

export const amiraScales: ScaleAnswer[] = [
  {
    id: 'scale-home',
    activity: 'scale',
    questionKey: 'scale.questions.home',
    question: 'How safe do you feel at home?',
    zeroMeans: 'you feel really scared at home',
    tenMeans: 'you feel really safe at home and nothing worries you',
    value: 7,
    look: 'faces',
    aboutSafety: true,
    why: { text: 'because Mum is there  most days', speaker: 'child' },
    followUps: [
      { promptKey: 'scale.followUp.higher', text: 'if Dad stopped shouting', speaker: 'child' },
      { promptKey: 'scale.followUp.best', text: '', speaker: 'child' },
    ],
    shared: true,
    createdAt: AT,
  },
  {
    id: 'scale-school',
    activity: 'scale',
    question: 'How safe do you feel at school?',
    zeroMeans: 'very scared',
    tenMeans: 'very safe',
    value: 1,
    look: 'numbers',
    aboutSafety: true,
    followUps: [],
    reminderShownAt: '2026-11-28T10:40:00.000Z',
    shared: true,
    createdAt: AT,
  },
  {
    id: 'scale-secret',
    activity: 'scale',
    question: LEFT_OUT.scaleQuestion,
    zeroMeans: 'bad',
    tenMeans: 'good',
    value: 3,
    look: 'ladder',
    aboutSafety: false,
    why: { text: LEFT_OUT.scaleWhy, speaker: 'child' },
    followUps: [],
    shared: false,
    createdAt: AT,
  },
  {
    id: 'scale-unrated',
    activity: 'scale',
    question: 'How are things with your brother?',
    zeroMeans: 'bad',
    tenMeans: 'good',
    value: null,
    look: 'path',
    aboutSafety: false,
    followUps: [],
    shared: true,
    createdAt: AT,
  },
];

export const amira: Session = {
  schemaVersion: SCHEMA_VERSION,
  id: 'session-amira',
  childName: 'Amira',
  workerName: 'Sam Patel',
  present: ['Mum', 'Ms Jones (teacher)'],
  createdAt: AT,
  updatedAt: SUMMARY_AT,
  language: 'en-GB',
  activityState: {},
  pages: amiraPages,
  scales: amiraScales,
  workerNotes: [
    { id: 'note-1', text: 'Amira was calm and chose the order herself.', createdAt: SUMMARY_AT },
    { id: 'note-2', text: '', createdAt: SUMMARY_AT },
  ],
  workerFlags: [],
  consent: { childAgreed: true, agreedAt: AGREED_AT, parentAgreed: true, parentName: 'Sara Haddad' },
};

/** A session where nothing reached the map: every column must say so. */
export const nothingShared: Session = {
  schemaVersion: SCHEMA_VERSION,
  id: 'session-empty',
  childName: 'Łucja',
  workerName: 'Jo Smith',
  present: [],
  createdAt: AT,
  updatedAt: AT,
  language: 'pl',
  activityState: {},
  pages: [
    page({
      id: 'page-empty-worries',
      activity: 'three-houses',
      place: 'house-of-worries',
      items: [words('not this', 'child', 'worker', 'w-empty-1'), stroke('s-empty')],
      notShared: ['w-empty-1', 'drawing'],
    }),
  ],
  scales: [],
  workerNotes: [],
  workerFlags: [],
};

import { PLACES } from '../../../src/model/places';
import type { Session } from '../../../src/model/types';
import { DEFAULT_ACCESS } from '../../../src/model/types';
import { summaryToText } from '../../../src/summary/toText';
import { buildSummary } from '../../../src/summary/buildSummary';
import type { BuildSummaryOptions } from '../../../src/summary/buildSummary';
import type { Summary, SummaryEntry } from '../../../src/summary/summaryTypes';
import { AT, LEFT_OUT, QUOTES, SUMMARY_AT, amira, nothingShared, recording, stickerName, stroke, words } from './fixtures';
import { makeTranslators } from './translators';

let options: BuildSummaryOptions;
let summary: Summary;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  options = { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' };
  summary = buildSummary(amira, options);
});

const allEntries = () => [...summary.columns.workingWell, ...summary.columns.worries, ...summary.columns.needsToHappen];
const entry = (id: string): SummaryEntry => {
  const found = allEntries().find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('buildSummary: the map columns', () => {
  it.each(PLACES.map((p) => [p.activity, p.place, p.column] as const))('%s / %s goes to %s and nowhere else', (activity, place, column) => {
    // The fixture's own page, or (for an activity added after it was written) a page with words.
    const own = amira.pages.find((p) => p.activity === activity && p.place === place);
    const page = own ?? {
      id: `page-${place}`,
      activity,
      place,
      items: [
        { id: `w-${place}`, kind: 'words' as const, text: 'x', speaker: 'child' as const, typedBy: 'child' as const, x: 0, y: 0, createdAt: amira.createdAt },
      ],
      promptsShown: [],
      notShared: [],
    };
    const built = own ? summary : buildSummary({ ...amira, pages: [...amira.pages, page] }, options);
    const entries = [...built.columns.workingWell, ...built.columns.worries, ...built.columns.needsToHappen];
    const fromPage = entries.filter((e) => e.pageId === page.id);
    expect(fromPage.length).toBeGreaterThan(0);
    for (const e of fromPage) {
      expect(e.column).toBe(column);
      expect(built.columns[column]).toContain(e);
    }
  });

  it('keeps page order, then the drawing, then item order', () => {
    expect(summary.columns.workingWell.map((e) => e.id)).toEqual(['drawing:page-good', 'w-good-dog', 'st-dog', 'w-good-other', 'w-wf-quotes', 'w-wf-script']);
    expect(summary.columns.worries.map((e) => e.id)).toEqual([
      'drawing:page-worries',
      'st-dad',
      'w-worry-dad',
      'rec-worry',
      'w-wf-ro',
      'w-wf-ar',
      'w-wf-ar-lam',
      'st-wf-dad',
    ]);
    expect(summary.columns.needsToHappen.map((e) => e.id)).toEqual([
      'w-dream-polish',
      'w-dream-spaces',
      'st-sun',
      'rec-dream',
      'drawing:page-wf-wishes',
      'w-wf-worker',
      'w-wf-emoji',
    ]);
  });

  it('lists the pages in map order with their names and prompts', () => {
    expect(summary.pages.map((p) => p.pageId)).toEqual(['page-good', 'page-wf-good', 'page-worries', 'page-wf-worries', 'page-dreams', 'page-wf-wishes']);
    const good = summary.pages[0];
    expect(good.placeName).toBe('House of Good Things');
    expect(good.prompt).toBe('What are the good things in your life?');
    expect(good.promptLines).toEqual(['Question asked: "What are the good things in your life?"']);
    const dreams = summary.pages.find((p) => p.pageId === 'page-dreams');
    expect(dreams).toMatchObject({
      placeName: 'Dream castle',
      customPlaceName: 'Dream castle',
      defaultPlaceName: 'House of Dreams',
      heading: '"Dream castle" (House of Dreams)',
      prompt: 'What would your best day look like?',
    });
    expect(summary.pages.find((p) => p.pageId === 'page-worries')?.promptsShown).toEqual([
      'Is there anything that worries you?',
      'What things make you feel sad, cross or scared?',
    ]);
  });
});

describe("buildSummary: the child's words", () => {
  it.each(Object.entries(QUOTES))('keeps %s exactly as typed', (_name, text) => {
    const found = allEntries().find((e) => e.kind === 'words' && e.text === text);
    expect(found, text).toBeDefined();
    expect(found?.sentence).toContain(`"${text}"`);
    expect(found?.short).toContain(text);
  });

  it('does not trim, collapse or escape', () => {
    expect(entry('w-dream-spaces').sentence).toBe('Amira said: "  two  spaces  inside"');
    expect(entry('w-wf-script').sentence).toBe('Amira wrote: "<script>alert(1)</script>"');
    expect(entry('w-wf-quotes').sentence).toBe(`Amira said: "She said "no" and it's 'fine' 😀"`);
    expect(JSON.stringify(summary)).not.toMatch(/&lt;|&quot;|&#39;|&amp;/);
  });

  it('says whose words they are and who typed them', () => {
    expect(entry('w-good-dog')).toMatchObject({ speaker: 'child', typedBy: 'worker', lead: 'Amira said:' });
    expect(entry('w-dream-polish')).toMatchObject({ speaker: 'child', typedBy: 'child', lead: 'Amira wrote:' });
    expect(entry('w-good-other')).toMatchObject({ speaker: 'other', sentence: 'Someone else said: "She helps with the cooking"' });
    expect(entry('w-wf-worker')).toMatchObject({ speaker: 'worker', sentence: 'The worker wrote: "We talked about the park"' });
  });

  it('leaves out a bubble with nothing in it', () => {
    expect(allEntries().some((e) => e.id === 'w-wf-blank')).toBe(false);
  });

  it('keeps words that look like translator syntax exactly, even with escaping switched on', async () => {
    const { t, tCommon } = await makeTranslators({ escapeValue: true });
    const tricky = ['{{name}} $t(title) $& $$ $1', '<b>&amp;</b> "q" \'s\''];
    const session: Session = {
      ...amira,
      pages: [{ ...amira.pages[0], items: tricky.map((text, i) => words(text, 'child', 'worker', `tricky-${i}`)) }],
    };
    const s = buildSummary(session, { ...options, t, tCommon });
    expect(s.columns.workingWell.map((e) => e.sentence)).toEqual(tricky.map((text) => `Amira said: "${text}"`));
  });
});

describe('buildSummary: stickers, drawings and recordings', () => {
  it('names stickers and where they were put, without pronouns', () => {
    expect(entry('st-dad').sentence).toBe('Amira put Dad in the House of Worries.');
    expect(entry('st-wf-dad').sentence).toBe('Amira put Dad in the Worries bubble.');
    expect(entry('st-sun').sentence).toBe('Amira put the sun in the place Amira called "Dream castle".');
    expect(entry('st-dog')).toMatchObject({ kind: 'sticker', stickerId: 'dog', stickerName: 'a dog', speaker: 'child' });
    // The app's own sentences never guess a gender; the child's words are theirs to word.
    for (const e of allEntries().filter((e) => e.kind !== 'words')) {
      expect(e.sentence).not.toMatch(/\b(he|she|his|her|him|hers|himself|herself)\b/i);
    }
  });

  it("describes drawings only in the child's words, with their file", () => {
    expect(entry('drawing:page-worries')).toMatchObject({
      kind: 'drawing',
      label: 'Dad shouting',
      sentence: "A drawing, which Amira called 'Dad shouting'",
      file: 'voicemap-2026-11-28-A-house-of-worries-drawing.png',
    });
    expect(entry('drawing:page-good')).toMatchObject({ sentence: 'A drawing (attached)', label: undefined });
    expect(entry('drawing:page-wf-wishes')).toMatchObject({ file: 'voicemap-2026-11-28-A-wishes-drawing.png' });
  });

  it('names recordings by their place and order there, as MP3, and keeps transcripts', () => {
    expect(entry('rec-worry')).toMatchObject({
      kind: 'recording',
      file: 'voicemap-2026-11-28-A-house-of-worries-recording-1.mp3',
      durationMs: 42_000,
      durationText: '0:42',
      sentence: 'A recording of Amira, 0:42 long (attached)',
      transcript: undefined,
    });
    expect(entry('rec-dream')).toMatchObject({
      file: 'voicemap-2026-11-28-A-house-of-dreams-recording-1.mp3',
      durationText: '1:05',
      transcript: 'I want to go to the park with Mum',
      transcriptSentence: 'Written down from the recording: "I want to go to the park with Mum"',
    });
  });

  it('keeps every file name when other things are left out', () => {
    const twoPages: Session = {
      ...amira,
      pages: [
        ...amira.pages,
        {
          id: 'page-worries-2',
          activity: 'three-houses',
          place: 'house-of-worries',
          promptsShown: [],
          notShared: [],
          items: [stroke(), recording(3000, undefined, 'child', 'rec-worry-2')],
        },
      ],
    };
    const names = (s: Session) =>
      Object.fromEntries(
        Object.values(buildSummary(s, options).columns)
          .flat()
          .flatMap((e) => (e.kind === 'drawing' || e.kind === 'recording' ? [[e.id, e.file]] : [])),
      );
    const all = names(twoPages);
    expect(all['rec-worry-2']).toBe('voicemap-2026-11-28-A-house-of-worries-recording-3.mp3');
    expect(all['drawing:page-worries-2']).toBe('voicemap-2026-11-28-A-house-of-worries-drawing-2.png');
    // Leave out the first worries page's drawing and recording: the second page's names stay.
    const fewer = names({
      ...twoPages,
      pages: twoPages.pages.map((p) => (p.id === 'page-worries' ? { ...p, notShared: [...p.notShared, 'drawing', 'rec-worry'] } : p)),
    });
    expect(fewer['rec-worry']).toBeUndefined();
    expect(fewer['rec-worry-2']).toBe(all['rec-worry-2']);
    expect(fewer['drawing:page-worries-2']).toBe(all['drawing:page-worries-2']);
    expect(fewer['rec-dream']).toBe(all['rec-dream']);
  });

  it('uses the file names it is given', () => {
    const s = buildSummary(amira, { ...options, fileNameFor: (f) => `custom-${f.kind}` });
    expect(s.columns.worries.find((e) => e.kind === 'drawing')).toMatchObject({ file: 'custom-drawing' });
  });
});

describe('buildSummary: what the child left out', () => {
  it('is absent everywhere in the summary', () => {
    const text = JSON.stringify(summary);
    for (const secret of Object.values(LEFT_OUT)) expect(text).not.toContain(secret);
    expect(allEntries().some((e) => e.id === 'drawing:page-dreams')).toBe(false);
    expect(allEntries().some((e) => e.id === 'words-left-out' || e.id === 'rec-left-out')).toBe(false);
  });

  it('says "Nothing was shared here." through empty columns', async () => {
    const s = buildSummary(nothingShared, options);
    expect(s.columns).toEqual({ workingWell: [], worries: [], needsToHappen: [] });
    expect(s.labels.nothingShared).toBe('Nothing was shared here.');
    expect(s.scales).toEqual([]);
  });

  it('drops a drawing whose only strokes were left out one by one', () => {
    const page = { ...amira.pages[0], notShared: amira.pages[0].items.filter((i) => i.kind === 'stroke').map((i) => i.id) };
    const s = buildSummary({ ...amira, pages: [page] }, options);
    expect(s.columns.workingWell.some((e) => e.kind === 'drawing')).toBe(false);
  });
});

describe('buildSummary: scales', () => {
  it("carries the question, anchors, number and the child's reasons exactly", () => {
    expect(summary.scales.map((s) => s.id)).toEqual(['scale-home', 'scale-school']);
    const home = summary.scales[0];
    expect(home).toMatchObject({
      question: 'How safe do you feel at home?',
      zeroMeans: 'you feel really scared at home',
      tenMeans: 'you feel really safe at home and nothing worries you',
      value: 7,
      zeroLine: '0 means: you feel really scared at home',
      tenLine: '10 means: you feel really safe at home and nothing worries you',
      valueLine: 'Amira chose 7 out of 10.',
      reminderShown: false,
      reminderLine: undefined,
    });
    expect(home.why).toMatchObject({ text: 'because Mum is there  most days', speaker: 'child', sentence: 'Amira said: "because Mum is there  most days"' });
    expect(home.followUps).toHaveLength(1);
    expect(home.followUps[0]).toMatchObject({
      question: 'Then asked: "What would one step higher look like?"',
      text: 'if Dad stopped shouting',
    });
  });

  it('notes for the worker when the safeguarding reminder was shown', () => {
    expect(summary.scales[1]).toMatchObject({
      value: 1,
      reminderShown: true,
      reminderShownAt: '2026-11-28T10:40:00.000Z',
      reminderLine: 'The worker saw a reminder to follow their safeguarding procedure on 28 November 2026 at 10:40.',
    });
  });
});

describe('buildSummary: header, notes and consent', () => {
  it('says who, when, with whom, which activities and which language', () => {
    expect(summary.header.title).toBe('What Amira shared');
    expect(summary.header.lines).toEqual([
      { label: 'Child', value: 'Amira' },
      { label: 'Date', value: '28 November 2026 at 10:15' },
      { label: 'Worker', value: 'Sam Patel' },
      { label: 'Also there', value: 'Mum, Ms Jones (teacher)' },
      { label: 'Activities', value: 'Three Houses, Wizards and Fairies, Scales from 0 to 10' },
      { label: "Language of the child's screens", value: 'British English' },
      { label: 'Summary made', value: '28 November 2026 at 11:30' },
    ]);
    expect(buildSummary(nothingShared, options).header.lines[3]).toEqual({ label: 'Also there', value: 'Nobody else' });
  });

  it("keeps the worker's notes apart and exact, without empty ones", () => {
    expect(summary.workerNotes).toEqual([{ id: 'note-1', text: 'Amira was calm and chose the order herself.', createdAt: SUMMARY_AT }]);
    expect(summary.labels.headings.workerNotes).toBe("The worker's notes");
  });

  it('records the agreement to share', () => {
    expect(summary.consent.lines).toEqual([
      "Shared with the child's agreement on 28 November 2026",
      'Sara Haddad, as parent or carer, agreed to this being shared.',
    ]);
    expect(buildSummary(nothingShared, options).consent).toMatchObject({
      childAgreed: false,
      lines: ["The child's agreement to share this has not been recorded."],
    });
  });

  it('is pure: the same input gives the same summary and the session is not touched', () => {
    const frozen = deepFreeze(structuredClone(amira));
    expect(buildSummary(frozen, options)).toEqual(buildSummary(frozen, options));
    expect(frozen).toEqual(amira);
    expect(summary.createdAt).toBe(SUMMARY_AT);
    expect(summary.header.sessionStartedAt).toBe(AT);
  });
});

describe("buildSummary: the worker's part says which sticker sets were offered", () => {
  it('lists the default sets, without Hard things, for a session with no setting', () => {
    const s = buildSummary({ ...amira, access: undefined }, options);
    expect(s.stickerSets.ids).not.toContain('hard-things');
    expect(s.stickerSets.line).toBe('Sticker sets offered: People, Pets, Places, Feelings, Things, Nature and magic');
  });

  it("names Hard things when the worker turned it on, and says so in the text's worker part", async () => {
    const access = { ...(amira.access ?? DEFAULT_ACCESS), stickerSets: ['people', 'hard-things'] };
    const s = buildSummary({ ...amira, access }, options);
    expect(s.stickerSets.ids).toEqual(['people', 'hard-things']);
    expect(s.stickerSets.line).toBe('Sticker sets offered: People, Hard things');
    const text = summaryToText(s);
    expect(text.indexOf('Sticker sets offered: People, Hard things')).toBeGreaterThan(text.indexOf("The worker's notes"));
  });
});

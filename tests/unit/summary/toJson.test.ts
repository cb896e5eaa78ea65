import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryJsonSchema } from '../../../src/summary/summarySchema';
import { summaryToJson } from '../../../src/summary/toJson';
import type { SummaryJson } from '../../../src/summary/summarySchema';
import { LEFT_OUT, QUOTES, SUMMARY_AT, amira, nothingShared, stickerName } from './fixtures';
import { makeTranslators } from './translators';

let json: SummaryJson;
let serialised: string;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  const summary = buildSummary(amira, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
  json = summaryToJson(summary, amira);
  serialised = JSON.stringify(json);
});

describe('summaryToJson', () => {
  it('validates against the contract schema, also after a round trip through text', () => {
    expect(summaryJsonSchema.safeParse(json).success).toBe(true);
    expect(summaryJsonSchema.parse(JSON.parse(serialised))).toEqual(json);
  });

  it('has the contract header fields', () => {
    expect(json).toMatchObject({
      format: 'voicemap-summary',
      version: 1,
      createdAt: SUMMARY_AT,
      language: 'en-GB',
      child: { name: 'Amira' },
      session: { id: 'session-amira', startedAt: amira.createdAt, worker: 'Sam Patel', present: ['Mum', 'Ms Jones (teacher)'] },
    });
    expect(Object.keys(json.map)).toEqual(['workingWell', 'worries', 'needsToHappen', 'scales']);
  });

  it('writes entries with the contract fields and the extras', () => {
    const dad = json.map.worries.find((e) => e.id === 'w-worry-dad');
    expect(dad).toEqual({
      activity: 'three-houses',
      place: 'house-of-worries',
      kind: 'words',
      text: QUOTES.worryDad,
      speaker: 'child',
      typedBy: 'worker',
      id: 'w-worry-dad',
      placeName: 'House of Worries',
      sentence: `Amira said: "${QUOTES.worryDad}"`,
    });
    expect(json.map.worries.find((e) => e.kind === 'sticker')).toMatchObject({ text: 'Dad', stickerId: 'dad', speaker: 'child' });
    expect(json.map.worries.find((e) => e.kind === 'drawing')).toMatchObject({
      text: 'Dad shouting',
      file: 'voicemap-2026-11-28-A-house-of-worries-drawing.png',
      prompt: 'Is there anything that worries you?',
    });
    expect(json.map.needsToHappen.find((e) => e.kind === 'recording')).toMatchObject({
      file: 'voicemap-2026-11-28-A-house-of-dreams-recording-1.mp3',
      mimeType: 'audio/mpeg',
      durationMs: 65_000,
      transcript: 'I want to go to the park with Mum',
      text: 'I want to go to the park with Mum',
      customPlaceName: 'Dream castle',
      placeName: 'Dream castle',
      prompt: 'What would your best day look like?',
    });
  });

  it('carries every quote exactly, in its column', () => {
    const texts = (column: 'workingWell' | 'worries' | 'needsToHappen') => json.map[column].map((e) => e.text);
    expect(texts('workingWell')).toEqual(expect.arrayContaining([QUOTES.goodDog, QUOTES.goodOther, QUOTES.goodQuotes, QUOTES.goodScript]));
    expect(texts('worries')).toEqual(expect.arrayContaining([QUOTES.worryDad, QUOTES.worryRomanian, QUOTES.worryArabic, QUOTES.worryArabicLamAlef]));
    expect(texts('needsToHappen')).toEqual(expect.arrayContaining([QUOTES.dreamPolish, QUOTES.dreamSpaces, QUOTES.dreamWorker, QUOTES.dreamEmojiMissing]));
    const parsed = JSON.parse(serialised) as SummaryJson;
    expect(parsed.map.needsToHappen.find((e) => e.id === 'w-dream-spaces')?.text).toBe('  two  spaces  inside');
  });

  it('writes the scales the contract describes', () => {
    expect(json.map.scales).toHaveLength(2);
    expect(json.map.scales[0]).toMatchObject({
      question: 'How safe do you feel at home?',
      zeroMeans: 'you feel really scared at home',
      tenMeans: 'you feel really safe at home and nothing worries you',
      value: 7,
      why: 'because Mum is there  most days',
      whySpeaker: 'child',
    });
    expect(json.map.scales[1]).toMatchObject({ value: 1, reminderShown: true });
    expect(json.map.scales[1].why).toBeUndefined();
  });

  it("keeps the worker's notes apart, as the worker's words", () => {
    expect(json.workerNotes).toEqual([expect.objectContaining({ kind: 'words', speaker: 'worker', text: 'Amira was calm and chose the order herself.' })]);
    for (const column of ['workingWell', 'worries', 'needsToHappen'] as const) {
      expect(json.map[column].some((e) => e.text.includes('chose the order herself'))).toBe(false);
    }
  });

  it('leaves out what the child chose not to share', () => {
    for (const secret of Object.values(LEFT_OUT)) expect(serialised).not.toContain(secret);
  });

  it('writes empty lists when nothing was shared', async () => {
    const { t, tCommon } = await makeTranslators();
    const summary = buildSummary(nothingShared, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const empty = summaryToJson(summary, nothingShared);
    expect(summaryJsonSchema.safeParse(empty).success).toBe(true);
    expect(empty.map).toEqual({ workingWell: [], worries: [], needsToHappen: [], scales: [] });
    expect(empty.child.name).toBe('Łucja');
  });

  it('rejects files that break the contract', () => {
    const broken = structuredClone(json);
    broken.map.scales[0].value = 11;
    expect(summaryJsonSchema.safeParse(broken).success).toBe(false);
    const noFile = structuredClone(json);
    delete noFile.map.worries[0].file;
    expect(summaryJsonSchema.safeParse(noFile).success).toBe(false);
    expect(summaryJsonSchema.safeParse({ ...json, version: 2 }).success).toBe(false);
    expect(summaryJsonSchema.safeParse({ ...json, format: 'other' }).success).toBe(false);
  });
});

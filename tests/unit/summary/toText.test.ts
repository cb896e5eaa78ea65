import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryToText } from '../../../src/summary/toText';
import { LEFT_OUT, QUOTES, SUMMARY_AT, amira, nothingShared, stickerName } from './fixtures';
import { makeTranslators } from './translators';

const HEADINGS = ["What's working well", 'What are we worried about', 'What needs to happen', "The child's scales", "The worker's notes"] as const;

const QUOTES_BY_SECTION: string[][] = [
  [QUOTES.goodDog, QUOTES.goodOther, QUOTES.goodQuotes, QUOTES.goodScript],
  [QUOTES.worryDad, QUOTES.worryRomanian, QUOTES.worryArabic, QUOTES.worryArabicLamAlef],
  [QUOTES.dreamPolish, QUOTES.dreamSpaces, QUOTES.dreamWorker, QUOTES.dreamEmojiMissing],
  ['because Mum is there  most days', 'if Dad stopped shouting'],
  ['Amira was calm and chose the order herself.'],
];

let text: string;
let empty: string;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  const opts = { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' };
  text = summaryToText(buildSummary(amira, opts));
  empty = summaryToText(buildSummary(nothingShared, opts));
});

describe('summaryToText', () => {
  it('has the headings in map order', () => {
    const positions = HEADINGS.map((h) => text.indexOf(h));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(HEADINGS.map((h, i) => [h, i] as const))('puts the right words under "%s"', (_heading, i) => {
    const start = text.indexOf(HEADINGS[i]);
    const end = i + 1 < HEADINGS.length ? text.indexOf(HEADINGS[i + 1]) : text.length;
    for (const quote of QUOTES_BY_SECTION[i]) {
      const at = text.indexOf(`"${quote}"`) > -1 ? text.indexOf(`"${quote}"`) : text.indexOf(quote);
      expect(at, quote).toBeGreaterThan(start);
      expect(at, quote).toBeLessThan(end);
    }
  });

  it('quotes words exactly, with their speaker', () => {
    expect(text).toContain('Amira said: "  two  spaces  inside"');
    expect(text).toContain('Amira wrote: "<script>alert(1)</script>"');
    expect(text).toContain(`Amira said: "${QUOTES.worryArabic}"`);
    expect(text).toContain('Someone else said: "She helps with the cooking"');
    expect(text).toContain('The worker wrote: "We talked about the park"');
    expect(text).not.toMatch(/&lt;|&quot;|&#39;|&amp;/);
  });

  it('describes drawings, stickers and recordings with their files', () => {
    expect(text).toContain("- A drawing, which Amira called 'Dad shouting'\n  File: voicemap-2026-11-28-A-house-of-worries-drawing.png");
    expect(text).toContain('- Amira put Dad in the House of Worries.');
    expect(text).toContain('- A recording of Amira, 1:05 long (attached)\n  File: voicemap-2026-11-28-A-house-of-dreams-recording-1.mp3');
    expect(text).toContain('  Written down from the recording: "I want to go to the park with Mum"');
  });

  it('has the title block and the agreement line', () => {
    expect(text.startsWith('What Amira shared\n')).toBe(true);
    expect(text).toContain('Worker: Sam Patel\n');
    expect(text).toContain('Also there: Mum, Ms Jones (teacher)\n');
    expect(text).toContain("Shared with the child's agreement on 28 November 2026\n");
    expect(empty).not.toContain("Shared with the child's agreement on");
  });

  it('shows the scales with anchors, number and the worker-facing reminder', () => {
    expect(text).toContain(
      'How safe do you feel at home?\n0 means: you feel really scared at home\n10 means: you feel really safe at home and nothing worries you\nAmira chose 7 out of 10.',
    );
    expect(text).toMatch(/Amira chose 1 out of 10.\nThe worker saw a reminder to follow their safeguarding procedure on .*2026.*\d:\d\d/);
  });

  it("labels the worker's notes as the worker's own", () => {
    const notes = text.slice(text.indexOf("The worker's notes"));
    expect(notes).toContain("These are the worker's own notes. They are not the child's words.");
    expect(notes).toContain('- Amira was calm and chose the order herself.');
  });

  it('leaves out what the child chose not to share', () => {
    for (const secret of Object.values(LEFT_OUT)) expect(text).not.toContain(secret);
  });

  it('says "Nothing was shared here." for each empty section', () => {
    expect(empty.split('Nothing was shared here.').length - 1).toBe(4);
    expect(empty).toContain('The worker did not write any notes.');
  });
});

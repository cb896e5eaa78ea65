// @vitest-environment jsdom
/// <reference types="node" />
import { strFromU8, unzipSync } from 'fflate';
import i18next from 'i18next';
import mammoth from 'mammoth';
import summaryAr from '../../../locales/ar/summary.json';
import summaryPl from '../../../locales/pl/summary.json';
import { buildSummary } from '../../../src/summary/buildSummary';
import type { Summary, Translate } from '../../../src/summary/summaryTypes';
import { summaryToDocx } from '../../../src/summary/toDocx';
import { LEFT_OUT, QUOTES, SUMMARY_AT, amira, stickerName } from './fixtures';
import { makePng, pattern } from './pngFiles';
import { commonForTests, makeTranslators } from './translators';

/** Quotes by the map heading (h2) they must be under, as a reader of the Word file sees them. */
const QUOTES_BY_COLUMN = {
  workingWell: [QUOTES.goodDog, QUOTES.goodOther, QUOTES.goodQuotes, QUOTES.goodScript],
  worries: [QUOTES.worryDad, QUOTES.worryRomanian, QUOTES.worryArabic, QUOTES.worryArabicLamAlef],
  needsToHappen: [QUOTES.dreamPolish, QUOTES.dreamSpaces, QUOTES.dreamWorker, QUOTES.dreamEmojiMissing],
} as const;

async function translatorsFor(language: string, summary: object): Promise<{ t: Translate; tCommon: Translate }> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: 'en-GB',
    ns: ['summary', 'common'],
    defaultNS: 'summary',
    resources: { [language]: { summary, common: commonForTests } },
    interpolation: { escapeValue: false },
  });
  return { t: i18n.getFixedT(language, 'summary'), tCommon: i18n.getFixedT(language, 'common') };
}

async function summaryIn(language: string): Promise<Summary> {
  const { t, tCommon } = language === 'en-GB' ? await makeTranslators() : await translatorsFor(language, language === 'ar' ? summaryAr : summaryPl);
  return buildSummary(amira, { t, tCommon, language, createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' });
}

function drawingsOf(summary: Summary): Map<string, Uint8Array> {
  const png = makePng(90, 60, pattern(90, 60, 3), { colorType: 2 });
  return new Map(Object.values(summary.columns).flatMap((entries) => entries.flatMap((e) => (e.kind === 'drawing' ? [[e.file, png] as const] : []))));
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The Word file read back by mammoth: each h2 section's quote paragraphs, exactly as written. */
async function read(bytes: Uint8Array) {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  const sections = new Map<string, string[]>();
  for (const part of result.value.split('<h2>').slice(1)) {
    const title = decode(part.slice(0, part.indexOf('</h2>')));
    const quotes = [...part.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].flatMap((m) => [...m[1].matchAll(/<p>(.*?)<\/p>/g)].map((p) => decode(p[1])));
    sections.set(title, quotes);
  }
  return { html: result.value, text: decode(result.value), sections, messages: result.messages };
}

describe('summaryToDocx', () => {
  it.each(['en-GB', 'pl', 'ar'])("puts each of the child's words, verbatim, under its map heading (summary in %s)", async (language) => {
    const summary = await summaryIn(language);
    const { sections, messages, text } = await read(await summaryToDocx(summary, { drawings: drawingsOf(summary) }));
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    for (const [column, quotes] of Object.entries(QUOTES_BY_COLUMN)) {
      const found = sections.get(summary.labels.headings[column as keyof typeof QUOTES_BY_COLUMN]);
      expect(found, `heading for ${column}`).toBeDefined();
      // The child's words (not the worker's) are the quote paragraphs; the worker's are set apart.
      for (const quote of quotes.filter((q) => q !== QUOTES.dreamWorker && q !== QUOTES.goodOther)) expect(found).toContain(quote);
    }
    // The worker's words and someone else's are there, but never styled as the child's.
    expect(text).toContain(QUOTES.dreamWorker);
    for (const secret of Object.values(LEFT_OUT)) expect(text).not.toContain(secret);
  });

  it('says who said the words, just before them', async () => {
    const summary = await summaryIn('en-GB');
    const { text } = await read(await summaryToDocx(summary));
    expect(text).toContain(`Amira said:${QUOTES.goodDog}`);
    expect(text).toContain(`Someone else said:${QUOTES.goodOther}`);
    expect(text).toContain(`The worker wrote:${QUOTES.dreamWorker}`);
  });

  it('marks right-to-left paragraphs, embeds drawings with alternative text and makes the map insert a table', async () => {
    const summary = await summaryIn('en-GB');
    const files = unzipSync(await summaryToDocx(summary, { drawings: drawingsOf(summary) }));
    const xml = strFromU8(files['word/document.xml']);
    const paragraphs = xml
      .split('<w:p>')
      .concat(xml.split('<w:p '))
      .filter((p) => p.includes(QUOTES.worryArabic));
    expect(paragraphs.some((p) => p.includes('<w:bidi/>') && p.includes('<w:rtl/>'))).toBe(true);
    const english = xml.split(/<w:p[ >]/).find((p) => p.includes(QUOTES.goodDog));
    expect(english).not.toContain('<w:bidi/>');
    expect(xml).toContain(`descr="A drawing, which Amira called &apos;Dad shouting&apos;"`);
    expect(Object.keys(files).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
    expect(xml).toContain('<w:tbl>');
    expect(strFromU8(files['docProps/core.xml'])).toContain('<dc:title>What Amira shared</dc:title>');
  });

  it('lays out an Arabic summary right to left, headings and table included', async () => {
    const summary = await summaryIn('ar');
    const xml = strFromU8(unzipSync(await summaryToDocx(summary))['word/document.xml']);
    const heading = xml.split(/<w:p[ >]/).find((p) => p.includes(summary.labels.headings.worries));
    expect(heading).toContain('<w:bidi/>');
    expect(xml).toContain('<w:bidiVisual/>');
  });

  it('is a well-formed package: every part parses as XML and every picture it refers to is in it', async () => {
    const summary = await summaryIn('ar');
    const files = unzipSync(await summaryToDocx(summary, { drawings: drawingsOf(summary) }));
    // jsdom's DOMParser is a strict XML parser: Word refuses (or "repairs") a file with broken XML.
    const parser = new DOMParser();
    for (const [name, bytes] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const doc = parser.parseFromString(strFromU8(bytes), 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length, name).toBe(0);
    }
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    for (const [, target] of rels.matchAll(/Target="([^"]+)"[^>]*?(?<!TargetMode="External")\/>/g)) {
      if (/^https?:/.test(target)) continue;
      expect(files[`word/${target}`] ?? files[target.replace(/^\//, '')], target).toBeDefined();
    }
    expect(strFromU8(files['[Content_Types].xml'])).toContain('image/png');
  });
});

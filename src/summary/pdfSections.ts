import type { Color, PDFPage } from 'pdf-lib';
import type { MapColumn } from '../model/types';
import type { Direction } from './bidi';
import { LINE_SPACING } from './pdfShaping';
import type { TextEngine } from './pdfShaping';
import { CONTENT_HEIGHT, CONTENT_WIDTH, MARGIN_X, MUTED, QUOTE_BAR, WORKER_BAR } from './pdfPageFlow';
import type { PageFlow, Picture, TextOptions } from './pdfPageFlow';
import type { Summary, SummaryEntry, SummaryScale } from './summaryTypes';

/*
 * The summary's body as the PDF lays it out: the title block, the map's sections with their
 * entries, the scales and the worker's notes.
 */

export function writeTitleBlock(flow: PageFlow, summary: Summary): void {
  flow.text(summary.header.title, { style: 'bold', size: 18, spaceAfter: 8, tag: 'H1' });
  const size = 10.5;
  // The title block's lines are a list, each item a label and its value.
  flow.tags.within('L', () => {
    for (const { label, value } of summary.header.lines)
      flow.tags.within('LI', () => flow.tags.within('LBody', () => writeHeaderLine(flow, summary, label, value, size)));
  });
  flow.gap(6);
  for (const line of summary.consent.lines) flow.text(line, { size: 10.5, spaceAfter: 2 });
  flow.gap(8);
  flow.rule();
  flow.gap(14);
}

function writeHeaderLine(flow: PageFlow, summary: Summary, label: string, value: string, size: number): void {
  {
    // Label and value on one line, so text copied out of the PDF keeps them together.
    const lead = `${label}${summary.labels.labelSeparator}`;
    const leadText = flow.measure(lead, { style: 'bold', size });
    const leadWidth = leadText.lines.length === 1 ? leadText.lines[0].line.width + 2 : Infinity;
    if (leadWidth > CONTENT_WIDTH * 0.45) {
      flow.text(lead, { style: 'bold', size, tag: null });
      flow.text(value, { size, indent: 14, spaceAfter: 1, tag: null });
      return;
    }
    flow.ensure(size * LINE_SPACING);
    const top = flow.y;
    flow.text(lead, { style: 'bold', size, tag: null });
    flow.y = top;
    flow.text(value, { size, indent: leadWidth, spaceAfter: 1, tag: null });
  }
}

const SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Latin', /\p{Script=Latin}/u],
];
const LANGUAGE_SCRIPTS: Record<string, string> = {
  ar: 'Arabic',
  ur: 'Arabic',
  fa: 'Arabic',
  ps: 'Arabic',
  ckb: 'Arabic',
  he: 'Hebrew',
  yi: 'Hebrew',
  uk: 'Cyrillic',
  ru: 'Cyrillic',
  bg: 'Cyrillic',
  be: 'Cyrillic',
  el: 'Greek',
};
const languageScript = (language: string) => LANGUAGE_SCRIPTS[language.toLowerCase().split(/[-_]/)[0]] ?? 'Latin';

/**
 * The language of someone's words for the PDF's structure, when it is known not to be the
 * summary's: words in the script of the child's screens' language, which the summary's own
 * language does not use (Arabic words in an English summary for a child who used the app in
 * Arabic). Otherwise undefined: the words are taken to be in the document's language.
 */
export function wordsLanguage(summary: Summary, text: string): string | undefined {
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length === 0) return undefined;
  const counts = SCRIPTS.map(([name, test]) => [name, letters.filter((ch) => test.test(ch)).length] as const);
  const [script] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  if (script === languageScript(summary.language) || script !== languageScript(summary.header.childLanguage)) return undefined;
  return summary.header.childLanguage;
}

/** One thing to write; an entry's parts are kept on one page when they fit on one. */
type Part = { text: string; options: TextOptions } | { image: Picture; alt: string };

function imageBox(image: Picture): { width: number; height: number } {
  const scale = Math.min((CONTENT_WIDTH * 0.7) / image.width, 250 / image.height, 1);
  return { width: image.width * scale, height: image.height * scale };
}

function partHeight(flow: PageFlow, part: Part): number {
  if ('image' in part) return imageBox(part.image).height + 8;
  return flow.measure(part.text, part.options).height + (part.options.spaceAfter ?? 0);
}

export function writeParts(flow: PageFlow, parts: readonly Part[], direction: Direction): void {
  const total = parts.reduce((sum, part) => sum + partHeight(flow, part), 0);
  if (total <= CONTENT_HEIGHT) flow.ensure(total);
  for (const part of parts) {
    if ('image' in part) flow.image(part.image, imageBox(part.image), direction, part.alt);
    else flow.text(part.text, part.options);
  }
}

/** Someone's words set apart under their attribution, in the words' own direction. */
export function wordsParts(lead: string, words: string, lang: string | undefined, bar: Color = QUOTE_BAR): Part[] {
  return [
    { text: lead, options: { size: 10.5, color: MUTED, spaceAfter: 1 } },
    { text: words, options: { size: 11, indent: 14, direction: 'auto', bar, spaceAfter: 2, lang } },
  ];
}

function entryParts(summary: Summary, entry: SummaryEntry, images: ReadonlyMap<string, Picture>): Part[] {
  const fileLine = (file: string): Part => ({
    text: summary.labels.fileLine.split('{file}').join(file),
    options: { size: 9, color: MUTED },
  });
  const sentence: Part = { text: entry.sentence, options: { size: 11 } };
  switch (entry.kind) {
    case 'words':
      return wordsParts(entry.lead, entry.text, wordsLanguage(summary, entry.text));
    case 'sticker':
      return [sentence];
    case 'drawing': {
      const image = images.get(entry.file);
      const picture: Part = image ? { image, alt: entry.sentence } : { text: summary.labels.pictureMissing, options: { size: 9.5, color: MUTED } };
      return [sentence, picture, fileLine(entry.file)];
    }
    case 'recording':
      return [
        sentence,
        fileLine(entry.file),
        ...(entry.transcript !== undefined ? wordsParts(entry.transcriptLead ?? '', entry.transcript, wordsLanguage(summary, entry.transcript)) : []),
      ];
  }
}

function writeEntry(flow: PageFlow, summary: Summary, entry: SummaryEntry, images: ReadonlyMap<string, Picture>): void {
  writeParts(flow, entryParts(summary, entry, images), summary.direction);
  flow.gap(7);
}

/**
 * The height a block of parts needs below a heading kept with it: all of it when it fits on a
 * page (writeParts keeps it whole, so it would move to the next page without its heading),
 * else its first line or picture.
 */
function leadHeight(flow: PageFlow, parts: readonly Part[]): number {
  const total = parts.reduce((sum, part) => sum + partHeight(flow, part), 0);
  if (total <= CONTENT_HEIGHT || parts.length === 0) return total;
  const first = parts[0];
  if ('image' in first) return partHeight(flow, first);
  return flow.measure(first.text, first.options).lineHeight;
}

export function writeColumn(flow: PageFlow, summary: Summary, column: MapColumn, images: ReadonlyMap<string, Picture>): void {
  const entries = summary.columns[column];
  const pageOf = (entry: SummaryEntry) => summary.pages.find((p) => p.pageId === entry.pageId);
  const subheading = (entry: SummaryEntry): { text: string; prompts: Part[] } => {
    const page = pageOf(entry);
    return { text: page?.heading ?? entry.placeName, prompts: (page?.promptLines ?? []).map((line) => ({ text: line, options: { size: 9.5, color: MUTED } })) };
  };
  // Each heading is kept on the page of what follows it: a heading at the foot of a page with
  // its drawing overleaf reads as a section with nothing in it.
  const subheadingHeight = (entry: SummaryEntry) => {
    const { text, prompts } = subheading(entry);
    const heading = flow.measure(text, { style: 'bold', size: 11.5 }).height;
    return 2 + heading + prompts.reduce((sum, part) => sum + partHeight(flow, part), 0) + 5;
  };
  const firstBlock =
    entries.length === 0
      ? flow.measure(summary.labels.nothingShared, { size: 11 }).lineHeight
      : subheadingHeight(entries[0]) + leadHeight(flow, entryParts(summary, entries[0], images));
  flow.heading(summary.labels.headings[column], 14, 8 + firstBlock);
  flow.rule();
  flow.gap(8);
  if (entries.length === 0) {
    flow.text(summary.labels.nothingShared, { size: 11, color: MUTED });
  }
  let pageId: string | undefined;
  for (const entry of entries) {
    if (entry.pageId !== pageId) {
      pageId = entry.pageId;
      const { text, prompts } = subheading(entry);
      const promptsHeight = prompts.reduce((sum, part) => sum + partHeight(flow, part), 0);
      flow.gap(2);
      flow.heading(text, 11.5, promptsHeight + 5 + leadHeight(flow, entryParts(summary, entry, images)), 'H3');
      for (const prompt of prompts) if (!('image' in prompt)) flow.text(prompt.text, prompt.options);
      flow.gap(5);
    }
    writeEntry(flow, summary, entry, images);
  }
  flow.gap(12);
}

/** A 0 to 10 line with the child's number marked; 10 is always the right, good end. */
export function drawScaleBar(page: PDFPage, x: number, y: number, width: number, value: number, size: number, engine: TextEngine): void {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 1, color: MUTED });
  for (let i = 0; i <= 10; i++) {
    const tx = x + (width * i) / 10;
    page.drawLine({ start: { x: tx, y: y - 2.5 }, end: { x: tx, y: y + 2.5 }, thickness: 0.75, color: MUTED });
  }
  page.drawCircle({ x: x + (width * value) / 10, y, size: size * 0.38, color: QUOTE_BAR });
  // The two ends are labelled with their numbers so the line reads without the text beside it.
  const zero = engine.layout('0', 'regular', size * 0.8, 20, 'ltr').lines[0];
  const ten = engine.layout('10', 'regular', size * 0.8, 20, 'ltr').lines[0];
  engine.drawLine(page, zero.line, x - zero.line.width - 4, y - size * 0.28, 'regular', size * 0.8, MUTED);
  engine.drawLine(page, ten.line, x + width + 4, y - size * 0.28, 'regular', size * 0.8, MUTED);
}

/** The child's numbers over time as small bars (0 at the bottom, 10 at the top), oldest first. */
function drawHistoryChart(flow: PageFlow, history: NonNullable<SummaryScale['history']>, engine: TextEngine): void {
  const barHeight = 44;
  const step = 44;
  flow.ensure(barHeight + 30);
  const baseY = flow.y - barHeight - 8;
  const x0 = MARGIN_X + 16;
  // The numbers are in the line of text before the chart: the chart is layout, an artifact.
  flow.tags.artifact(flow.page, () => drawHistoryBars(flow.page, history, engine, x0, baseY, barHeight, step));
  flow.gap(barHeight + 16);
}

function drawHistoryBars(
  page: PDFPage,
  history: NonNullable<SummaryScale['history']>,
  engine: TextEngine,
  x0: number,
  baseY: number,
  barHeight: number,
  step: number,
): void {
  const flow = { page };
  flow.page.drawLine({ start: { x: x0 - 4, y: baseY }, end: { x: x0 + step * history.length, y: baseY }, thickness: 0.75, color: MUTED });
  history.forEach((h, i) => {
    const x = x0 + i * step;
    const height = Math.max(1, (barHeight * h.value) / 10);
    flow.page.drawRectangle({ x, y: baseY, width: 18, height, color: h.current ? QUOTE_BAR : MUTED, opacity: h.current ? 1 : 0.55 });
    const label = engine.layout(String(h.value), 'bold', 8, 30, 'ltr').lines[0];
    engine.drawLine(flow.page, label.line, x + 9 - label.line.width / 2, baseY + height + 3, 'bold', 8, MUTED);
  });
}

export function writeScale(flow: PageFlow, summary: Summary, scale: SummaryScale, engine: TextEngine): void {
  flow.ensure(11 * LINE_SPACING * 5);
  flow.text(scale.question, { style: 'bold', size: 11.5, direction: 'auto', spaceAfter: 2 });
  flow.text(scale.zeroLine, { size: 10.5 });
  flow.text(scale.tenLine, { size: 10.5, spaceAfter: 2 });
  flow.text(scale.valueLine, { style: 'bold', size: 11 });
  flow.ensure(22);
  // The value line says the number: the bar shows it again, as layout.
  const page = flow.page;
  const barY = flow.y - 10;
  flow.tags.artifact(page, () => drawScaleBar(page, MARGIN_X + 16, barY, 200, scale.value, 11, engine));
  flow.gap(22);
  if (scale.history && scale.historyLine !== undefined) {
    flow.text(scale.historyLine, { size: 10, color: MUTED });
    drawHistoryChart(flow, scale.history, engine);
  }
  if (scale.why) writeParts(flow, wordsParts(scale.why.lead, scale.why.text, wordsLanguage(summary, scale.why.text)), flow.direction);
  for (const r of scale.recordings) {
    flow.text(r.sentence, { size: 10.5 });
    flow.text(r.file, { size: 9, color: MUTED });
    if (r.transcript !== undefined && r.transcriptSentence !== undefined) flow.text(r.transcriptSentence, { size: 10.5, direction: 'auto' });
  }
  for (const f of scale.followUps) {
    writeParts(
      flow,
      [{ text: f.question, options: { size: 10, color: MUTED } }, ...wordsParts(f.lead, f.text, wordsLanguage(summary, f.text))],
      flow.direction,
    );
  }
  if (scale.reminderLine !== undefined) flow.text(scale.reminderLine, { size: 9.5, color: MUTED });
  flow.gap(10);
}

export function writeWorkerNotes(flow: PageFlow, summary: Summary): void {
  const intro = flow.measure(summary.labels.workerNotesIntro, { size: 10 }).height;
  flow.heading(summary.labels.headings.workerNotes, 14, 8 + intro + 6 + 11 * LINE_SPACING);
  flow.rule(WORKER_BAR);
  flow.gap(8);
  flow.text(summary.labels.workerNotesIntro, { size: 10, color: MUTED, spaceAfter: 6 });
  if (summary.translationNote !== undefined) flow.text(summary.translationNote, { style: 'bold', size: 10.5, spaceAfter: 6 });
  if (summary.workerNotes.length === 0) flow.text(summary.labels.noWorkerNotes, { size: 11, color: MUTED });
  for (const note of summary.workerNotes) {
    flow.text(note.text, { size: 11, indent: 14, direction: 'auto', bar: WORKER_BAR, spaceAfter: 8, lang: wordsLanguage(summary, note.text) });
  }
  flow.text(summary.stickerSets.line, { size: 10, color: MUTED });
}

import { BorderStyle, Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ParagraphChild } from 'docx';
import { MAP_COLUMNS } from '../model/places';
import { textDirection } from './bidi';
import type { Direction } from './bidi';
import type { Summary, SummaryEntry, SummaryQuote, SummaryScale } from './summaryTypes';

/**
 * The summary as a Word file, for case-record systems whose upload lists take "PDF and Word".
 * Built from the same Summary as the PDF, with real Word structure rather than drawn text:
 * headings a screen reader can jump between, the child's words as their own quote paragraphs
 * under who said them, right-to-left paragraphs marked as such, pictures with alternative
 * text, and the one-page map insert as a table.
 */

export interface SummaryDocxOptions {
  /** Each shared drawing as a PNG, keyed by the file name the summary gave it. */
  drawings?: ReadonlyMap<string, Uint8Array>;
}

/** Paragraph styles of our own, so the child's and the worker's words look different and stay findable. */
const CHILD_WORDS = 'ChildWords';
const WORKER_WORDS = 'WorkerWords';
const QUIET = 'Quiet';
const MUTED = '5C5C6B';

/** The direction of someone's words: from their first strong letter, else the summary's. */
function wordsDirection(text: string, fallback: Direction): Direction {
  return textDirection(text, fallback);
}

interface Writer {
  summary: Summary;
  rtl: boolean;
  drawings: ReadonlyMap<string, Uint8Array>;
}

/** The summary's own wording: in the summary's language and direction. */
function para(w: Writer, text: string, options: { style?: string; bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: options.style,
    bidirectional: w.rtl || undefined,
    keepNext: options.keepNext,
    children: [new TextRun({ text, bold: options.bold, rightToLeft: w.rtl || undefined })],
  });
}

function heading(w: Writer, text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  // keepNext: a heading is never the last line of a page, in Word as in the PDF.
  return new Paragraph({
    heading: level,
    bidirectional: w.rtl || undefined,
    keepNext: true,
    keepLines: true,
    children: [new TextRun({ text, rightToLeft: w.rtl || undefined })],
  });
}

/** Someone's words exactly as given, in a paragraph of their own, in the words' own direction. */
function words(w: Writer, text: string, style: string | undefined): Paragraph {
  const rtl = wordsDirection(text, w.summary.direction) === 'rtl';
  return new Paragraph({ style, bidirectional: rtl || undefined, children: [new TextRun({ text, rightToLeft: rtl || undefined })] });
}

/** The attribution, kept with the words it introduces. */
function quote(w: Writer, q: Pick<SummaryQuote, 'lead' | 'text'>, style = CHILD_WORDS): Paragraph[] {
  return [para(w, q.lead, { style: QUIET, keepNext: true }), words(w, q.text, style)];
}

function fileLine(w: Writer, file: string): Paragraph {
  return para(w, w.summary.labels.fileLine.split('{file}').join(file), { style: QUIET });
}

/** Width and height from a PNG's header, so the picture keeps its shape. */
function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  if (png.length < 24) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** At most 15 cm wide (Word's pixels are 1/96 inch), never enlarged. */
const PICTURE_MAX_WIDTH = 560;

function picture(w: Writer, file: string, alt: string): Paragraph {
  const png = w.drawings.get(file);
  const size = png ? pngSize(png) : undefined;
  if (!png || !size || size.width === 0 || size.height === 0) return para(w, w.summary.labels.pictureMissing, { style: QUIET });
  const scale = Math.min(1, PICTURE_MAX_WIDTH / size.width);
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: file, title: alt, description: alt },
  });
  return new Paragraph({ bidirectional: w.rtl || undefined, keepNext: true, children: [image] });
}

function entryParagraphs(w: Writer, entry: SummaryEntry): Paragraph[] {
  switch (entry.kind) {
    case 'words':
      return quote(w, entry, entry.speaker === 'worker' ? WORKER_WORDS : CHILD_WORDS);
    case 'sticker':
      return [para(w, entry.sentence)];
    case 'drawing':
      return [para(w, entry.sentence, { keepNext: true }), picture(w, entry.file, entry.sentence), fileLine(w, entry.file)];
    case 'recording':
      return [
        para(w, entry.sentence, { keepNext: true }),
        fileLine(w, entry.file),
        ...(entry.transcript !== undefined ? quote(w, { lead: entry.transcriptLead ?? '', text: entry.transcript }) : []),
      ];
  }
}

function columnParagraphs(w: Writer, column: (typeof MAP_COLUMNS)[number]): Paragraph[] {
  const { summary } = w;
  const out = [heading(w, summary.labels.headings[column], HeadingLevel.HEADING_2)];
  const entries = summary.columns[column];
  if (entries.length === 0) out.push(para(w, summary.labels.nothingShared, { style: QUIET }));
  let pageId: string | undefined;
  for (const entry of entries) {
    if (entry.pageId !== pageId) {
      pageId = entry.pageId;
      const page = summary.pages.find((p) => p.pageId === pageId);
      out.push(heading(w, page?.heading ?? entry.placeName, HeadingLevel.HEADING_3));
      for (const line of page?.promptLines ?? []) out.push(para(w, line, { style: QUIET, keepNext: true }));
    }
    out.push(...entryParagraphs(w, entry));
  }
  return out;
}

function scaleParagraphs(w: Writer, scale: SummaryScale): Paragraph[] {
  const out = [
    // The question is the worker's own wording, so it takes its own direction.
    heading({ ...w, rtl: wordsDirection(scale.question, w.summary.direction) === 'rtl' }, scale.question, HeadingLevel.HEADING_3),
    para(w, scale.zeroLine),
    para(w, scale.tenLine),
    para(w, scale.valueLine, { bold: true }),
  ];
  if (scale.historyLine !== undefined) out.push(para(w, scale.historyLine, { style: QUIET }));
  if (scale.why) out.push(...quote(w, scale.why));
  for (const r of scale.recordings) {
    out.push(para(w, r.sentence, { keepNext: true }), fileLine(w, r.file));
    if (r.transcriptSentence !== undefined) out.push(para(w, r.transcriptSentence));
  }
  for (const f of scale.followUps) out.push(para(w, f.question, { style: QUIET, keepNext: true }), ...quote(w, f));
  if (scale.reminderLine !== undefined) out.push(para(w, scale.reminderLine, { style: QUIET }));
  return out;
}

function workerParagraphs(w: Writer): Paragraph[] {
  const { summary } = w;
  const out = [heading(w, summary.labels.headings.workerNotes, HeadingLevel.HEADING_2), para(w, summary.labels.workerNotesIntro, { style: QUIET })];
  if (summary.translationNote !== undefined) out.push(para(w, summary.translationNote, { bold: true }));
  if (summary.workerNotes.length === 0) out.push(para(w, summary.labels.noWorkerNotes, { style: QUIET }));
  for (const note of summary.workerNotes) out.push(words(w, note.text, WORKER_WORDS));
  // Which sticker sets the child was offered, as in the PDF and the text.
  out.push(para(w, summary.stickerSets.line, { style: QUIET }));
  return out;
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'BFC2CC' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(children: Paragraph[], header = false): TableCell {
  return new TableCell({ children, borders, shading: header ? { fill: 'EDEFF7' } : undefined, margins: { top: 80, bottom: 80, left: 100, right: 100 } });
}

/** The one-page map insert: the three columns side by side with short entries, then the scales. */
function mapInsert(w: Writer): (Paragraph | Table)[] {
  const { summary } = w;
  const shortCell = (texts: string[]) => cell(texts.map((text) => words(w, text, undefined)));
  const columns = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: w.rtl || undefined,
    rows: [
      new TableRow({ tableHeader: true, children: MAP_COLUMNS.map((c) => cell([para(w, summary.labels.headings[c], { bold: true })], true)) }),
      new TableRow({
        children: MAP_COLUMNS.map((c) => {
          const entries = summary.columns[c];
          return entries.length > 0 ? shortCell(entries.map((e) => e.short)) : cell([para(w, summary.labels.nothingShared, { style: QUIET })]);
        }),
      }),
    ],
  });
  const out: (Paragraph | Table)[] = [
    new Paragraph({ children: [new PageBreak()] }),
    heading(w, summary.labels.mapInsertTitle, HeadingLevel.HEADING_2),
    para(w, summary.header.sessionDateText, { style: QUIET }),
    columns,
  ];
  if (summary.scales.length > 0) {
    out.push(
      heading(w, summary.labels.headings.scales, HeadingLevel.HEADING_3),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        visuallyRightToLeft: w.rtl || undefined,
        rows: summary.scales.map(
          (s) =>
            new TableRow({
              children: [
                cell([words(w, s.question, undefined), ...(s.why ? [words(w, `"${s.why.text}"`, undefined)] : [])]),
                cell([para(w, s.short, { bold: true })]),
              ],
            }),
        ),
      }),
    );
  }
  return out;
}

function titleBlock(w: Writer): Paragraph[] {
  const { summary } = w;
  const out = [heading(w, summary.header.title, HeadingLevel.HEADING_1)];
  for (const { label, value } of summary.header.lines) {
    const children: ParagraphChild[] = [
      new TextRun({ text: `${label}${summary.labels.labelSeparator}`, bold: true, rightToLeft: w.rtl || undefined }),
      new TextRun({ text: value, rightToLeft: w.rtl || undefined }),
    ];
    out.push(new Paragraph({ bidirectional: w.rtl || undefined, children }));
  }
  for (const line of summary.consent.lines) out.push(para(w, line));
  return out;
}

export async function summaryToDocx(summary: Summary, options: SummaryDocxOptions = {}): Promise<Uint8Array> {
  const w: Writer = { summary, rtl: summary.direction === 'rtl', drawings: options.drawings ?? new Map() };
  const language = { value: summary.language, bidirectional: w.rtl ? summary.language : undefined };
  const indent = { start: 280 };
  const doc = new Document({
    title: summary.header.title,
    subject: summary.labels.documentTitle,
    creator: 'Voicemap',
    description: summary.labels.documentTitle,
    styles: {
      default: { document: { run: { language, font: 'Arial', size: 22 } } },
      paragraphStyles: [
        {
          id: CHILD_WORDS,
          name: 'Quote',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 24 },
          paragraph: { indent, spacing: { after: 160 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '7389BF', space: 8 } } },
        },
        {
          id: WORKER_WORDS,
          name: 'Worker words',
          basedOn: 'Normal',
          paragraph: { indent, spacing: { after: 160 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'CC9940', space: 8 } } },
        },
        { id: QUIET, name: 'Quiet', basedOn: 'Normal', run: { color: MUTED, size: 20 }, paragraph: { spacing: { after: 40 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          ...titleBlock(w),
          ...MAP_COLUMNS.flatMap((column) => columnParagraphs(w, column)),
          heading(w, summary.labels.headings.scales, HeadingLevel.HEADING_2),
          ...(summary.scales.length === 0 ? [para(w, summary.labels.nothingShared, { style: QUIET })] : summary.scales.flatMap((s) => scaleParagraphs(w, s))),
          ...workerParagraphs(w),
          ...mapInsert(w),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

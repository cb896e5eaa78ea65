import { PDFDocument } from 'pdf-lib';
import { MAP_COLUMNS } from '../model/places';
import { loadBundledPdfFonts } from './pdfFonts';
import type { PdfFontLoader } from './pdfFonts';
import { pixelsForPdf, pngForPdf } from './pdfImages';
import type { PdfImageData, RgbPixels } from './pdfImages';
import { writeMapInsert, writePageNumbers } from './pdfMapInsert';
import { MUTED, PageFlow } from './pdfPageFlow';
import type { Picture } from './pdfPageFlow';
import { writeColumn, writeScale, writeTitleBlock, writeWorkerNotes } from './pdfSections';
import { makeArchival } from './pdfArchive';
import { Tagger } from './pdfTags';
import { LINE_SPACING, TextEngine, embedFonts, parseFonts } from './pdfShaping';
import type { Summary } from './summaryTypes';
import { nextTask } from './nextTask';

/*
 * The summary as a PDF to attach to the case record: a title block, the map's sections with
 * the child's words, drawings and scales, the worker's notes apart, and a last page laid out
 * like the map itself. Text is drawn with our own layout (see pdfTextLayout) so that words in
 * any script wrap by measured width, right-to-left words read correctly, and copying text out
 * of the PDF gives the child's words back exactly.
 */

export interface SummaryPdfOptions {
  /**
   * Each drawing, keyed by the drawing entry's file name: its pixels (what the app passes), or
   * PNG bytes.
   */
  drawings?: ReadonlyMap<string, RgbPixels | Uint8Array>;
  /** Where the font files come from; the app's bundled fonts unless given (tests read them from disk). */
  loadFonts?: PdfFontLoader;
}

/**
 * A drawing as an image object, lossless. Pixels are compressed natively (see pdfImages); an
 * opaque 8-bit PNG goes in as it is. Any other PNG is decoded and compressed again by pdf-lib,
 * which is far slower.
 */
async function embedPicture(doc: PDFDocument, drawing: RgbPixels | Uint8Array): Promise<Picture> {
  let image: PdfImageData | undefined;
  if (drawing instanceof Uint8Array) {
    image = pngForPdf(drawing);
    if (!image) return doc.embedPng(drawing);
  } else {
    image = await pixelsForPdf(drawing);
  }
  const { width, height, colors, data, pngRows } = image;
  const stream = doc.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    ...(pngRows ? { DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: width } } : {}),
  });
  return { ref: doc.context.register(stream), width, height };
}

async function embedDrawings(doc: PDFDocument, summary: Summary, drawings: ReadonlyMap<string, RgbPixels | Uint8Array>) {
  const images = new Map<string, Picture>();
  for (const column of MAP_COLUMNS) {
    for (const entry of summary.columns[column]) {
      if (entry.kind !== 'drawing' || images.has(entry.file)) continue;
      const drawing = drawings.get(entry.file);
      if (!drawing) continue;
      try {
        images.set(entry.file, await embedPicture(doc, drawing));
      } catch {
        // A damaged picture must not stop the summary; the entry says the picture is in its file.
      }
    }
  }
  return images;
}

/**
 * Gets the fonts ready (fetched and parsed, as the first PDF of a visit would) ahead of time,
 * e.g. while the worker goes through the review with the child.
 */
export async function preparePdfFonts(loadFonts: PdfFontLoader = loadBundledPdfFonts): Promise<void> {
  const bytes = await loadFonts();
  parseFonts(bytes.regular, bytes.bold);
}

/**
 * The summary as an A4 PDF. Load this module only with a dynamic import: pdf-lib, fontkit
 * and the fonts are large and only needed when the worker exports.
 */
export async function summaryToPdf(summary: Summary, options: SummaryPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const created = new Date(summary.createdAt);
  const seed = `${summary.sessionId}/${summary.createdAt}`;
  makeArchival(doc, {
    title: summary.labels.documentTitle,
    language: summary.language,
    date: Number.isNaN(created.getTime()) ? new Date() : created,
    tool: 'Voicemap',
    seed,
  });

  // Every word the PDF writes comes from the summary (numbers and quotation marks aside).
  // Each step below is long enough to hold up a touch on the page: the page gets its turn between them.
  const styles = await embedFonts(doc, options.loadFonts ?? loadBundledPdfFonts, seed, JSON.stringify(summary));
  await nextTask();
  const engine = new TextEngine(styles, summary.direction);
  const images = await embedDrawings(doc, summary, options.drawings ?? new Map());
  const tags = new Tagger(doc);
  const flow = new PageFlow(doc, engine, tags);

  writeTitleBlock(flow, summary);
  for (const column of MAP_COLUMNS) {
    await nextTask();
    writeColumn(flow, summary, column, images);
  }
  await nextTask();

  // Kept with the first scale's opening lines (writeScale keeps five lines together).
  flow.heading(summary.labels.headings.scales, 14, 8 + (summary.scales.length === 0 ? 11 * LINE_SPACING : 11 * LINE_SPACING * 5));
  flow.rule();
  flow.gap(8);
  if (summary.scales.length === 0) flow.text(summary.labels.nothingShared, { size: 11, color: MUTED });
  for (const scale of summary.scales) writeScale(flow, summary, scale, engine);
  flow.gap(12);

  writeWorkerNotes(flow, summary);
  writeMapInsert(flow, summary, engine);
  writePageNumbers(flow, summary.labels.pageOf, engine);
  tags.finish(flow.pages);
  await nextTask();
  return doc.save();
}

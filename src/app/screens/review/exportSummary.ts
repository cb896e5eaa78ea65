import i18next from 'i18next';
import type { Page, Session } from '../../../model/types';
import { findActivity } from '../../../activities/registry';
import type { BlobStore } from '../../../store/blobStore';
import { buildSummary } from '../../../summary/buildSummary';
import type { Summary } from '../../../summary/summaryTypes';
import type { RgbPixels } from '../../../summary/pdfImages';
import { summaryToText } from '../../../summary/toText';
import { summaryToJson } from '../../../summary/toJson';
import { RECORDING_FILE_TYPE, exportFileName, fileDate } from '../../../summary/fileNames';
import type { ExportFile, FileNaming } from '../../../summary/fileNames';
import { fileNameTemplate } from './fileNameSetting';
import { stickerNameKey } from '../../../stickers/catalogue';
import { questionIdentity, scaleHistory } from '../../../model/scaleHistory';
import { activitiesDone } from '../../../summary/buildSummary';
import { storedPromptI18nKey } from '../../../activities/definitions';
import { loadLanguage } from '../../i18n';
import { languageInfo } from '../../languages';
import { nextTask } from '../../../summary/nextTask';

/**
 * The summary of a session in one language, built from the same pure function every writer uses.
 * `sessions` (every session on the device) gives each scale its history for this child.
 */
/** How this export names its files, remembered per summary so every file of one export agrees. */
const namings = new WeakMap<Summary, FileNaming>();

/**
 * The worker's template, this session's number among the device's sessions of its day (so two
 * children with the same initial on one day get different names), and any-ascii for initials.
 */
async function namingFor(session: Session, sessions: readonly Session[]): Promise<FileNaming> {
  const { default: anyAscii } = await import('any-ascii');
  const day = fileDate(session.createdAt);
  const sameDay = [...sessions.filter((s) => s.id !== session.id), session]
    .filter((s) => fileDate(s.createdAt) === day)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const activities: string[] = activitiesDone(session);
  return { template: fileNameTemplate(), sequence: sameDay.findIndex((s) => s.id === session.id) + 1, activities, transliterate: anyAscii };
}

function nameOf(summary: Summary, session: Session, file: ExportFile): string {
  return exportFileName(session, file, namings.get(summary));
}

export async function summaryIn(session: Session, language: string, sessions: readonly Session[] = [session]): Promise<Summary> {
  const [naming] = await Promise.all([namingFor(session, sessions), loadLanguage(language)]);
  const t = i18next.getFixedT(language, 'summary');
  const tCommon = i18next.getFixedT(language, 'common');
  const summary = buildSummary(session, {
    fileNameFor: (file) => exportFileName(session, file, naming),
    childLanguageChecked: languageInfo(session.language).reviewed,
    t: (key, vars) => t(key, vars ?? {}),
    tCommon: (key, vars) => tCommon(key, vars ?? {}),
    language,
    createdAt: new Date().toISOString(),
    stickerName: (id) => i18next.t(stickerNameKey(id), { ns: 'stickers', lng: language }),
    scaleHistory: (scale) =>
      scaleHistory([...sessions.filter((s) => s.id !== session.id), session], session.childName, questionIdentity(scale), { sharedOnly: true }).map((p) => ({
        date: p.date,
        value: p.value,
        current: p.sessionId === session.id,
      })),
    // Prompt keys may name their own namespace (wizards:...), or be saved with an activity's
    // prefix (its definition's storedPromptPrefix) and read from its namespace.
    promptText: (key) => {
      const i18nKey = storedPromptI18nKey(key);
      if (i18nKey.includes(':')) return i18next.t(i18nKey, { lng: language });
      return tCommon(i18nKey);
    },
  });
  namings.set(summary, naming);
  return summary;
}

export interface ExportFileData {
  name: string;
  bytes: Uint8Array;
  type: string;
}

export function textFile(summary: Summary, session: Session): ExportFileData {
  return {
    name: nameOf(summary, session, { kind: 'summary-text' }),
    bytes: new TextEncoder().encode(summaryToText(summary)),
    type: 'text/plain;charset=utf-8',
  };
}

export function jsonFile(summary: Summary, session: Session): ExportFileData {
  const json = JSON.stringify(summaryToJson(summary, session), null, 2);
  return { name: nameOf(summary, session, { kind: 'data-json' }), bytes: new TextEncoder().encode(json), type: 'application/json' };
}

export interface DrawingFiles {
  /** Each drawing's pixels, for the PDF. */
  pixels: Map<string, RgbPixels>;
  /** Each drawing as a PNG file (only when asked for). */
  png: Map<string, Uint8Array>;
}

/**
 * The page's background (house, bubble) as the child saw it, drawn for the export, or null
 * when its activity has none. A background that cannot be drawn leaves the drawing plain
 * rather than failing the export: the child's strokes are what matter.
 */
/**
 * Backgrounds already drawn in this visit. A background is static art that depends only on the
 * activity, the place and the activity's own choices (the character the child picked), so each
 * export of the same session draws it once: drawing one off screen costs several frames.
 */
const drawnBackgrounds = new Map<string, Promise<HTMLCanvasElement | null>>();
const MAX_DRAWN_BACKGROUNDS = 24;

async function pageBackground(session: Session, page: Page, pixelRatio: number): Promise<HTMLCanvasElement | null> {
  const load = findActivity(page.activity)?.pageBackground;
  if (!load) return null;
  const key = JSON.stringify([page.activity, page.place, session.activityState[page.activity] ?? null, pixelRatio]);
  let drawn = drawnBackgrounds.get(key);
  if (!drawn) {
    drawn = drawBackground(session, page, pixelRatio, load);
    if (drawnBackgrounds.size >= MAX_DRAWN_BACKGROUNDS) drawnBackgrounds.clear();
    drawnBackgrounds.set(key, drawn);
  }
  return drawn;
}

async function drawBackground(
  session: Session,
  page: Page,
  pixelRatio: number,
  load: NonNullable<ReturnType<typeof findActivity>>['pageBackground'] & object,
): Promise<HTMLCanvasElement | null> {
  try {
    const [{ default: backgroundOf }, { backgroundPicture }] = await Promise.all([load(), import('../../../canvas/backgroundPicture')]);
    const Background = backgroundOf(session, page);
    return Background ? await backgroundPicture(Background, pixelRatio) : null;
  } catch (error) {
    console.error('Page background not drawn:', error instanceof Error ? error.message : 'unknown');
    return null;
  }
}

/**
 * Every shared drawing, drawn once, keyed by the file name the summary gave it: in its house
 * or bubble as the child saw it, or plain (on white) when the worker chose that.
 */
export async function drawingFiles(summary: Summary, session: Session, withPng: boolean, plain = false): Promise<DrawingFiles> {
  const { renderDrawing, BACKGROUND_PIXEL_RATIO } = await import('../../../summary/drawingPng');
  const files: DrawingFiles = { pixels: new Map(), png: new Map() };
  for (const entries of Object.values(summary.columns)) {
    for (const entry of entries) {
      if (entry.kind !== 'drawing') continue;
      const page = session.pages.find((p) => p.id === entry.pageId);
      if (!page) continue;
      const background = plain ? null : await pageBackground(session, page, BACKGROUND_PIXEL_RATIO);
      await nextTask();
      const drawing = await renderDrawing(page, withPng, background);
      files.pixels.set(entry.file, drawing.pixels);
      if (drawing.png) files.png.set(entry.file, drawing.png);
    }
  }
  return files;
}

/**
 * Every shared recording's sound as an MP3 file under the summary's file name. A recording
 * whose sound cannot be read or converted is counted as missing and reported, never invented.
 */
export async function recordingFiles(summary: Summary, blobs: BlobStore): Promise<{ files: ExportFileData[]; missing: number }> {
  const wanted = [
    ...Object.values(summary.columns).flatMap((entries) => entries.flatMap((e) => (e.kind === 'recording' ? [{ file: e.file, blobId: e.blobId }] : []))),
    ...summary.scales.flatMap((s) => s.recordings.map((r) => ({ file: r.file, blobId: r.blobId }))),
  ];
  if (wanted.length === 0) return { files: [], missing: 0 };
  const { recordingToMp3 } = await import('../../../summary/audio/toMp3');
  const files: ExportFileData[] = [];
  let missing = 0;
  for (const { file, blobId } of wanted) {
    const blob = await blobs.loadBlob(blobId).catch(() => undefined);
    const mp3 = blob ? await recordingToMp3(blob.bytes).catch(() => undefined) : undefined;
    if (mp3) files.push({ name: file, bytes: mp3, type: RECORDING_FILE_TYPE });
    else missing += 1;
  }
  return { files, missing };
}

/** The preparation last asked for; each waits for the one before, so two never run at once. */
let preparing: Promise<void> | null = null;
/** Whether this visit has made its rehearsal PDF (see prepareExports). */
let rehearsed = false;

/**
 * Gets the first "Download PDF" of a visit ready while the worker goes through the review with
 * the child: loads the export code and the PDF fonts, draws the houses and bubbles behind this
 * session's pages, and, once a visit, makes this session's PDF and throws it away. Those bytes
 * are never kept or saved. That rehearsal is what makes the real click quick: a browser runs
 * code slowly the first time (it interprets it, then compiles the parts that run often), and at
 * 4x CPU slow-down the first PDF of a visit took about twice as long as the next
 * (docs/BENCHMARKS.md). The PDF code yields to the page between its steps (see summaryToPdf),
 * so the review answers touches meanwhile.
 */
export function prepareExports(session: Session, language: string, sessions: readonly Session[]): Promise<void> {
  const previous = preparing;
  preparing = (async () => {
    await previous;
    const [{ preparePdfFonts }, { loadBundledPdfFonts }, { BACKGROUND_PIXEL_RATIO }] = await Promise.all([
      import('../../../summary/toPdf'),
      import('../../../summary/pdfFonts'),
      import('../../../summary/drawingPng'),
    ]);
    await preparePdfFonts(loadBundledPdfFonts);
    // The houses and bubbles behind this session's pages, drawn once for every export to come.
    for (const page of session.pages) await pageBackground(session, page, BACKGROUND_PIXEL_RATIO);
    if (rehearsed) return;
    rehearsed = true;
    const summary = await summaryIn(session, language, sessions);
    await pdfFile(summary, session, (await drawingFiles(summary, session, false)).pixels);
  })().catch((error: unknown) => {
    // Harmless: the export itself loads everything again and reports any problem.
    console.warn('Export not prepared:', error instanceof Error ? error.message : 'unknown');
  });
  return preparing;
}

/** Waits for a preparation still running, so that an export does not share the page's thread with it. */
export async function preparedExports(): Promise<void> {
  await preparing;
}

export async function pdfFile(summary: Summary, session: Session, drawings: ReadonlyMap<string, RgbPixels>): Promise<ExportFileData> {
  const { summaryToPdf } = await import('../../../summary/toPdf');
  const { loadBundledPdfFonts } = await import('../../../summary/pdfFonts');
  const bytes = await summaryToPdf(summary, { drawings, loadFonts: loadBundledPdfFonts });
  return { name: nameOf(summary, session, { kind: 'summary-pdf' }), bytes, type: 'application/pdf' };
}

/** The same summary as a Word file, for systems whose upload list takes "PDF and Word". */
export async function wordFile(summary: Summary, session: Session, drawings: ReadonlyMap<string, Uint8Array>): Promise<ExportFileData> {
  const { summaryToDocx } = await import('../../../summary/toDocx');
  const bytes = await summaryToDocx(summary, { drawings });
  return {
    name: nameOf(summary, session, { kind: 'summary-docx' }),
    bytes,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}

export async function zipFile(summary: Summary, session: Session, files: ExportFileData[]): Promise<ExportFileData> {
  const { makeZip } = await import('../../../summary/toZip');
  const bytes = makeZip(files.map((f) => ({ name: f.name, bytes: f.bytes })));
  return { name: nameOf(summary, session, { kind: 'all-zip' }), bytes, type: 'application/zip' };
}

import type { ActivityId, MapColumn, Page, ScaleAnswer, Session, Speaker } from '../model/types';
import { DEFAULT_ACCESS } from '../model/types';
import { STICKER_CATEGORIES } from '../stickers/catalogue';
import { findDefinition } from '../activities/definitions';
import { MAP_COLUMNS, findPlace } from '../model/places';
import { languageDirection } from './languageDirection';
import { exportFileName } from './fileNames';
import { fill } from './fill';
import { describeWorkerFlags } from './workerFlags';
import type { FileNameFor } from './fileNames';
import type { Summary, SummaryConsent, SummaryEntry, SummaryHeader, SummaryPage, SummaryQuote, SummaryScale, Translate } from './summaryTypes';

export interface BuildSummaryOptions {
  /** Translator for the `summary` namespace in the summary language. */
  t: Translate;
  /** Language of the summary's own wording (BCP 47). */
  language: string;
  /** When the summary is made (ISO 8601); passed in so the function stays pure. */
  createdAt: string;
  /** A sticker's name in the summary language. */
  stickerName: (stickerId: string) => string;
  /** Names for exported files; defaults to exportFileName for this session. */
  fileNameFor?: FileNameFor;
  /** Translator for the `common` namespace (place names); defaults to t with a 'common:' prefix. */
  tCommon?: Translate;
  /** Text of a prompt's i18n key (page prompts, scale follow-ups); defaults to tCommon. */
  promptText?: (key: string) => string;
  /** Time zone for worded dates; defaults to the device's. */
  timeZone?: string;
  /**
   * The same child's earlier answers to the same question (other sessions on the device), oldest
   * first, so the summary can show change over time. Pure input: the caller looks them up.
   */
  scaleHistory?: (scale: ScaleAnswer) => readonly { date: string; value: number; current: boolean }[];
  /** False when the child's screens were in a translation not yet checked by a native speaker. */
  childLanguageChecked?: boolean;
}

function formatDate(iso: string, language: string, timeZone: string | undefined, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone } : { dateStyle: 'long', timeZone };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: undefined }).format(date);
  }
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** m:ss, the way a recording's length is shown on every player. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

interface Context {
  t: Translate;
  childName: string;
  promptText: (key: string) => string;
  formatDay: (iso: string) => string;
  /** Date and time, for when a worker did something (the reminder they saw). */
  formatMoment: (iso: string) => string;
  scaleHistory?: BuildSummaryOptions['scaleHistory'];
  fileNameFor: FileNameFor;
}

function wordsLines(ctx: Context, speaker: Speaker, typedBy: Speaker, text: string) {
  const name = { name: ctx.childName };
  if (speaker === 'child') {
    const wrote = typedBy === 'child';
    return {
      sentence: fill(ctx.t, wrote ? 'words.childWrote' : 'words.childSaid', { ...name, text }),
      lead: fill(ctx.t, wrote ? 'words.leadChildWrote' : 'words.leadChildSaid', name),
      short: fill(ctx.t, 'short.words', { text }),
    };
  }
  if (speaker === 'worker') {
    return {
      sentence: fill(ctx.t, 'words.workerWrote', { text }),
      lead: ctx.t('words.leadWorkerWrote'),
      short: fill(ctx.t, 'short.wordsWorker', { text }),
    };
  }
  return {
    sentence: fill(ctx.t, 'words.otherSaid', { text }),
    lead: ctx.t('words.leadOtherSaid'),
    short: fill(ctx.t, 'short.wordsOther', { text }),
  };
}

function quote(ctx: Context, text: string, speaker: Speaker, typedBy: Speaker = 'worker'): SummaryQuote {
  const lines = wordsLines(ctx, speaker, typedBy, text);
  return { text, speaker, lead: lines.lead, sentence: lines.sentence };
}

function describePage(page: Page, column: MapColumn, nameKey: string, ctx: Context, tCommon: Translate): SummaryPage {
  const defaultPlaceName = tCommon(nameKey);
  const custom = page.customName !== undefined && page.customName.trim() !== '' ? page.customName : undefined;
  const shown = page.promptsShown.map((key) => ctx.promptText(key));
  // A worker's own wording replaces the default prompt; keys are recorded only for defaults.
  const asked = page.customPrompt !== undefined && page.customPrompt.trim() !== '' ? [page.customPrompt, ...shown] : shown;
  return {
    pageId: page.id,
    activity: page.activity,
    place: page.place,
    column,
    placeName: custom ?? defaultPlaceName,
    defaultPlaceName,
    customPlaceName: custom,
    heading: custom === undefined ? defaultPlaceName : fill(ctx.t, 'place.customHeading', { custom, place: defaultPlaceName }),
    prompt: asked[0],
    promptsShown: asked,
    promptLines: asked.map((prompt) => fill(ctx.t, 'prompt.line', { prompt })),
  };
}

/**
 * Each drawing's and recording's place in its place's order, counted over the whole session,
 * shared or not: a file's name must not change when the child leaves something else out.
 */
function fileOrder(session: Session): { drawings: Map<string, number>; recordings: Map<string, number> } {
  const drawings = new Map<string, number>();
  const recordings = new Map<string, number>();
  const perPlace = new Map<string, number>();
  const count = (key: string) => {
    const n = (perPlace.get(key) ?? 0) + 1;
    perPlace.set(key, n);
    return n;
  };
  for (const page of session.pages) {
    if (page.items.some((i) => i.kind === 'stroke')) drawings.set(page.id, count(`drawing:${page.place}`));
    for (const item of page.items) if (item.kind === 'recording') recordings.set(item.id, count(`recording:${page.place}`));
  }
  return { drawings, recordings };
}

/**
 * Scales have no place: the n-th scale of the session (shared or not) is 'scale-n', and its
 * recordings are counted within it.
 */
const scalePlace = (session: Session, scale: ScaleAnswer) => `scale-${session.scales.indexOf(scale) + 1}`;

function describeScale(scale: ScaleAnswer, value: number, ctx: Context, place: string): SummaryScale {
  const why = scale.why !== undefined && scale.why.text.trim() !== '' ? quote(ctx, scale.why.text, scale.why.speaker) : undefined;
  const followUps = scale.followUps
    .filter((f) => f.text.trim() !== '')
    .map((f) => {
      const question = ctx.promptText(f.promptKey);
      return {
        ...quote(ctx, f.text, f.speaker),
        promptKey: f.promptKey,
        question: fill(ctx.t, 'scales.followUpQuestion', { question }),
      };
    });
  const reminderShown = scale.reminderShownAt !== undefined;
  // Over time: shown only when there is something to compare (this answer and at least one before).
  const points = ctx.scaleHistory?.(scale) ?? [];
  const history = points.length >= 2 ? points.map((p) => ({ date: p.date, dateText: ctx.formatDay(p.date), value: p.value, current: p.current })) : undefined;
  const historyLine = history
    ? ctx.t('scales.history', {
        list: history.map((h) => ctx.t(h.current ? 'scales.historyCurrent' : 'scales.historyPoint', { date: h.dateText, value: h.value })).join('; '),
      })
    : undefined;
  // The child may have answered by voice: each recording goes with its scale, as a file.
  const recordings = (scale.recordings ?? []).map((r, i) => {
    const durationText = formatDuration(r.durationMs);
    const transcript = r.transcript !== undefined && r.transcript.trim() !== '' ? r.transcript : undefined;
    const sentenceKey = r.speaker === 'child' ? 'recording.child' : r.speaker === 'worker' ? 'recording.worker' : 'recording.other';
    return {
      id: r.id,
      speaker: r.speaker,
      file: ctx.fileNameFor({ kind: 'recording', place, occurrence: i + 1 }),
      mimeType: r.mimeType,
      blobId: r.blobId,
      durationMs: r.durationMs,
      durationText,
      transcript,
      sentence: fill(ctx.t, sentenceKey, { name: ctx.childName }, { duration: durationText }),
      transcriptSentence: transcript !== undefined ? fill(ctx.t, 'recording.transcript', { text: transcript }) : undefined,
    };
  });
  return {
    recordings,
    id: scale.id,
    activity: scale.activity,
    questionKey: scale.questionKey,
    question: scale.question,
    zeroMeans: scale.zeroMeans,
    tenMeans: scale.tenMeans,
    value,
    look: scale.look,
    aboutSafety: scale.aboutSafety,
    why,
    followUps,
    reminderShown,
    reminderShownAt: scale.reminderShownAt,
    zeroLine: fill(ctx.t, 'scales.zeroMeans', { text: scale.zeroMeans }),
    tenLine: fill(ctx.t, 'scales.tenMeans', { text: scale.tenMeans }),
    valueLine: fill(ctx.t, 'scales.value', { name: ctx.childName }, { value }),
    reminderLine: scale.reminderShownAt !== undefined ? ctx.t('scales.reminderSeen', { date: ctx.formatMoment(scale.reminderShownAt) }) : undefined,
    history,
    historyLine,
    short: ctx.t('short.scale', { value }),
  };
}

function describeConsent(session: Session, t: Translate, language: string, timeZone: string | undefined): SummaryConsent {
  const consent = session.consent;
  const lines: string[] = [];
  if (consent?.childAgreed) {
    lines.push(
      consent.agreedAt !== undefined
        ? t('consent.childAgreed', { date: formatDate(consent.agreedAt, language, timeZone, false) })
        : t('consent.childAgreedUndated'),
    );
  } else {
    lines.push(t('consent.childNotRecorded'));
  }
  if (consent?.parentAgreed === true) {
    const parent = consent.parentName?.trim() ? consent.parentName : undefined;
    lines.push(parent !== undefined ? fill(t, 'consent.parentAgreed', { parent }) : t('consent.parentAgreedUnnamed'));
  } else if (consent?.parentAgreed === false) {
    lines.push(t('consent.parentNotAgreed'));
  }
  return {
    childAgreed: consent?.childAgreed ?? false,
    agreedAt: consent?.agreedAt,
    parentAgreed: consent?.parentAgreed,
    parentName: consent?.parentName,
    lines,
  };
}

/** The activities a session has something of: a page, or a scale answer (schema 3 says whose). */
export function activitiesDone(session: Session): ActivityId[] {
  const ids: ActivityId[] = [];
  for (const page of session.pages) if (!ids.includes(page.activity)) ids.push(page.activity);
  for (const scale of session.scales) if (!ids.includes(scale.activity)) ids.push(scale.activity);
  return ids;
}

/**
 * The summary of one session in one language: the shared part only, in the map's order,
 * every sentence worded from templates, the child's words carried exactly as typed.
 * Pure: the same session and options always give the same summary.
 */
export function buildSummary(session: Session, opts: BuildSummaryOptions): Summary {
  const { t, language, createdAt, stickerName, timeZone } = opts;
  const tCommon: Translate = opts.tCommon ?? ((key, vars) => t(`common:${key}`, vars));
  const promptText = opts.promptText ?? ((key: string) => tCommon(key));
  const fileNameFor: FileNameFor = opts.fileNameFor ?? ((file) => exportFileName(session, file));
  const childName = session.childName.trim() !== '' ? session.childName : t('theChild');
  const order = fileOrder(session);
  const ctx: Context = {
    t,
    childName,
    promptText,
    formatDay: (iso) => formatDate(iso, language, timeZone, false),
    formatMoment: (iso) => formatDate(iso, language, timeZone, true),
    scaleHistory: opts.scaleHistory,
    fileNameFor,
  };

  const pages: SummaryPage[] = [];
  const columns: Record<MapColumn, SummaryEntry[]> = { workingWell: [], worries: [], needsToHappen: [] };

  for (const column of MAP_COLUMNS) {
    for (const page of session.pages) {
      const def = findPlace(page.activity, page.place);
      if (!def || def.column !== column) continue;
      const info = describePage(page, column, def.nameKey, ctx, tCommon);
      pages.push(info);
      const left = new Set(page.notShared);
      const base = {
        pageId: page.id,
        activity: page.activity,
        place: page.place,
        column,
        placeName: info.placeName,
        customPlaceName: info.customPlaceName,
      };
      const entries = columns[column];

      // The drawing first, as the review screen lists it: all shared strokes together.
      const hasDrawing = page.items.some((i) => i.kind === 'stroke' && !left.has(i.id));
      if (hasDrawing && !left.has('drawing')) {
        const occurrence = order.drawings.get(page.id) ?? 1;
        const label = page.drawingLabel !== undefined && page.drawingLabel.trim() !== '' ? page.drawingLabel : undefined;
        entries.push({
          ...base,
          id: `drawing:${page.id}`,
          kind: 'drawing',
          speaker: 'child',
          prompt: info.prompt,
          label,
          file: fileNameFor({ kind: 'drawing', place: page.place, occurrence }),
          sentence: label === undefined ? t('drawing.attached') : fill(t, 'drawing.labelled', { name: childName, label }),
          short: label === undefined ? t('short.drawing') : fill(t, 'short.drawingLabelled', { label }),
        });
      }

      for (const item of page.items) {
        if (item.kind === 'stroke' || left.has(item.id)) continue;
        if (item.kind === 'words') {
          // Nothing to show for a bubble left empty; anything else is kept exactly.
          if (item.text.trim() === '') continue;
          const lines = wordsLines(ctx, item.speaker, item.typedBy, item.text);
          entries.push({
            ...base,
            id: item.id,
            kind: 'words',
            speaker: item.speaker,
            typedBy: item.typedBy,
            text: item.text,
            prompt: item.promptKey !== undefined ? promptText(item.promptKey) : page.customPrompt,
            ...lines,
          });
        } else if (item.kind === 'sticker') {
          const name = stickerName(item.stickerId);
          // Each activity may word this for its places (its definition's stickerSentenceKey).
          const sentenceKey = findDefinition(page.activity)?.stickerSentenceKey ?? 'sticker.placed.other';
          const sentence =
            info.customPlaceName !== undefined
              ? fill(t, 'sticker.placedCustom', { name: childName, sticker: name, place: info.customPlaceName })
              : fill(t, sentenceKey, { name: childName, sticker: name, place: info.defaultPlaceName });
          entries.push({
            ...base,
            id: item.id,
            kind: 'sticker',
            speaker: 'child',
            prompt: info.prompt,
            stickerId: item.stickerId,
            stickerName: name,
            sentence,
            short: fill(t, 'short.sticker', { sticker: name }),
          });
        } else {
          const durationText = formatDuration(item.durationMs);
          const transcript = item.transcript !== undefined && item.transcript.trim() !== '' ? item.transcript : undefined;
          const sentenceKey = item.speaker === 'child' ? 'recording.child' : item.speaker === 'worker' ? 'recording.worker' : 'recording.other';
          entries.push({
            ...base,
            id: item.id,
            kind: 'recording',
            speaker: item.speaker,
            prompt: info.prompt,
            file: fileNameFor({ kind: 'recording', place: page.place, occurrence: order.recordings.get(item.id) ?? 1 }),
            mimeType: item.mimeType,
            blobId: item.blobId,
            durationMs: item.durationMs,
            durationText,
            transcript,
            transcriptLead: transcript !== undefined ? t('recording.transcriptLead') : undefined,
            transcriptSentence: transcript !== undefined ? fill(t, 'recording.transcript', { text: transcript }) : undefined,
            sentence: fill(t, sentenceKey, { name: childName }, { duration: durationText }),
            short: transcript !== undefined ? fill(t, 'short.recordingTranscript', { text: transcript }) : t('short.recording', { duration: durationText }),
          });
        }
      }
    }
  }

  const scales = session.scales
    .filter((s) => s.shared && s.value !== null && Number.isInteger(s.value) && s.value >= 0 && s.value <= 10)
    .map((s) => describeScale(s, s.value as number, ctx, scalePlace(session, s)));

  const workerNotes = [
    ...session.workerNotes.filter((n) => n.text.trim() !== '').map((n) => ({ id: n.id, text: n.text, createdAt: n.createdAt })),
    // The worker's follow-up flags belong to the worker's part only, never beside the child's words.
    ...describeWorkerFlags(session, { t, tCommon, stickerName }),
  ];

  // Which sticker sets were offered shapes what the child could say with stickers: the worker's
  // part says so (old sessions without the setting had the defaults).
  const offered = new Set(session.access?.stickerSets ?? DEFAULT_ACCESS.stickerSets);
  const stickerSetIds = STICKER_CATEGORIES.filter((c) => offered.has(c));
  const stickerSets = {
    ids: [...stickerSetIds],
    line: `${t('stickerSets.line')}${t('header.labelSeparator')}${
      stickerSetIds.length > 0 ? stickerSetIds.map((c) => t(`stickerSets.${c}`)).join(t('header.listSeparator')) : t('stickerSets.none')
    }`,
  };

  const activityIds = activitiesDone(session);
  const activities = activityIds.map((id) => ({ id, name: t(findDefinition(id)?.summaryNameKey ?? `activities.${id}`, { defaultValue: id }) }));
  const sessionDateText = formatDate(session.createdAt, language, timeZone, true);
  const createdAtText = formatDate(createdAt, language, timeZone, true);
  const childLanguageName = languageName(session.language, language);
  const separator = t('header.listSeparator');
  const present = session.present.filter((p) => p.trim() !== '');

  const header: SummaryHeader = {
    title: fill(t, 'title', { name: childName }),
    childName: session.childName,
    workerName: session.workerName,
    present,
    sessionStartedAt: session.createdAt,
    sessionDateText,
    activities,
    childLanguage: session.language,
    childLanguageName,
    lines: [
      { label: t('header.child'), value: childName },
      { label: t('header.date'), value: sessionDateText },
      { label: t('header.worker'), value: session.workerName },
      { label: t('header.present'), value: present.length > 0 ? present.join(separator) : t('header.nobodyElse') },
      {
        label: t('header.activities'),
        value: activities.length > 0 ? activities.map((a) => a.name).join(separator) : t('header.noActivities'),
      },
      { label: t('header.language'), value: childLanguageName },
      { label: t('header.made'), value: createdAtText },
    ],
  };

  return {
    sessionId: session.id,
    createdAt,
    createdAtText,
    language,
    direction: languageDirection(language),
    header,
    pages,
    columns,
    scales,
    workerNotes,
    stickerSets,
    consent: describeConsent(session, t, language, timeZone),
    translationNote: opts.childLanguageChecked === false ? t('translationUnchecked', { language: childLanguageName }) : undefined,
    labels: {
      headings: {
        workingWell: t('headings.workingWell'),
        worries: t('headings.worries'),
        needsToHappen: t('headings.needsToHappen'),
        scales: t('headings.scales'),
        workerNotes: t('headings.workerNotes'),
      },
      nothingShared: t('nothingShared'),
      labelSeparator: t('header.labelSeparator'),
      workerNotesIntro: t('workerNotes.intro'),
      noWorkerNotes: t('workerNotes.none'),
      pageOf: t('pdf.pageOf', { page: '{page}', total: '{total}' }),
      mapInsertTitle: fill(t, 'pdf.mapInsertTitle', { name: childName }),
      moreInFullSummary: t('pdf.moreInFullSummary', { count: '{count}' }),
      fileLine: t('files.line', { file: '{file}' }),
      pictureMissing: t('files.pictureMissing'),
      documentTitle: t('documentTitle'),
    },
  };
}

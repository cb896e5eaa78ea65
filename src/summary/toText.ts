import { MAP_COLUMNS } from '../model/places';
import type { Summary, SummaryEntry, SummaryScale } from './summaryTypes';

/** Underline as long as the heading looks, so it reads as a heading in any case-notes box. */
function heading(text: string, rule: string): string[] {
  return [text, rule.repeat(Math.max(3, [...text].length))];
}

function entryLines(entry: SummaryEntry, fileLine: string): string[] {
  const file = (name: string) => `  ${fileLine.split('{file}').join(name)}`;
  switch (entry.kind) {
    case 'words':
    case 'sticker':
      return [`- ${entry.sentence}`];
    case 'drawing':
      return [`- ${entry.sentence}`, file(entry.file)];
    case 'recording': {
      const lines = [`- ${entry.sentence}`, file(entry.file)];
      if (entry.transcriptSentence !== undefined) lines.push(`  ${entry.transcriptSentence}`);
      return lines;
    }
  }
}

function scaleLines(scale: SummaryScale): string[] {
  const lines = [scale.question, scale.zeroLine, scale.tenLine, scale.valueLine];
  if (scale.historyLine !== undefined) lines.push(scale.historyLine);
  if (scale.why !== undefined) lines.push(scale.why.sentence);
  for (const r of scale.recordings) lines.push(`${r.sentence} [${r.file}]`, ...(r.transcriptSentence ? [r.transcriptSentence] : []));
  for (const f of scale.followUps) lines.push(f.question, f.sentence);
  if (scale.reminderLine !== undefined) lines.push(scale.reminderLine);
  return lines;
}

/**
 * The summary as plain UTF-8 text for pasting into case notes, in the map's order.
 * The child's words appear exactly as typed, inside plain double quotes.
 */
export function summaryToText(summary: Summary): string {
  const { labels } = summary;
  const out: string[] = [];
  out.push(...heading(summary.header.title, '='), '');
  for (const line of summary.header.lines) out.push(`${line.label}${labels.labelSeparator}${line.value}`);
  out.push(...summary.consent.lines, '');

  for (const column of MAP_COLUMNS) {
    out.push(...heading(labels.headings[column], '-'));
    const entries = summary.columns[column];
    if (entries.length === 0) {
      out.push(labels.nothingShared, '');
      continue;
    }
    let pageId: string | undefined;
    for (const entry of entries) {
      if (entry.pageId !== pageId) {
        pageId = entry.pageId;
        const page = summary.pages.find((p) => p.pageId === pageId);
        out.push('', page?.heading ?? entry.placeName, ...(page?.promptLines ?? []));
      }
      out.push(...entryLines(entry, labels.fileLine));
    }
    out.push('');
  }

  out.push(...heading(labels.headings.scales, '-'));
  if (summary.scales.length === 0) out.push(labels.nothingShared);
  summary.scales.forEach((scale, i) => {
    if (i > 0) out.push('');
    out.push(...scaleLines(scale));
  });
  out.push('');

  out.push(...heading(labels.headings.workerNotes, '-'), labels.workerNotesIntro);
  if (summary.translationNote !== undefined) out.push(summary.translationNote);
  if (summary.workerNotes.length === 0) out.push(labels.noWorkerNotes);
  for (const note of summary.workerNotes) out.push(`- ${note.text}`);
  out.push(summary.stickerSets.line);
  out.push('');

  return out.join('\n');
}

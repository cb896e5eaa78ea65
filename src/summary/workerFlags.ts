import type { Item, Page, Session } from '../model/types';
import { findPlace } from '../model/places';
import { fill } from './fill';
import type { SummaryWorkerNote, Translate } from './summaryTypes';

/** The target id a flag uses for a page's drawing (all its strokes together). */
export function drawingTargetId(pageId: string): string {
  return `drawing:${pageId}`;
}

interface Named {
  t: Translate;
  tCommon: Translate;
  stickerName(stickerId: string): string;
}

function placeOf(page: Page, tCommon: Translate): string {
  if (page.customName?.trim()) return page.customName;
  const def = findPlace(page.activity, page.place);
  return def ? tCommon(def.nameKey) : page.place;
}

/** What a flagged, shared item is, in the summary's words; the child's words stay verbatim. */
function describeItem(item: Item, place: string, n: Named): string {
  switch (item.kind) {
    case 'words':
      return fill(n.t, 'followUp.words', { text: item.text, place });
    case 'sticker':
      return fill(n.t, 'followUp.sticker', { name: n.stickerName(item.stickerId), place });
    case 'recording':
      return item.transcript?.trim() ? fill(n.t, 'followUp.recordingTranscript', { text: item.transcript, place }) : fill(n.t, 'followUp.recording', { place });
    case 'stroke':
      return fill(n.t, 'followUp.drawing', { place });
  }
}

/**
 * The worker's follow-up flags as lines of the worker's part. A flag never changes the child's
 * item; and what the child chose not to share is not described, only its place is named beside
 * the worker's own words, so the flag cannot carry the child's material out by another door.
 */
export function describeWorkerFlags(session: Session, n: Named): SummaryWorkerNote[] {
  const out: SummaryWorkerNote[] = [];
  for (const flag of session.workerFlags ?? []) {
    let what: string | undefined;
    const scale = session.scales.find((s) => s.id === flag.targetId);
    if (scale) {
      what =
        scale.shared && scale.value !== null ? fill(n.t, 'followUp.scale', { question: scale.question }, { value: scale.value }) : n.t('followUp.notShared');
    }
    for (const page of session.pages) {
      if (what !== undefined) break;
      const place = placeOf(page, n.tCommon);
      if (flag.targetId === drawingTargetId(page.id)) {
        what = page.notShared.includes('drawing') ? fill(n.t, 'followUp.notSharedIn', { place }) : fill(n.t, 'followUp.drawing', { place });
        break;
      }
      const item = page.items.find((i) => i.id === flag.targetId);
      if (item) what = page.notShared.includes(item.id) ? fill(n.t, 'followUp.notSharedIn', { place }) : describeItem(item, place, n);
    }
    if (what === undefined) {
      // The item was removed since; the worker's words still stand.
      if (!flag.text.trim()) continue;
      what = n.t('followUp.removed');
    }
    const text = flag.text.trim() ? fill(n.t, 'followUp.withNote', { what, note: flag.text }) : fill(n.t, 'followUp.line', { what });
    out.push({ id: flag.id, text, createdAt: flag.createdAt });
  }
  return out;
}

import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';

/** A box in page units: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box, gap: number): boolean => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/** Space kept between things placed for the child, in page units. */
const GAP = 8;
/** Distance between the spots tried, page units. */
const STEP = 20;

/**
 * Where a box of `w` x `h` can go without covering anything in `taken`: the free spot nearest to
 * `near` (its top-left), tried in rings around it, inside the page. Stickers tapped one after
 * another each land on their own spot, the first in the middle; word cards never cover each other,
 * a sticker or the page's tools. When the page is full, the spot that covers least is returned.
 */
export function freeSpot(taken: readonly Box[], w: number, h: number, near: { x: number; y: number }): { x: number; y: number } {
  const clampX = (x: number) => Math.min(PAGE_WIDTH - w, Math.max(0, x));
  const clampY = (y: number) => Math.min(PAGE_HEIGHT - h, Math.max(0, y));
  const start = { x: clampX(near.x), y: clampY(near.y) };
  let best = start;
  let bestCover = Infinity;
  const cover = (x: number, y: number) => {
    let area = 0;
    for (const b of taken) {
      const ox = Math.min(x + w, b.x + b.w) - Math.max(x, b.x);
      const oy = Math.min(y + h, b.y + b.h) - Math.max(y, b.y);
      if (ox > 0 && oy > 0) area += ox * oy;
    }
    return area;
  };
  const maxRing = Math.ceil(Math.max(PAGE_WIDTH, PAGE_HEIGHT) / STEP);
  for (let ring = 0; ring <= maxRing; ring++) {
    // The spots of one ring, nearest first, so the result is the closest free spot to `near`.
    const spots: { x: number; y: number; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of ring === 0
        ? [[0, 0]]
        : [
            [i, -ring],
            [i, ring],
            [-ring, i],
            [ring, i],
          ]) {
        const x = clampX(start.x + dx * STEP);
        const y = clampY(start.y + dy * STEP);
        spots.push({ x, y, d: Math.hypot(x - start.x, y - start.y) });
      }
    }
    spots.sort((a, b) => a.d - b.d);
    for (const s of spots) {
      const box = { x: s.x, y: s.y, w, h };
      if (!taken.some((b) => overlaps(box, b, GAP))) return { x: s.x, y: s.y };
      const c = cover(s.x, s.y);
      if (c < bestCover) {
        bestCover = c;
        best = { x: s.x, y: s.y };
      }
    }
  }
  return best;
}

/**
 * The boxes (page units) of what is already on or over the page: placed stickers, word cards,
 * recording badges, the page's own buttons (bin, sticker size) and an open tray, read from the DOM
 * so every box is exactly what the child sees. `except` leaves out one element (the one being moved).
 */
export function takenBoxes(stage: HTMLElement, scale: number, except?: Element): Box[] {
  const origin = stage.getBoundingClientRect();
  const scope = stage.closest('.drawing-page') ?? stage;
  const boxes: Box[] = [];
  for (const el of scope.querySelectorAll('.placed-sticker, .speech-bubble, .recording-badge, .bin, .sticker-actions, .sticker-tray')) {
    if (el === except) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ x: (r.left - origin.left) / scale, y: (r.top - origin.top) / scale, w: r.width / scale, h: r.height / scale });
  }
  return boxes;
}

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
 * a sticker or the page's tools. With `avoid`, a spot that also keeps off the child's ink is
 * preferred (a card, the worker's above all, must not hide what the child drew); if there is none,
 * ink is covered before anything in `taken` is. When the page is full, the spot that covers least
 * is returned.
 */
export function freeSpot(
  taken: readonly Box[],
  w: number,
  h: number,
  near: { x: number; y: number },
  /** Also kept clear where possible (the child's ink, see inkCells); never at the cost of covering `taken`. */
  avoid?: InkCells,
): { x: number; y: number } {
  if (avoid?.any) {
    const clear = firstFree(taken, w, h, near, avoid);
    if (clear) return clear;
  }
  return firstFree(taken, w, h, near) ?? leastCovering(taken, w, h, near);
}

/** The spots around `near` (top-left of a w x h box), in rings, nearest first, inside the page. */
function* spotsAround(w: number, h: number, near: { x: number; y: number }): Generator<{ x: number; y: number }> {
  const clampX = (x: number) => Math.min(PAGE_WIDTH - w, Math.max(0, x));
  const clampY = (y: number) => Math.min(PAGE_HEIGHT - h, Math.max(0, y));
  const start = { x: clampX(near.x), y: clampY(near.y) };
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
    yield* spots;
  }
}

function firstFree(taken: readonly Box[], w: number, h: number, near: { x: number; y: number }, avoid?: InkCells): { x: number; y: number } | undefined {
  for (const s of spotsAround(w, h, near)) {
    const box = { x: s.x, y: s.y, w, h };
    if (!taken.some((b) => overlaps(box, b, GAP)) && !(avoid && avoid.covers(box))) return { x: s.x, y: s.y };
  }
  return undefined;
}

/** When the page is full: the spot that covers least. */
function leastCovering(taken: readonly Box[], w: number, h: number, near: { x: number; y: number }): { x: number; y: number } {
  let best: { x: number; y: number } | undefined;
  let bestCover = Infinity;
  for (const s of spotsAround(w, h, near)) {
    let area = 0;
    for (const b of taken) {
      const ox = Math.min(s.x + w, b.x + b.w) - Math.max(s.x, b.x);
      const oy = Math.min(s.y + h, b.y + b.h) - Math.max(s.y, b.y);
      if (ox > 0 && oy > 0) area += ox * oy;
    }
    if (area < bestCover) {
      bestCover = area;
      best = { x: s.x, y: s.y };
    }
  }
  return best ?? { x: 0, y: 0 };
}

/** Size of one cell of the ink grid, page units. */
const CELL = 20;

/** Where the page has ink, on a coarse grid: enough to keep a new card off the child's drawing. */
export interface InkCells {
  readonly any: boolean;
  covers(box: Box): boolean;
}

/**
 * The cells of the page that strokes pass through (each point, widened by half the stroke's
 * width). A grid and not one box per stroke: a page of 2,000 strokes is checked as fast as one.
 */
export function inkCells(strokes: readonly { points: readonly number[]; size: number }[]): InkCells {
  const cols = Math.ceil(PAGE_WIDTH / CELL);
  const rows = Math.ceil(PAGE_HEIGHT / CELL);
  const grid = new Uint8Array(cols * rows);
  let any = false;
  const mark = (x: number, y: number, r: number) => {
    const c0 = Math.max(0, Math.floor((x - r) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((x + r) / CELL));
    const r0 = Math.max(0, Math.floor((y - r) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((y + r) / CELL));
    for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) grid[row * cols + col] = 1;
  };
  for (const stroke of strokes) {
    const r = stroke.size / 2;
    const p = stroke.points;
    for (let i = 0; i + 1 < p.length; i += 3) {
      any = true;
      mark(p[i], p[i + 1], r);
      if (i + 4 >= p.length) continue;
      // Points can be far apart (a fast line, a switch-drawn one): the segment between is ink too.
      const dx = p[i + 3] - p[i];
      const dy = p[i + 4] - p[i + 1];
      const steps = Math.ceil(Math.hypot(dx, dy) / (CELL / 2));
      for (let k = 1; k < steps; k++) mark(p[i] + (dx * k) / steps, p[i + 1] + (dy * k) / steps, r);
    }
  }
  return {
    any,
    covers(box) {
      const c0 = Math.max(0, Math.floor(box.x / CELL));
      const c1 = Math.min(cols - 1, Math.floor((box.x + box.w - 1) / CELL));
      const r0 = Math.max(0, Math.floor(box.y / CELL));
      const r1 = Math.min(rows - 1, Math.floor((box.y + box.h - 1) / CELL));
      for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) if (grid[row * cols + col]) return true;
      return false;
    },
  };
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

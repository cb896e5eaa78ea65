/**
 * The eraser's geometry: which part of a stroke's centre line a moving eraser touches, and what is
 * left of the stroke once that part is rubbed out. Pure functions over flat point arrays
 * (x, y, pressure triplets, as in StrokeItem.points); the points that are kept are kept exactly,
 * and a cut adds one interpolated point at each edge of the rubbed-out part.
 */

const STRIDE = 3;

/** Points are stored to a hundredth of a page unit and pressure to a thousandth, like the pen's. */
const coordinate = (v: number) => Math.round(v * 100) / 100;
const pressure = (v: number) => Math.round(v * 1000) / 1000;

function pointSegmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** The eraser's path between two pointer events: a segment and how far from it ink is touched. */
export interface EraserSweep {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** Distance from the segment within which the centre line is rubbed out (eraser radius + half the ink's width). */
  reach: number;
}

/** Where a line p + t * d is within r of c: the t interval, or null. */
function discInterval(px: number, py: number, dx: number, dy: number, cx: number, cy: number, r: number): [number, number] | null {
  const ex = px - cx;
  const ey = py - cy;
  const a = dx * dx + dy * dy;
  const c = ex * ex + ey * ey - r * r;
  if (a === 0) return c <= 0 ? [-Infinity, Infinity] : null;
  const b = 2 * (dx * ex + dy * ey);
  const disc = b * b - 4 * a * c;
  if (disc < 0) return null;
  const root = Math.sqrt(disc);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

/** Where v0 + t * dv lies within [lo, hi]: the t interval, or null. */
function slab(v0: number, dv: number, lo: number, hi: number): [number, number] | null {
  if (dv === 0) return v0 >= lo && v0 <= hi ? [-Infinity, Infinity] : null;
  const t0 = (lo - v0) / dv;
  const t1 = (hi - v0) / dv;
  return t0 < t1 ? [t0, t1] : [t1, t0];
}

/**
 * The part [t0, t1] of the segment p -> q (t from 0 at p to 1 at q) that lies within `reach` of the
 * sweep, or null when none does. Everything within reach of the sweep's segment is a capsule: a disc
 * at each end and a band along it. The capsule is convex, so the line meets it in one interval, the
 * span of where it meets the three parts; that interval is then clipped to the segment.
 */
export function touchedInterval(px: number, py: number, qx: number, qy: number, s: EraserSweep): [number, number] | null {
  // Most segments of a stroke are nowhere near the eraser: a box test turns them away cheaply.
  if (
    Math.max(px, qx) < Math.min(s.ax, s.bx) - s.reach ||
    Math.min(px, qx) > Math.max(s.ax, s.bx) + s.reach ||
    Math.max(py, qy) < Math.min(s.ay, s.by) - s.reach ||
    Math.min(py, qy) > Math.max(s.ay, s.by) + s.reach
  ) {
    return null;
  }
  const dx = qx - px;
  const dy = qy - py;
  let lo = Infinity;
  let hi = -Infinity;
  const take = (span: [number, number] | null) => {
    if (!span) return;
    if (span[0] < lo) lo = span[0];
    if (span[1] > hi) hi = span[1];
  };
  take(discInterval(px, py, dx, dy, s.ax, s.ay, s.reach));
  take(discInterval(px, py, dx, dy, s.bx, s.by, s.reach));
  const ux = s.bx - s.ax;
  const uy = s.by - s.ay;
  const length = Math.hypot(ux, uy);
  if (length > 0) {
    const ex = ux / length;
    const ey = uy / length;
    // Along the sweep (0..length) and across it (-reach..reach), both linear in t.
    const along = slab((px - s.ax) * ex + (py - s.ay) * ey, dx * ex + dy * ey, 0, length);
    const across = slab((px - s.ax) * -ey + (py - s.ay) * ex, dx * -ey + dy * ex, -s.reach, s.reach);
    if (along && across) {
      const a = Math.max(along[0], across[0]);
      const b = Math.min(along[1], across[1]);
      if (a <= b) take([a, b]);
    }
  }
  const t0 = Math.max(0, lo);
  const t1 = Math.min(1, hi);
  return t0 <= t1 ? [t0, t1] : null;
}

function pushLerp(out: number[], points: readonly number[], i: number, j: number, t: number): void {
  out.push(
    coordinate(points[i] + (points[j] - points[i]) * t),
    coordinate(points[i + 1] + (points[j + 1] - points[i + 1]) * t),
    pressure(points[i + 2] + (points[j + 2] - points[i + 2]) * t),
  );
}

function pushPoint(out: number[], points: readonly number[], i: number): void {
  out.push(points[i], points[i + 1], points[i + 2]);
}

/** Length of a piece's centre line. */
function lengthOf(points: readonly number[]): number {
  let total = 0;
  for (let i = STRIDE; i + 1 < points.length; i += STRIDE) {
    total += Math.hypot(points[i] - points[i - STRIDE], points[i + 1] - points[i - STRIDE + 1]);
  }
  return total;
}

/**
 * A piece shorter than this (page units) is the crumb a cut leaves at a rounding edge, not ink the
 * child drew outside the eraser: it is dropped rather than left as a dot.
 */
export const CRUMB = 0.05;

/**
 * What is left of a stroke after the sweep: null when the sweep does not touch it (the stroke stays
 * as it is), otherwise its pieces in drawing order (none when all of it was rubbed out). A stroke
 * cut in the middle becomes two pieces.
 */
export function cutStroke(points: readonly number[], s: EraserSweep): number[][] | null {
  const n = Math.floor(points.length / STRIDE);
  if (n === 0) return null;
  const r2 = s.reach * s.reach;
  if (n === 1) {
    return pointSegmentDistanceSquared(points[0], points[1], s.ax, s.ay, s.bx, s.by) <= r2 ? [] : null;
  }
  const pieces: number[][] = [];
  let touched = false;
  let current: number[] = [];
  const close = () => {
    if (current.length >= 2 * STRIDE && lengthOf(current) >= CRUMB) pieces.push(current);
    current = [];
  };
  if (pointSegmentDistanceSquared(points[0], points[1], s.ax, s.ay, s.bx, s.by) > r2) pushPoint(current, points, 0);
  for (let k = 0; k + 1 < n; k++) {
    const i = k * STRIDE;
    const j = i + STRIDE;
    const hit = touchedInterval(points[i], points[i + 1], points[j], points[j + 1], s);
    if (!hit) {
      if (current.length === 0) pushPoint(current, points, i);
      pushPoint(current, points, j);
      continue;
    }
    touched = true;
    const [t0, t1] = hit;
    if (t0 > 0) {
      if (current.length === 0) pushPoint(current, points, i);
      pushLerp(current, points, i, j, t0);
    }
    close();
    if (t1 < 1) {
      pushLerp(current, points, i, j, t1);
      pushPoint(current, points, j);
    }
  }
  close();
  return touched ? pieces : null;
}

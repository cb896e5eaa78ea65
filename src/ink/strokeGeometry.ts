/**
 * Geometry for freehand strokes: outlines for drawing, bounds and hit tests for the eraser.
 * Pure functions over the model; the input points are never simplified or dropped
 * (every point the child drew is kept), only the drawn outline is derived from them.
 */
import { getStroke } from 'perfect-freehand';
import type { StrokeOptions } from 'perfect-freehand';
import type { StrokeItem } from '../model/types';

export interface StrokeBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Values per input point in StrokeItem.points: x, y, pressure. */
const POINT_STRIDE = 3;

/**
 * Tuned for children's drawing: lines visibly respond to pressure and speed but never vanish,
 * wobbly hands are steadied a little without the line lagging behind the finger,
 * and both ends are round (no tapers) so short dabs still show as blobs.
 */
const CHILD_STROKE_OPTIONS: Readonly<StrokeOptions> = {
  thinning: 0.5,
  smoothing: 0.5,
  streamline: 0.4,
  start: { cap: true, taper: 0 },
  end: { cap: true, taper: 0 },
};

/**
 * Outline polygon of a stroke, in the same units as the points.
 * `last` is false while the stroke is still being drawn, so the end is not treated as final.
 * With simulated pressure (finger, mouse) the stored pressures are placeholders and are not passed on,
 * so perfect-freehand derives width from speed; pen pressure is passed through as recorded.
 */
export function strokeOutline(
  points: number[],
  size: number,
  simulatePressure: boolean,
  last = true,
): number[][] {
  const input: number[][] = [];
  for (let i = 0; i + 1 < points.length; i += POINT_STRIDE) {
    const pressure = points[i + 2];
    input.push(simulatePressure || pressure === undefined ? [points[i], points[i + 1]] : [points[i], points[i + 1], pressure]);
  }
  if (input.length === 0) return [];
  return getStroke(input, { ...CHILD_STROKE_OPTIONS, size, simulatePressure, last });
}

const average = (a: number, b: number): number => (a + b) / 2;
const coord = (x: number, y: number): string => `${x.toFixed(2)},${y.toFixed(2)}`;

/**
 * Closed SVG path through an outline polygon. Corners are smoothed by running quadratic curves
 * through the midpoints between neighbouring outline points, so the edge looks like ink, not a polygon.
 */
export function outlineToSvgPath(outline: readonly (readonly number[])[]): string {
  const len = outline.length;
  if (len === 0) return '';
  if (len < 3) {
    return `M${outline.map((p) => coord(p[0], p[1])).join(' L')} Z`;
  }
  const [a, b, c] = outline;
  let path = `M${coord(a[0], a[1])} Q${coord(b[0], b[1])} ${coord(average(b[0], c[0]), average(b[1], c[1]))}`;
  if (len > 3) {
    const smoothTo: string[] = [];
    for (let i = 2; i < len - 1; i++) {
      const p = outline[i];
      const q = outline[i + 1];
      smoothTo.push(coord(average(p[0], q[0]), average(p[1], q[1])));
    }
    path += ` T${smoothTo.join(' ')}`;
  }
  return `${path} Z`;
}

/**
 * Per-stroke caches. Committed strokes are immutable, so the object is the key; the points array
 * and its length are checked as well so a stroke whose points were appended in place is recomputed
 * rather than drawn stale.
 */
interface CacheEntry<T> {
  points: number[];
  length: number;
  value: T;
}

function cached<T>(cache: WeakMap<StrokeItem, CacheEntry<T>>, stroke: StrokeItem, compute: () => T): T {
  const hit = cache.get(stroke);
  if (hit && hit.points === stroke.points && hit.length === stroke.points.length) return hit.value;
  const value = compute();
  cache.set(stroke, { points: stroke.points, length: stroke.points.length, value });
  return value;
}

const pathCache = new WeakMap<StrokeItem, CacheEntry<string>>();
const boundsCache = new WeakMap<StrokeItem, CacheEntry<StrokeBounds>>();

/** SVG path of a finished stroke, computed once per stroke object. */
export function strokePath(stroke: StrokeItem): string {
  return cached(pathCache, stroke, () =>
    outlineToSvgPath(strokeOutline(stroke.points, stroke.size, stroke.simulatePressure, true)),
  );
}

/**
 * Box around the centre line, padded by the full size: with thinning, hard pen pressure can make
 * the ink wider than `size`, so half of it would not be enough. An empty stroke gives an
 * inverted (empty) box that overlaps nothing.
 */
export function strokeBounds(points: number[], size: number): StrokeBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += POINT_STRIDE) {
    const x = points[i];
    const y = points[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return { minX, minY, maxX, maxY };
  return { minX: minX - size, minY: minY - size, maxX: maxX + size, maxY: maxY + size };
}

function cachedBounds(stroke: StrokeItem): StrokeBounds {
  return cached(boundsCache, stroke, () => strokeBounds(stroke.points, stroke.size));
}

function pointSegmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Sign of the turn a -> b -> c: positive left, negative right, zero when collinear. */
function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function segmentsCross(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): boolean {
  // Collinear and touching cases come out as distance 0 in the endpoint checks, so only proper crossings matter here.
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function segmentSegmentDistanceSquared(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): number {
  if (segmentsCross(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.min(
    pointSegmentDistanceSquared(ax, ay, cx, cy, dx, dy),
    pointSegmentDistanceSquared(bx, by, cx, cy, dx, dy),
    pointSegmentDistanceSquared(cx, cy, ax, ay, bx, by),
    pointSegmentDistanceSquared(dx, dy, ax, ay, bx, by),
  );
}

/**
 * Calls `test` with each centre-line segment of the stroke (a single point as a zero-length segment)
 * and stops at the first one it accepts. Sparse points from fast drawing still hit in between vertices.
 */
function someSegment(points: number[], test: (ax: number, ay: number, bx: number, by: number) => boolean): boolean {
  if (points.length < 2) return false;
  if (points.length < POINT_STRIDE + 2) return test(points[0], points[1], points[0], points[1]);
  for (let i = 0; i + POINT_STRIDE + 1 < points.length; i += POINT_STRIDE) {
    if (test(points[i], points[i + 1], points[i + POINT_STRIDE], points[i + POINT_STRIDE + 1])) return true;
  }
  return false;
}

/**
 * True when a circle (the eraser) touches the stroke's ink: some segment of the centre line comes
 * within `radius + size / 2` of the centre.
 */
export function strokeHitsCircle(stroke: StrokeItem, cx: number, cy: number, radius: number): boolean {
  const bounds = cachedBounds(stroke);
  if (cx < bounds.minX - radius || cx > bounds.maxX + radius || cy < bounds.minY - radius || cy > bounds.maxY + radius) {
    return false;
  }
  const reach = radius + stroke.size / 2;
  const reachSquared = reach * reach;
  return someSegment(stroke.points, (ax, ay, bx, by) => pointSegmentDistanceSquared(cx, cy, ax, ay, bx, by) <= reachSquared);
}

/**
 * True when the eraser, moving from (ax, ay) to (bx, by) between two pointer events, touches the stroke.
 * A fast swipe jumps far between events, so testing only the event positions would skip strokes it crossed.
 */
export function segmentHitsStroke(
  stroke: StrokeItem,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  radius: number,
): boolean {
  const bounds = cachedBounds(stroke);
  if (
    Math.max(ax, bx) < bounds.minX - radius ||
    Math.min(ax, bx) > bounds.maxX + radius ||
    Math.max(ay, by) < bounds.minY - radius ||
    Math.min(ay, by) > bounds.maxY + radius
  ) {
    return false;
  }
  const reach = radius + stroke.size / 2;
  const reachSquared = reach * reach;
  return someSegment(
    stroke.points,
    (px, py, qx, qy) => segmentSegmentDistanceSquared(ax, ay, bx, by, px, py, qx, qy) <= reachSquared,
  );
}

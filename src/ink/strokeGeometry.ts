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
export function strokeOutline(points: number[], size: number, simulatePressure: boolean, last = true): number[][] {
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
 * Anything a closed outline can be traced into: a CanvasRenderingContext2D or a Path2D.
 * Tracing straight into the context or path skips building and re-parsing an SVG string.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  closePath(): void;
}

/** The same shape as `outlineToSvgPath` (quadratic curves through the midpoints), traced into `sink`. */
export function traceOutline(sink: PathSink, outline: readonly (readonly number[])[]): void {
  const len = outline.length;
  if (len === 0) return;
  sink.moveTo(outline[0][0], outline[0][1]);
  if (len < 3) {
    for (let i = 1; i < len; i++) sink.lineTo(outline[i][0], outline[i][1]);
  } else {
    // SVG's T reflects the previous control point about the current point; with midpoints as end
    // points that reflection is exactly the next outline point, so every curve is Q p[i] mid(p[i], p[i+1]).
    for (let i = 1; i < len - 1; i++) {
      const p = outline[i];
      const q = outline[i + 1];
      sink.quadraticCurveTo(p[0], p[1], average(p[0], q[0]), average(p[1], q[1]));
    }
  }
  sink.closePath();
}

/**
 * A piece of an outline that starts and ends inside the ink: traced from the midpoint of its first two
 * points to the midpoint of its last two, with the same curves as the whole outline in between.
 * Pieces that overlap by a few points cover each other's cut edges, so the joins cannot be seen.
 */
function traceBand(sink: PathSink, points: readonly (readonly number[])[]): void {
  const len = points.length;
  if (len < 2) return;
  sink.moveTo(average(points[0][0], points[1][0]), average(points[0][1], points[1][1]));
  for (let i = 1; i < len - 1; i++) {
    const p = points[i];
    const q = points[i + 1];
    sink.quadraticCurveTo(p[0], p[1], average(p[0], q[0]), average(p[1], q[1]));
  }
  sink.closePath();
}

function boundsOfPoints(points: readonly (readonly number[])[]): StrokeBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * A closed part of a live stroke's outline. Quadratic curves stay inside the hull of their control
 * points, so `bounds` (the box around `points`) contains everything `trace` draws.
 */
export interface OutlinePiece {
  bounds: StrokeBounds;
  trace(sink: PathSink): void;
}

function piece(points: number[][], band: boolean): OutlinePiece {
  return {
    bounds: boundsOfPoints(points),
    trace: (sink) => (band ? traceBand(sink, points) : traceOutline(sink, points)),
  };
}

// perfect-freehand 1.2's internals, repeated so the outline can be built point by point. They must stay
// operation-for-operation the same as getStrokePoints/getStrokeOutlinePoints: the unit tests compare
// every prefix of random strokes with getStroke, exactly.
type Vec = [number, number];

interface StrokePoint {
  point: Vec;
  pressure: number;
  vector: Vec;
  distance: number;
  runningLength: number;
}

const STREAMLINE = 0.4;
const THINNING = 0.5;
const SMOOTHING = 0.5;
const STREAMLINE_T = 0.15 + (1 - STREAMLINE) * 0.85;
const RATE_OF_PRESSURE_CHANGE = 0.275;
const FIXED_PI = Math.PI + 0.0001;
const START_CAP_SEGMENTS = 13;
const END_CAP_SEGMENTS = 29;
const CORNER_CAP_SEGMENTS = 13;
const END_NOISE_THRESHOLD = 3;
const MIN_RADIUS = 0.01;
const DEFAULT_FIRST_PRESSURE = 0.25;
const DEFAULT_PRESSURE = 0.5;
/** computeInitialPressure averages this many points, so the outline is stable only after them. */
const INITIAL_PRESSURE_POINTS = 10;

const rotAround = (a: readonly number[], c: readonly number[], r: number): Vec => {
  const s = Math.sin(r);
  const co = Math.cos(r);
  const px = a[0] - c[0];
  const py = a[1] - c[1];
  return [px * co - py * s + c[0], px * s + py * co + c[1]];
};

const simulatePressureStep = (prevPressure: number, distance: number, size: number): number => {
  const sp = Math.min(1, distance / size);
  const rp = Math.min(1, 1 - sp);
  return Math.min(1, prevPressure + (rp - prevPressure) * (sp * RATE_OF_PRESSURE_CHANGE));
};

const validPressure = (pressure: number | undefined): pressure is number => pressure != null && pressure >= 0;

/** What getStrokeOutlinePoints carries from one point to the next. */
interface OutlineState {
  prevPressure: number;
  radius: number;
  prevVector: Vec;
  prevLeft: Vec;
  prevRight: Vec;
  prevSharp: boolean;
}

/**
 * The outline of the stroke being drawn, kept up to date as points arrive, at a cost that does not
 * grow with the stroke's length. perfect-freehand's outline of a point depends only on the points
 * before it and the next one (and on the first ten, for the starting pressure), so everything but the
 * last few points is final: that part is computed once and handed out as frozen pieces, and only the
 * tail (the last points and the end cap) is recomputed per frame. Put together, the pieces give
 * exactly `strokeOutline(points, size, simulatePressure, false)`.
 */
export class LiveStrokeOutline {
  private readonly strokePoints: StrokePoint[] = [];
  /** True once perfect-freehand's minimum-length rule has been met by a point that is not the last one. */
  private pointsFinal = false;
  private consumed = 0;
  private runningLength = 0;
  /** Outline sides from the final points (only ever appended to). */
  private readonly left: Vec[] = [];
  private readonly right: Vec[] = [];
  private state: OutlineState | null = null;
  /** Stroke points whose outline is final. */
  private processed = 0;
  /** Where the next frozen piece starts on each side (-1 until the first piece, which has the start cap). */
  private pieceLeft = -1;
  private pieceRight = -1;
  private pending: OutlinePiece[] = [];
  private input: readonly number[] = [];

  /** Outline points per side in a frozen piece, at least; small pieces keep the redrawn tail short. */
  static readonly PIECE_POINTS = 8;
  /** Outline points each piece shares with the one before, so the cut edges are covered. */
  static readonly PIECE_OVERLAP = 3;

  constructor(
    readonly size: number,
    readonly simulatePressure: boolean,
  ) {}

  /** Takes the stroke's points (flat x, y, pressure triplets); only the points added since the last call are new work. */
  update(points: readonly number[]): void {
    this.input = points;
    const count = Math.floor(points.length / POINT_STRIDE);
    if (count < 3) return;
    if (!this.pointsFinal) this.rebuildStrokePoints(count);
    else this.extendStrokePoints(count);
    if (this.pointsFinal) this.advanceOutline();
  }

  /** Pieces that became final since the last call, in order. */
  takeFrozen(): OutlinePiece[] {
    const pieces = this.pending;
    this.pending = [];
    return pieces;
  }

  /** True once frozen pieces have started: `tail()` then covers only what comes after them. */
  get hasFrozen(): boolean {
    return this.pieceLeft >= 0;
  }

  /** Everything after the frozen pieces (or the whole outline before there are any). */
  tail(): OutlinePiece | null {
    if (!this.hasFrozen) {
      const outline = this.outline();
      return outline.length > 0 ? piece(outline, false) : null;
    }
    const { left, right, endCap } = this.tailSides();
    const points: number[][] = this.left.slice(this.pieceLeft);
    for (const p of left) points.push(p);
    for (const p of endCap) points.push(p);
    for (let i = right.length - 1; i >= 0; i--) points.push(right[i]);
    for (let i = this.right.length - 1; i >= this.pieceRight; i--) points.push(this.right[i]);
    return piece(points, true);
  }

  /** The whole outline so far: the same points as `strokeOutline(points, size, simulatePressure, false)`. */
  outline(): number[][] {
    if (!this.pointsFinal || this.state === null) {
      return strokeOutline(this.input as number[], this.size, this.simulatePressure, false);
    }
    const { left, right, endCap } = this.tailSides();
    const all: number[][] = this.left.concat(left, endCap);
    for (let i = right.length - 1; i >= 0; i--) all.push(right[i]);
    for (let i = this.right.length - 1; i >= 0; i--) all.push(this.right[i]);
    return all.concat(this.startCap(this.right[0] ?? right[0]));
  }

  private pressureAt(i: number): number | undefined {
    return this.simulatePressure ? undefined : this.input[i * POINT_STRIDE + 2];
  }

  /** getStrokePoints (with `last: false`) over the whole input; used until the first points are final. */
  private rebuildStrokePoints(count: number): void {
    const pts = this.input;
    const size = this.size;
    const first: StrokePoint = {
      point: [pts[0], pts[1]],
      pressure: validPressure(this.pressureAt(0)) ? (this.pressureAt(0) as number) : DEFAULT_FIRST_PRESSURE,
      vector: [1, 1],
      distance: 0,
      runningLength: 0,
    };
    const out = [first];
    let prev = first;
    let runningLength = 0;
    let reached = false;
    const max = count - 1;
    for (let i = 1; i < count; i++) {
      const x = pts[i * POINT_STRIDE];
      const y = pts[i * POINT_STRIDE + 1];
      const point: Vec = [prev.point[0] + (x - prev.point[0]) * STREAMLINE_T, prev.point[1] + (y - prev.point[1]) * STREAMLINE_T];
      if (prev.point[0] === point[0] && prev.point[1] === point[1]) continue;
      const distance = Math.hypot(point[1] - prev.point[1], point[0] - prev.point[0]);
      runningLength += distance;
      if (i < max && !reached) {
        if (runningLength < size) continue;
        reached = true;
      }
      prev = this.makePoint(prev, point, i, distance, runningLength);
      out.push(prev);
    }
    out[0].vector = out[1]?.vector ?? [0, 0];
    this.strokePoints.length = 0;
    for (const p of out) this.strokePoints.push(p);
    this.runningLength = runningLength;
    this.consumed = count;
    this.pointsFinal = reached;
  }

  /** The same loop, continued: once the minimum length is reached every later point is kept as it comes. */
  private extendStrokePoints(count: number): void {
    const pts = this.input;
    const points = this.strokePoints;
    let prev = points[points.length - 1];
    let runningLength = this.runningLength;
    for (let i = this.consumed; i < count; i++) {
      const x = pts[i * POINT_STRIDE];
      const y = pts[i * POINT_STRIDE + 1];
      const point: Vec = [prev.point[0] + (x - prev.point[0]) * STREAMLINE_T, prev.point[1] + (y - prev.point[1]) * STREAMLINE_T];
      if (prev.point[0] === point[0] && prev.point[1] === point[1]) continue;
      const distance = Math.hypot(point[1] - prev.point[1], point[0] - prev.point[0]);
      runningLength += distance;
      prev = this.makePoint(prev, point, i, distance, runningLength);
      points.push(prev);
    }
    this.runningLength = runningLength;
    this.consumed = count;
  }

  private makePoint(prev: StrokePoint, point: Vec, i: number, distance: number, runningLength: number): StrokePoint {
    const dx = prev.point[0] - point[0];
    const dy = prev.point[1] - point[1];
    const length = Math.hypot(dx, dy);
    const pressure = this.pressureAt(i);
    return {
      point,
      pressure: validPressure(pressure) ? pressure : DEFAULT_PRESSURE,
      vector: [dx / length, dy / length],
      distance,
      runningLength,
    };
  }

  /** Runs the outline over every point that can no longer change, and cuts frozen pieces from it. */
  private advanceOutline(): void {
    const points = this.strokePoints;
    const n = points.length;
    if (n < INITIAL_PRESSURE_POINTS) return;
    if (this.state === null) this.state = this.initialState();
    const totalLength = points[n - 1].runningLength;
    // A point's outline needs the next point's direction, and points within END_NOISE_THRESHOLD of the
    // end are skipped until the line grows past them: both settle as the stroke goes on.
    while (this.processed < n - 1 && !(totalLength - points[this.processed].runningLength < END_NOISE_THRESHOLD)) {
      this.outlineStep(this.processed, false, totalLength, this.state, this.left, this.right);
      this.processed++;
    }
    this.cutPieces();
  }

  private cutPieces(): void {
    const { PIECE_POINTS, PIECE_OVERLAP } = LiveStrokeOutline;
    const lastLeft = this.left.length - 1;
    const lastRight = this.right.length - 1;
    if (this.pieceLeft < 0) {
      if (lastLeft < PIECE_POINTS || lastRight < PIECE_POINTS) return;
      // The first piece is the start of the whole outline, start cap included.
      const points: number[][] = this.left.slice(0, lastLeft + 1);
      for (let i = lastRight; i >= 0; i--) points.push(this.right[i]);
      for (const p of this.startCap(this.right[0])) points.push(p);
      this.pending.push(piece(points, false));
    } else {
      if (lastLeft - this.pieceLeft < PIECE_POINTS || lastRight - this.pieceRight < PIECE_POINTS) return;
      const points: number[][] = this.left.slice(this.pieceLeft, lastLeft + 1);
      for (let i = lastRight; i >= this.pieceRight; i--) points.push(this.right[i]);
      this.pending.push(piece(points, true));
    }
    this.pieceLeft = lastLeft - PIECE_OVERLAP;
    this.pieceRight = lastRight - PIECE_OVERLAP;
  }

  private initialState(): OutlineState {
    const points = this.strokePoints;
    const size = this.size;
    // computeInitialPressure
    let prevPressure = points[0].pressure;
    for (const p of points.slice(0, INITIAL_PRESSURE_POINTS)) {
      const pressure = this.simulatePressure ? simulatePressureStep(prevPressure, p.distance, size) : p.pressure;
      prevPressure = (prevPressure + pressure) / 2;
    }
    return {
      prevPressure,
      radius: size * (0.5 - THINNING * (0.5 - points[points.length - 1].pressure)),
      prevVector: points[0].vector,
      prevLeft: points[0].point,
      prevRight: points[0].point,
      prevSharp: false,
    };
  }

  /** The outline of the points not yet final, from a copy of the state: left and right sides and the end cap. */
  private tailSides(): { left: Vec[]; right: Vec[]; endCap: Vec[] } {
    const points = this.strokePoints;
    const n = points.length;
    const state = { ...(this.state as OutlineState) };
    const left: Vec[] = [];
    const right: Vec[] = [];
    const totalLength = points[n - 1].runningLength;
    for (let i = this.processed; i < n; i++) this.outlineStep(i, i === n - 1, totalLength, state, left, right);
    // drawRoundEndCap
    const center = points[n - 1].point;
    const vector = points[n - 1].vector;
    const direction: Vec = [-vector[1], vector[0]];
    const start: Vec = [center[0] + direction[0] * state.radius, center[1] + direction[1] * state.radius];
    const endCap: Vec[] = [];
    const step = 1 / END_CAP_SEGMENTS;
    for (let t = step; t < 1; t += step) endCap.push(rotAround(start, center, FIXED_PI * 3 * t));
    return { left, right, endCap };
  }

  /** drawRoundStartCap around the first point, from the first point of the right side. */
  private startCap(rightPoint: Vec): Vec[] {
    const center = this.strokePoints[0].point;
    const cap: Vec[] = [];
    const step = 1 / START_CAP_SEGMENTS;
    for (let t = step; t <= 1; t += step) cap.push(rotAround(rightPoint, center, FIXED_PI * t));
    return cap;
  }

  /** One iteration of getStrokeOutlinePoints' loop (no tapers, linear easing). */
  private outlineStep(i: number, isLast: boolean, totalLength: number, st: OutlineState, left: Vec[], right: Vec[]): void {
    const points = this.strokePoints;
    const { point, vector, distance, runningLength } = points[i];
    if (!isLast && totalLength - runningLength < END_NOISE_THRESHOLD) return;
    const size = this.size;
    let pressure = points[i].pressure;
    if (this.simulatePressure) pressure = simulatePressureStep(st.prevPressure, distance, size);
    st.radius = Math.max(MIN_RADIUS, size * (0.5 - THINNING * (0.5 - pressure)) * 1);
    const radius = st.radius;

    const nextVector = (!isLast ? points[i + 1] : points[i]).vector;
    const nextDpr = !isLast ? vector[0] * nextVector[0] + vector[1] * nextVector[1] : 1.0;
    const prevDpr = vector[0] * st.prevVector[0] + vector[1] * st.prevVector[1];
    const isPointSharpCorner = prevDpr < 0 && !st.prevSharp;
    const isNextPointSharpCorner = nextDpr < 0;

    if (isPointSharpCorner || isNextPointSharpCorner) {
      const ox = st.prevVector[1] * radius;
      const oy = -st.prevVector[0] * radius;
      const step = 1 / CORNER_CAP_SEGMENTS;
      let tempLeft = st.prevLeft;
      let tempRight = st.prevRight;
      for (let t = 0; t <= 1; t += step) {
        tempLeft = rotAround([point[0] - ox, point[1] - oy], point, FIXED_PI * t);
        left.push(tempLeft);
        tempRight = rotAround([point[0] + ox, point[1] + oy], point, FIXED_PI * -t);
        right.push(tempRight);
      }
      st.prevLeft = tempLeft;
      st.prevRight = tempRight;
      if (isNextPointSharpCorner) st.prevSharp = true;
      return;
    }
    st.prevSharp = false;

    if (isLast) {
      const ox = vector[1] * radius;
      const oy = -vector[0] * radius;
      left.push([point[0] - ox, point[1] - oy]);
      right.push([point[0] + ox, point[1] + oy]);
      return;
    }

    const lx = nextVector[0] + (vector[0] - nextVector[0]) * nextDpr;
    const ly = nextVector[1] + (vector[1] - nextVector[1]) * nextDpr;
    const ox = ly * radius;
    const oy = -lx * radius;
    const minDistance = Math.pow(size * SMOOTHING, 2);

    const tempLeft: Vec = [point[0] - ox, point[1] - oy];
    if (i <= 1 || distanceSquared(st.prevLeft, tempLeft) > minDistance) {
      left.push(tempLeft);
      st.prevLeft = tempLeft;
    }
    const tempRight: Vec = [point[0] + ox, point[1] + oy];
    if (i <= 1 || distanceSquared(st.prevRight, tempRight) > minDistance) {
      right.push(tempRight);
      st.prevRight = tempRight;
    }
    st.prevPressure = pressure;
    st.prevVector = vector;
  }
}

function distanceSquared(a: Vec, b: Vec): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
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
  return cached(pathCache, stroke, () => outlineToSvgPath(strokeOutline(stroke.points, stroke.size, stroke.simulatePressure, true)));
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

/** The stroke's bounds (see strokeBounds), computed once per stroke object. */
export function cachedBounds(stroke: StrokeItem): StrokeBounds {
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

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  // Collinear and touching cases come out as distance 0 in the endpoint checks, so only proper crossings matter here.
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function segmentSegmentDistanceSquared(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
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
export function segmentHitsStroke(stroke: StrokeItem, ax: number, ay: number, bx: number, by: number, radius: number): boolean {
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
  return someSegment(stroke.points, (px, py, qx, qy) => segmentSegmentDistanceSquared(ax, ay, bx, by, px, py, qx, qy) <= reachSquared);
}

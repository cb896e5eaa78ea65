/**
 * The points of the stroke being drawn, in memory the page and the live ink worker share
 * (a SharedArrayBuffer). The page appends each pointer event's points; the worker reads what is
 * new on each of its own frames. No message crosses between the threads per frame: posting one
 * cost the page about as much as everything else it does for a move, since it wakes the worker's
 * thread, which on a two-core tablet then competes with the page's (docs/BENCHMARKS.md).
 *
 * Browsers give pages shared memory only when they are cross-origin isolated (the COOP and COEP
 * headers in vite.config.ts and docs/HOSTING.md); elsewhere the live ink falls back to a message
 * per frame.
 *
 * Layout: two 32-bit integers (the stroke's number, then how many values are written) followed
 * by the values, x, y and pressure of each point in turn, as 64-bit floats (the pen's numbers,
 * unchanged). The page only ever appends to a stroke and sets the count after the values it
 * covers, with atomic stores; the reader loads the count atomically before reading values, and
 * checks the stroke's number again afterwards, so it never takes one stroke's points for another's.
 */

const STROKE = 0;
const COUNT = 1;
const HEADER_BYTES = 8;

/** Values (three per point) a new buffer holds: a long, slow stroke of about 5,000 points. */
export const INITIAL_CAPACITY = 3 * 5_000;

export function sharedMemoryAvailable(): boolean {
  return typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated === true;
}

export class SharedPoints {
  readonly buffer: SharedArrayBuffer;
  private readonly header: Int32Array;
  private readonly values: Float64Array;

  constructor(bufferOrCapacity: SharedArrayBuffer | number = INITIAL_CAPACITY) {
    this.buffer = typeof bufferOrCapacity === 'number' ? new SharedArrayBuffer(HEADER_BYTES + 8 * bufferOrCapacity) : bufferOrCapacity;
    this.header = new Int32Array(this.buffer, 0, 2);
    this.values = new Float64Array(this.buffer, HEADER_BYTES);
  }

  /** How many values (three per point) fit. */
  get capacity(): number {
    return this.values.length;
  }

  /** The page: stroke `stroke` starts, with nothing written yet. */
  begin(stroke: number): void {
    Atomics.store(this.header, COUNT, 0);
    Atomics.store(this.header, STROKE, stroke);
  }

  /**
   * The page: `points` is the whole stroke so far, of which the first `from` values are written
   * already. Returns false, writing nothing, when the rest does not fit (the caller moves to a
   * larger buffer with `grownFrom`).
   */
  append(points: readonly number[], from: number): boolean {
    if (points.length > this.values.length) return false;
    for (let i = from; i < points.length; i++) this.values[i] = points[i];
    Atomics.store(this.header, COUNT, points.length);
    return true;
  }

  /**
   * The worker: appends to `into` the values of stroke `stroke` it does not have yet. Returns
   * false when the buffer holds another stroke (one newer than the worker has heard of).
   */
  readInto(stroke: number, into: number[]): boolean {
    if (Atomics.load(this.header, STROKE) !== stroke) return false;
    const count = Atomics.load(this.header, COUNT);
    const start = into.length;
    for (let i = start; i < count; i++) into.push(this.values[i]);
    // The page may have begun another stroke while these were read: they were not this stroke's.
    if (Atomics.load(this.header, STROKE) !== stroke) {
      into.length = start;
      return false;
    }
    return true;
  }

  /** The page: a buffer big enough for `needed` values, holding the same stroke and values as `old`. */
  static grownFrom(old: SharedPoints, needed: number): SharedPoints {
    const grown = new SharedPoints(Math.max(needed, 2 * old.capacity));
    const count = Atomics.load(old.header, COUNT);
    grown.values.set(old.values.subarray(0, count));
    Atomics.store(grown.header, COUNT, count);
    Atomics.store(grown.header, STROKE, Atomics.load(old.header, STROKE));
    return grown;
  }
}

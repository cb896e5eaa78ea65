import type { StrokeBounds } from './strokeGeometry';

/** Grid cell edge in page units: a few eraser widths, so one sweep looks at a handful of cells. */
const CELL = 64;

/**
 * A uniform grid over stroke bounds, built once per eraser gesture: each pointer move then looks
 * only at the strokes whose boxes share a cell with the sweep, not at every stroke on the page.
 * On a page of thousands of strokes that keeps a wipe's cost to the strokes near the finger.
 */
export class BoundsGrid<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly boxes = new Map<T, StrokeBounds>();

  constructor(entries: Iterable<readonly [T, StrokeBounds]>) {
    for (const [value, box] of entries) {
      if (!(box.minX <= box.maxX && box.minY <= box.maxY)) continue;
      this.boxes.set(value, box);
      this.forCells(box, (key) => {
        let cell = this.cells.get(key);
        if (!cell) this.cells.set(key, (cell = []));
        cell.push(value);
      });
    }
  }

  /** The values whose boxes overlap `box`, each once. */
  query(box: StrokeBounds): T[] {
    const found = new Set<T>();
    this.forCells(box, (key) => {
      for (const value of this.cells.get(key) ?? []) {
        if (found.has(value)) continue;
        const b = this.boxes.get(value)!;
        if (b.maxX >= box.minX && b.minX <= box.maxX && b.maxY >= box.minY && b.minY <= box.maxY) found.add(value);
      }
    });
    return [...found];
  }

  private forCells(box: StrokeBounds, fn: (key: number) => void): void {
    const x0 = Math.floor(box.minX / CELL);
    const x1 = Math.floor(box.maxX / CELL);
    const y0 = Math.floor(box.minY / CELL);
    const y1 = Math.floor(box.maxY / CELL);
    for (let x = x0; x <= x1; x++) {
      // Keys pack two signed cell numbers; pages are far smaller than 2^15 cells either way.
      for (let y = y0; y <= y1; y++) fn((x + 32768) * 65536 + (y + 32768));
    }
  }
}

/** The box around both (a copy of `b` when `a` is null). */
export function unionBounds(a: StrokeBounds | null, b: StrokeBounds): StrokeBounds {
  if (!a) return { ...b };
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

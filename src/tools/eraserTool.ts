import type { StrokeItem } from '../model/types';
import { replaceStrokes } from '../store/commands';
import { cachedBounds } from '../ink/strokeGeometry';
import type { StrokeBounds } from '../ink/strokeGeometry';
import { cutStroke } from '../ink/strokeCut';
import { BoundsGrid, unionBounds as union } from '../ink/strokeIndex';
import { newId } from '../model/ids';
import type { PagePoint, Tool, ToolContext } from './types';

/** Eraser radius in page units: big enough for a child's finger to hit a thin line. */
export const ERASER_RADIUS = 18;

/**
 * Rubs out the ink it touches, and only that: a stroke wiped across the middle is left as two
 * strokes (new ids, the original's colour and size), one wiped from end to end is gone. What is
 * left of each touched stroke is shown at once and committed as one command on up, so one wipe is
 * one undo step, and undo brings each stroke back whole.
 */
export class EraserTool implements Tool {
  /** Touched strokes (by id) and what is left of each so far: the live layer paints these instead. */
  readonly cut = new Map<string, StrokeItem[]>();
  active = false;
  private last: PagePoint | null = null;
  private grid: BoundsGrid<StrokeItem> | null = null;
  private dirty: StrokeBounds | null = null;
  private touched: StrokeBounds | null = null;

  constructor(private readonly ctx: ToolContext) {}

  down(p: PagePoint): void {
    this.reset();
    this.active = true;
    this.grid = new BoundsGrid(this.ctx.page().items.flatMap((i) => (i.kind === 'stroke' ? [[i, cachedBounds(i)] as const] : [])));
    this.last = p;
    this.hit(p, p);
  }

  move(points: readonly PagePoint[]): void {
    if (!this.active || !this.last) return;
    for (const p of points) {
      this.hit(this.last, p);
      this.last = p;
    }
  }

  up(): void {
    if (!this.active) return;
    const cut = new Map(this.cut);
    this.reset();
    if (cut.size > 0) this.ctx.commit(replaceStrokes(this.ctx.page().id, cut));
    this.ctx.requestPaint();
  }

  /** Puts back what the gesture had rubbed out: its whole area is repainted from the page. */
  cancel(): void {
    const touched = this.touched;
    this.reset();
    this.dirty = touched;
    this.ctx.requestPaint();
  }

  /** The page area whose ink changed since the last call (page units), or null when none did. */
  takeDirty(): StrokeBounds | null {
    const dirty = this.dirty;
    this.dirty = null;
    return dirty;
  }

  private reset(): void {
    this.active = false;
    this.last = null;
    this.grid = null;
    this.cut.clear();
    this.dirty = null;
    this.touched = null;
  }

  private hit(a: PagePoint, b: PagePoint): void {
    if (!this.grid) return;
    const r = ERASER_RADIUS;
    const near = this.grid.query({
      minX: Math.min(a.x, b.x) - r,
      minY: Math.min(a.y, b.y) - r,
      maxX: Math.max(a.x, b.x) + r,
      maxY: Math.max(a.y, b.y) + r,
    });
    let changed = false;
    for (const stroke of near) {
      const before = this.cut.get(stroke.id) ?? [stroke];
      if (before.length === 0) continue;
      const sweep = { ax: a.x, ay: a.y, bx: b.x, by: b.y, reach: r + stroke.size / 2 };
      let touched = false;
      const after: StrokeItem[] = [];
      for (const piece of before) {
        const left = cutStroke(piece.points, sweep);
        if (!left) {
          after.push(piece);
          continue;
        }
        touched = true;
        for (const points of left) after.push({ ...stroke, id: newId(), points });
      }
      if (!touched) continue;
      this.cut.set(stroke.id, after);
      this.dirty = union(this.dirty, cachedBounds(stroke));
      this.touched = union(this.touched, cachedBounds(stroke));
      changed = true;
    }
    if (changed) this.ctx.requestPaint();
  }
}

import type { StrokeItem } from '../model/types';
import { removeItems } from '../store/commands';
import { segmentHitsStroke } from '../ink/strokeGeometry';
import type { PagePoint, Tool, ToolContext } from './types';

/** Eraser radius in page units: big enough for a child's finger to hit a thin line. */
export const ERASER_RADIUS = 18;

/**
 * Removes whole strokes it touches. Touched strokes are hidden at once and removed in one
 * command on up, so one wipe is one undo step.
 */
export class EraserTool implements Tool {
  readonly hidden = new Set<string>();
  active = false;
  private last: PagePoint | null = null;

  constructor(private readonly ctx: ToolContext) {}

  down(p: PagePoint): void {
    this.active = true;
    this.hidden.clear();
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
    this.active = false;
    this.last = null;
    if (this.hidden.size > 0) this.ctx.commit(removeItems(this.ctx.page().id, [...this.hidden]));
    this.hidden.clear();
    this.ctx.requestPaint();
  }

  cancel(): void {
    this.active = false;
    this.last = null;
    this.hidden.clear();
    this.ctx.requestPaint();
  }

  private hit(a: PagePoint, b: PagePoint): void {
    let changed = false;
    for (const item of this.ctx.page().items) {
      if (item.kind !== 'stroke' || this.hidden.has(item.id)) continue;
      if (segmentHitsStroke(item as StrokeItem, a.x, a.y, b.x, b.y, ERASER_RADIUS)) {
        this.hidden.add(item.id);
        changed = true;
      }
    }
    if (changed) this.ctx.requestPaint();
  }
}

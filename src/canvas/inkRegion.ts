import type { StrokeItem } from '../model/types';
import { cachedBounds } from '../ink/strokeGeometry';
import type { StrokeBounds } from '../ink/strokeGeometry';
import { paintStroke } from './strokePaint';
import { unionBounds } from '../ink/strokeIndex';

const overlaps = (a: StrokeBounds, b: StrokeBounds): boolean => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

/**
 * Repaints one area of the committed ink: clears it (whole device pixels, so no half-cleared edge
 * is left) and fills, in paint order, every stroke whose box reaches into it, each touched stroke
 * replaced by what the eraser has left of it (`cut`). The rest of the canvas is not touched, so
 * rubbing out a line on a page of thousands of strokes costs the strokes near the finger.
 * `zoom` is page units to canvas pixels.
 */
export function repaintRegion(
  ctx: CanvasRenderingContext2D,
  zoom: number,
  strokes: readonly StrokeItem[],
  box: StrokeBounds,
  cut?: ReadonlyMap<string, readonly StrokeItem[]>,
): void {
  const { width, height } = ctx.canvas;
  const x0 = Math.max(0, Math.floor(box.minX * zoom) - 2);
  const y0 = Math.max(0, Math.floor(box.minY * zoom) - 2);
  const x1 = Math.min(width, Math.ceil(box.maxX * zoom) + 2);
  const y1 = Math.min(height, Math.ceil(box.maxY * zoom) + 2);
  if (x1 <= x0 || y1 <= y0) return;
  const area = { minX: x0 / zoom, minY: y0 / zoom, maxX: x1 / zoom, maxY: y1 / zoom };
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  ctx.rect(x0, y0, x1 - x0, y1 - y0);
  ctx.clip();
  ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
  ctx.setTransform(zoom, 0, 0, zoom, 0, 0);
  for (const stroke of strokes) {
    if (!overlaps(cachedBounds(stroke), area)) continue;
    const pieces = cut?.get(stroke.id);
    if (pieces) for (const piece of pieces) paintStroke(ctx, piece);
    else paintStroke(ctx, stroke);
  }
  ctx.restore();
}

/**
 * The area where two versions of a page's strokes differ (strokes in one and not the other, by
 * identity), or null when they are the same. Undo, redo and the eraser change a few strokes of a
 * page: only their area needs repainting.
 */
export function changedArea(prev: readonly StrokeItem[], next: readonly StrokeItem[]): StrokeBounds | null {
  const before = new Set(prev);
  const after = new Set(next);
  let box: StrokeBounds | null = null;
  for (const s of prev) if (!after.has(s)) box = unionBounds(box, cachedBounds(s));
  for (const s of next) if (!before.has(s)) box = unionBounds(box, cachedBounds(s));
  return box;
}

/** True when the paint order of the strokes both versions share is the same (only then is a partial repaint right). */
export function sameOrder(prev: readonly StrokeItem[], next: readonly StrokeItem[]): boolean {
  const after = new Set(next);
  const before = new Set(prev);
  const a = prev.filter((s) => after.has(s));
  const b = next.filter((s) => before.has(s));
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

import type { StrokeItem } from '../model/types';
import { strokeOutline, traceOutline } from '../ink/strokeGeometry';

/**
 * Path2D per committed stroke, traced once from its outline straight into the path (no SVG string
 * to build and parse). Filling a Path2D is the cheapest way to repaint thousands of strokes: no
 * Konva node per stroke, no re-parse.
 */
const pathCache = new WeakMap<StrokeItem, { points: number[]; length: number; path: Path2D }>();

export function strokePath2D(stroke: StrokeItem): Path2D {
  const hit = pathCache.get(stroke);
  if (hit && hit.points === stroke.points && hit.length === stroke.points.length) return hit.path;
  const path = new Path2D();
  traceOutline(path, strokeOutline(stroke.points, stroke.size, stroke.simulatePressure, true));
  pathCache.set(stroke, { points: stroke.points, length: stroke.points.length, path });
  return path;
}

export function paintStroke(ctx: CanvasRenderingContext2D, stroke: StrokeItem): void {
  ctx.fillStyle = stroke.color;
  ctx.fill(strokePath2D(stroke));
}

/** Runs `step` when the page is idle (or soon, where requestIdleCallback is missing, as in older Safari). */
export function whenIdle(step: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 2000 });
  else setTimeout(step, 50);
}

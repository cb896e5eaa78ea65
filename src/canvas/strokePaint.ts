import type { StrokeItem } from '../model/types';
import { outlineToSvgPath, strokeOutline, strokePath } from '../ink/strokeGeometry';

/**
 * Path2D per committed stroke, built once from the cached SVG path. Filling a Path2D is
 * the cheapest way to repaint thousands of strokes: no Konva node per stroke, no re-parse.
 */
const pathCache = new WeakMap<StrokeItem, Path2D>();

export function strokePath2D(stroke: StrokeItem): Path2D {
  let path = pathCache.get(stroke);
  if (!path) {
    path = new Path2D(strokePath(stroke));
    pathCache.set(stroke, path);
  }
  return path;
}

export function paintStroke(ctx: CanvasRenderingContext2D, stroke: StrokeItem): void {
  ctx.fillStyle = stroke.color;
  ctx.fill(strokePath2D(stroke));
}

/** The stroke still being drawn: its outline changes every frame, so it is never cached. */
export function paintLiveStroke(
  ctx: CanvasRenderingContext2D,
  points: number[],
  color: string,
  size: number,
  simulatePressure: boolean,
): void {
  if (points.length < 3) return;
  ctx.fillStyle = color;
  ctx.fill(new Path2D(outlineToSvgPath(strokeOutline(points, size, simulatePressure, false))));
}

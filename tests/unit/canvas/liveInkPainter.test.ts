import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveInkPainter, TILE_PX, tileGrid } from '../../../src/canvas/liveInkPainter';
import type { TileContext } from '../../../src/canvas/liveInkPainter';

/** A path that remembers its points, standing in for the browser's Path2D (jsdom has none). */
class RecordingPath {
  points: [number, number][] = [];
  moveTo(x: number, y: number) {
    this.points.push([x, y]);
  }
  lineTo(x: number, y: number) {
    this.points.push([x, y]);
  }
  quadraticCurveTo(_cx: number, _cy: number, x: number, y: number) {
    this.points.push([x, y]);
  }
  closePath() {}
  addPath(other: RecordingPath) {
    this.points.push(...other.points);
  }
}

/** A tile's context that keeps what was cleared and filled. */
function recordingContext() {
  const calls = { fills: [] as RecordingPath[], clears: [] as number[][], fillStyle: '' };
  const ctx = {
    setTransform: () => undefined,
    clearRect: (...args: number[]) => calls.clears.push(args),
    save: () => undefined,
    restore: () => undefined,
    beginPath: () => undefined,
    rect: () => undefined,
    clip: () => undefined,
    fill: (path: RecordingPath) => {
      calls.fills.push(path);
      calls.fillStyle = ctx.fillStyle;
    },
    fillStyle: '',
  };
  return { ctx: ctx as unknown as TileContext, calls };
}

/** A stroke across the page from x0 to x1 at height y, as the pen's flat x, y, pressure triplets. */
function line(x0: number, x1: number, y: number, steps = 40): number[] {
  const points: number[] = [];
  for (let i = 0; i <= steps; i++) points.push(x0 + ((x1 - x0) * i) / steps, y, 0.5);
  return points;
}

describe('LiveInkPainter', () => {
  beforeEach(() => vi.stubGlobal('Path2D', RecordingPath));
  afterEach(() => vi.unstubAllGlobals());

  it('covers the drawing area with tiles of at most TILE_PX, the last ones cut to the edge', () => {
    const { cols, boxes } = tileGrid(1200, 700);
    expect(cols).toBe(Math.ceil(1200 / TILE_PX));
    expect(boxes).toHaveLength(cols * Math.ceil(700 / TILE_PX));
    expect(boxes.at(-1)).toEqual({ x: 2 * TILE_PX, y: TILE_PX, w: 1200 - 2 * TILE_PX, h: 700 - TILE_PX });
  });

  it('paints a stroke only on the tiles it crosses, in its colour, and wipes them when cleared', () => {
    const { cols, boxes } = tileGrid(1200, 700);
    const tiles = boxes.map(() => recordingContext());
    // One page unit is one device pixel.
    const painter = new LiveInkPainter(boxes, cols, 1200, 700, 1, (i) => tiles[i].ctx);
    painter.begin('#123456', 6, false);
    const points = line(20, 700, 100);
    for (let n = 9; n <= points.length; n += 9) painter.update(points.slice(0, n));

    const touched = tiles.map((t) => t.calls.fills.length > 0);
    // The line runs along the top row, from the first tile into the second.
    expect(touched).toEqual(boxes.map((box) => box.y === 0 && box.x < 700));
    expect(tiles[0].calls.fillStyle).toBe('#123456');
    // What was filled reaches close to the stroke's far end (the outline's smoothing trails the
    // finger by a few points until it lifts).
    const reach = Math.max(...tiles[1].calls.fills.flatMap((path) => path.points.map(([x]) => x)));
    expect(reach).toBeGreaterThan(640);
    expect(painter.inked).toBe(true);

    for (const tile of tiles) tile.calls.clears.length = 0;
    painter.clear();
    expect(painter.inked).toBe(false);
    // Each inked tile is wiped whole; the others are left alone.
    expect(tiles.map((t) => t.calls.clears.length > 0)).toEqual(touched);
    expect(tiles[0].calls.clears[0]).toEqual([0, 0, boxes[0].w, boxes[0].h]);
  });

  it('redraws only near the end of the stroke as it grows, not the whole stroke again', () => {
    const { cols, boxes } = tileGrid(1200, 700);
    const tiles = boxes.map(() => recordingContext());
    const painter = new LiveInkPainter(boxes, cols, 1200, 700, 1, (i) => tiles[i].ctx);
    painter.begin('#000000', 6, false);
    const points = line(20, 1100, 100, 200);
    for (let n = 9; n <= points.length; n += 9) painter.update(points.slice(0, n));
    // The last tile the stroke reached was never cleared as a whole while it was drawn: each
    // update clears only the small area that changed.
    const widest = Math.max(...tiles[2].calls.clears.map(([, , w]) => w));
    expect(widest).toBeLessThan(120);
  });
});

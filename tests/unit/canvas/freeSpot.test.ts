import { PAGE_HEIGHT, PAGE_WIDTH } from '../../../src/model/types';
import { freeSpot, inkCells } from '../../../src/canvas/freeSpot';
import type { Box } from '../../../src/canvas/freeSpot';

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A line of points from (x0, y0) to (x1, y1), as a stroke's flat [x, y, pressure] list. */
function line(x0: number, y0: number, x1: number, y1: number, size = 12) {
  const points: number[] = [];
  for (let t = 0; t <= 1; t += 0.01) points.push(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 0.5);
  return { points, size };
}

describe('freeSpot', () => {
  it('puts things tapped one after another each on its own spot, the first where asked', () => {
    const taken: Box[] = [];
    const first = freeSpot(taken, 100, 100, { x: 550, y: 350 });
    expect(first).toEqual({ x: 550, y: 350 });
    for (let i = 0; i < 12; i++) {
      const spot = freeSpot(taken, 100, 100, { x: 550, y: 350 });
      const box = { ...spot, w: 100, h: 100 };
      for (const other of taken) expect(overlap(box, other)).toBe(false);
      taken.push(box);
    }
  });

  it("keeps a new word card off the child's drawing when there is room", () => {
    // The child drew across the top-left, where words go first.
    const ink = inkCells([line(0, 60, 700, 60), line(60, 0, 60, 500)]);
    const spot = freeSpot([], 420, 160, { x: 40, y: 40 }, ink);
    expect(ink.covers({ ...spot, w: 420, h: 160 })).toBe(false);
    // Without the ink it would have gone right over the lines.
    expect(freeSpot([], 420, 160, { x: 40, y: 40 })).toEqual({ x: 40, y: 40 });
    expect(ink.covers({ x: 40, y: 40, w: 420, h: 160 })).toBe(true);
  });

  it('covers ink before it covers another card, when the page is full of drawing', () => {
    const scribble = [];
    for (let y = 0; y <= PAGE_HEIGHT; y += 30) scribble.push(line(0, y, PAGE_WIDTH, y));
    const ink = inkCells(scribble);
    const card: Box = { x: 40, y: 40, w: 420, h: 160 };
    const spot = freeSpot([card], 420, 160, { x: 40, y: 40 }, ink);
    expect(overlap({ ...spot, w: 420, h: 160 }, card)).toBe(false);
  });

  it('counts the line between two far-apart points as ink', () => {
    const ink = inkCells([{ points: [0, 100, 0.5, 1000, 100, 0.5], size: 8 }]);
    expect(ink.covers({ x: 480, y: 80, w: 40, h: 40 })).toBe(true);
    expect(ink.covers({ x: 480, y: 200, w: 40, h: 40 })).toBe(false);
  });

  it('reads a page of 2,000 strokes into the grid, and an empty page has no ink', () => {
    const strokes = Array.from({ length: 2000 }, (_, i) => line((i * 7) % 1100, (i * 13) % 700, ((i * 7) % 1100) + 50, ((i * 13) % 700) + 40));
    const ink = inkCells(strokes);
    expect(ink.any).toBe(true);
    expect(ink.covers({ x: 0, y: 0, w: PAGE_WIDTH, h: PAGE_HEIGHT })).toBe(true);
    expect(inkCells([]).any).toBe(false);
    expect(inkCells([]).covers({ x: 0, y: 0, w: PAGE_WIDTH, h: PAGE_HEIGHT })).toBe(false);
  });
});

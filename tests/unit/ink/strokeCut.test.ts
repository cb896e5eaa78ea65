import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRUMB, cutStroke, touchedInterval } from '../../../src/ink/strokeCut';
import { BoundsGrid } from '../../../src/ink/strokeIndex';

const sweep = (ax: number, ay: number, bx: number, by: number, reach: number) => ({ ax, ay, bx, by, reach });

describe('cutting strokes', () => {
  it('finds the part of a segment within reach of the eraser', () => {
    const [t0, t1] = touchedInterval(0, 0, 100, 0, sweep(50, -50, 50, 50, 10))!;
    expect(t0).toBeCloseTo(0.4, 5);
    expect(t1).toBeCloseTo(0.6, 5);
    expect(touchedInterval(0, 0, 100, 0, sweep(50, 20, 50, 50, 10))).toBeNull();
    // A sparse segment (two points far apart) is still cut where the eraser crossed it.
    expect(touchedInterval(0, 0, 1000, 0, sweep(500, 5, 500, 5, 10))).not.toBeNull();
  });

  it('splits a line in two, one cut point added at each edge', () => {
    const pieces = cutStroke([0, 0, 0.5, 100, 0, 0.5], sweep(50, -50, 50, 50, 10))!;
    expect(pieces).toEqual([
      [0, 0, 0.5, 40, 0, 0.5],
      [60, 0, 0.5, 100, 0, 0.5],
    ]);
  });

  it('returns null when untouched and nothing when all is rubbed out', () => {
    expect(cutStroke([0, 0, 0.5, 100, 0, 0.5], sweep(50, 30, 60, 30, 10))).toBeNull();
    expect(cutStroke([0, 0, 0.5, 10, 0, 0.5], sweep(5, 0, 5, 0, 20))).toEqual([]);
    expect(cutStroke([5, 5, 0.5], sweep(0, 0, 0, 0, 10))).toEqual([]);
  });

  it('never leaves a kept point within reach, nor drops one outside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })), { minLength: 2, maxLength: 30 }),
        fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })),
        fc.integer({ min: 2, max: 40 }),
        (xy, [ax, ay, bx, by], reach) => {
          const points = xy.flatMap(([x, y]) => [x, y, 0.5]);
          const s = sweep(ax, ay, bx, by, reach);
          const pieces = cutStroke(points, s) ?? [points];
          const dist = (x: number, y: number) => {
            const dx = bx - ax;
            const dy = by - ay;
            const l = dx * dx + dy * dy;
            const t = l === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l));
            return Math.hypot(ax + t * dx - x, ay + t * dy - y);
          };
          for (const piece of pieces) {
            for (let i = 0; i < piece.length; i += 3) expect(dist(piece[i], piece[i + 1])).toBeGreaterThan(reach - 0.02);
          }
          const kept = new Set(pieces.flatMap((p) => p.map(String)));
          // A point just outside the reach can go with a crumb (a piece shorter than CRUMB between
          // the cut and it, which is dropped); any point further out is kept.
          for (const [x, y] of xy) if (dist(x, y) > reach + CRUMB + 0.01) expect(kept.has(String(x))).toBe(true);
        },
      ),
    );
  });
});

describe('the bounds grid', () => {
  it('finds only the boxes near the query', () => {
    const grid = new BoundsGrid([
      ['a', { minX: 0, minY: 0, maxX: 10, maxY: 10 }],
      ['b', { minX: 500, minY: 500, maxX: 520, maxY: 520 }],
      ['c', { minX: 0, minY: 0, maxX: 1200, maxY: 800 }],
    ] as const);
    expect(grid.query({ minX: 5, minY: 5, maxX: 6, maxY: 6 }).sort()).toEqual(['a', 'c']);
    expect(grid.query({ minX: 505, minY: 505, maxX: 506, maxY: 506 }).sort()).toEqual(['b', 'c']);
  });
});

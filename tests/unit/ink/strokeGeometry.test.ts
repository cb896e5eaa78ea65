import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { getStroke } from 'perfect-freehand';
import type * as PerfectFreehand from 'perfect-freehand';
import {
  LiveStrokeOutline,
  outlineToSvgPath,
  segmentHitsStroke,
  strokeBounds,
  strokeHitsCircle,
  strokeOutline,
  strokePath,
  traceOutline,
} from '../../../src/ink/strokeGeometry';
import type { OutlinePiece, PathSink } from '../../../src/ink/strokeGeometry';
import type { StrokeItem } from '../../../src/model/types';

// The real perfect-freehand, wrapped so tests can count how often outlines are computed.
vi.mock('perfect-freehand', async (importOriginal) => {
  const actual = await importOriginal<typeof PerfectFreehand>();
  return { ...actual, getStroke: vi.fn(actual.getStroke) };
});
const getStrokeCalls = vi.mocked(getStroke);

let nextId = 1;

/** A stroke through the given [x, y] points (pressure 0.5 unless given as a third value). */
function stroke(xy: readonly (readonly number[])[], { size = 8, simulatePressure = true }: { size?: number; simulatePressure?: boolean } = {}): StrokeItem {
  return {
    id: `s${nextId++}`,
    kind: 'stroke',
    points: xy.flatMap(([x, y, pressure = 0.5]) => [x, y, pressure]),
    color: '#222222',
    size,
    simulatePressure,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

/** A gentle wave from (100, 100) to the right, one point every 5 units. */
const wave = (count = 40, pressure = 0.5): number[][] => Array.from({ length: count }, (_, i) => [100 + i * 5, 100 + Math.sin(i / 4) * 20, pressure]);

const widthOf = (outline: number[][]): number => {
  const ys = outline.map((p) => p[1]);
  return Math.max(...ys) - Math.min(...ys);
};

describe('strokeOutline', () => {
  it('outlines a stroke of two or more points with finite 2D points', () => {
    const outline = strokeOutline(stroke(wave()).points, 8, true);
    expect(outline.length).toBeGreaterThan(10);
    for (const point of outline) {
      expect(point).toHaveLength(2);
      expect(point.every(Number.isFinite)).toBe(true);
    }
  });

  it('outlines a two-point stroke', () => {
    expect(strokeOutline([10, 10, 0.5, 60, 10, 0.5], 8, true).length).toBeGreaterThan(4);
  });

  it('draws a single point as a round dot about `size` across', () => {
    const outline = strokeOutline([200, 300, 0.5], 10, true);
    expect(outline.length).toBeGreaterThan(8);
    for (const [x, y] of outline) {
      const distance = Math.hypot(x - 200, y - 300);
      expect(distance).toBeGreaterThan(2);
      expect(distance).toBeLessThan(10);
    }
  });

  it('gives nothing for no points', () => {
    expect(strokeOutline([], 8, true)).toEqual([]);
  });

  it('passes real pen pressure through: a hard line is wider than a light one', () => {
    const hard = strokeOutline(stroke(wave(40, 1).map(([x]) => [x, 100, 1])).points, 10, false);
    const light = strokeOutline(stroke(wave(40, 0.1).map(([x]) => [x, 100, 0.1])).points, 10, false);
    expect(widthOf(hard)).toBeGreaterThan(widthOf(light) * 1.5);
  });

  it('ignores stored placeholder pressure when pressure is simulated', () => {
    const line = (pressure: number) => wave(40, pressure).map(([x]) => [x, 100, pressure]);
    expect(strokeOutline(stroke(line(1)).points, 10, true)).toEqual(strokeOutline(stroke(line(0.1)).points, 10, true));
  });

  it('never changes the input points', () => {
    const item = stroke(wave());
    const before = [...item.points];
    strokeOutline(item.points, 8, false, false);
    strokePath(item);
    expect(item.points).toEqual(before);
  });
});

describe('outlineToSvgPath', () => {
  it('is empty for an empty outline', () => {
    expect(outlineToSvgPath([])).toBe('');
  });

  it('runs quadratic curves through midpoints and closes the shape', () => {
    const path = outlineToSvgPath([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 4],
    ]);
    expect(path).toBe('M0.00,0.00 Q10.00,0.00 10.00,5.00 T5.00,10.00 0.00,7.00 Z');
  });

  it('stays a valid closed path for very short outlines', () => {
    expect(outlineToSvgPath([[1, 2]])).toBe('M1.00,2.00 Z');
    expect(
      outlineToSvgPath([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('M1.00,2.00 L3.00,4.00 Z');
    expect(
      outlineToSvgPath([
        [0, 0],
        [10, 0],
        [10, 10],
      ]),
    ).toBe('M0.00,0.00 Q10.00,0.00 10.00,5.00 Z');
  });

  it('turns a real stroke into one closed path', () => {
    const path = outlineToSvgPath(strokeOutline(stroke(wave()).points, 8, true));
    expect(path).toMatch(/^M[\d.-]+,[\d.-]+ Q/);
    expect(path).toContain(' T');
    expect(path.endsWith(' Z')).toBe(true);
    expect(path.match(/M/g)).toHaveLength(1);
    expect(path).not.toMatch(/NaN|Infinity/);
  });
});

describe('strokePath', () => {
  it('is a closed path for 2+ points and for a single-point dot', () => {
    expect(strokePath(stroke(wave()))).toMatch(/^M.* Z$/);
    expect(strokePath(stroke([[50, 50]]))).toMatch(/^M.* Z$/);
  });

  it('is empty for a stroke without points', () => {
    expect(strokePath(stroke([]))).toBe('');
  });

  it('computes each committed stroke once and returns the cached string after that', () => {
    const item = stroke(wave());
    getStrokeCalls.mockClear();
    const first = strokePath(item);
    const second = strokePath(item);
    expect(second).toBe(first);
    expect(getStrokeCalls).toHaveBeenCalledTimes(1);
  });

  it('caches per stroke object', () => {
    const item = stroke(wave());
    const copy = { ...item, points: [...item.points] };
    getStrokeCalls.mockClear();
    expect(strokePath(copy)).toBe(strokePath(item));
    expect(getStrokeCalls).toHaveBeenCalledTimes(2);
  });

  it('recomputes when points were appended in place', () => {
    const item = stroke(wave(10));
    const before = strokePath(item);
    item.points.push(400, 400, 0.5);
    expect(strokePath(item)).not.toBe(before);
  });
});

describe('strokeBounds', () => {
  it('pads the centre line by the size', () => {
    expect(strokeBounds([10, 20, 0.5, 50, 5, 0.5, 30, 40, 0.5], 6)).toEqual({ minX: 4, minY: -1, maxX: 56, maxY: 46 });
  });

  it('covers a single point', () => {
    expect(strokeBounds([100, 200, 0.5], 10)).toEqual({ minX: 90, minY: 190, maxX: 110, maxY: 210 });
  });

  it('contains the whole drawn outline', () => {
    const item = stroke(wave(40, 1), { size: 12, simulatePressure: false });
    const bounds = strokeBounds(item.points, item.size);
    for (const [x, y] of strokeOutline(item.points, item.size, false)) {
      expect(x).toBeGreaterThanOrEqual(bounds.minX);
      expect(x).toBeLessThanOrEqual(bounds.maxX);
      expect(y).toBeGreaterThanOrEqual(bounds.minY);
      expect(y).toBeLessThanOrEqual(bounds.maxY);
    }
  });

  it('is an empty (inverted) box for no points', () => {
    const bounds = strokeBounds([], 8);
    expect(bounds.minX).toBeGreaterThan(bounds.maxX);
    expect(bounds.minY).toBeGreaterThan(bounds.maxY);
  });
});

describe('strokeHitsCircle (eraser)', () => {
  // Size 8: the ink reaches 4 units either side of the centre line.
  const line = stroke(
    [
      [0, 0],
      [100, 0],
      [100, 100],
    ],
    { size: 8 },
  );

  it('hits on and near the line', () => {
    expect(strokeHitsCircle(line, 50, 0, 1)).toBe(true);
    expect(strokeHitsCircle(line, 50, 6, 2)).toBe(true);
    expect(strokeHitsCircle(line, 104, 50, 0.5)).toBe(true);
  });

  it('misses just beyond radius + size / 2', () => {
    expect(strokeHitsCircle(line, 50, 6.5, 2)).toBe(false);
    expect(strokeHitsCircle(line, 50, 50, 10)).toBe(false);
  });

  it('misses far away (the bounds reject)', () => {
    expect(strokeHitsCircle(line, 900, 700, 20)).toBe(false);
    expect(strokeHitsCircle(line, -500, 0, 20)).toBe(false);
  });

  it('hits a segment between two sparse vertices, far from both', () => {
    const fast = stroke(
      [
        [0, 400],
        [1200, 400],
      ],
      { size: 10 },
    );
    expect(strokeHitsCircle(fast, 600, 410, 6)).toBe(true);
    expect(strokeHitsCircle(fast, 600, 412, 6)).toBe(false);
  });

  it('hits a single-point dot', () => {
    const dot = stroke([[300, 300]], { size: 10 });
    expect(strokeHitsCircle(dot, 308, 300, 4)).toBe(true);
    expect(strokeHitsCircle(dot, 310, 300, 4)).toBe(false);
  });

  it('never hits an empty stroke', () => {
    expect(strokeHitsCircle(stroke([]), 0, 0, 1000)).toBe(false);
  });
});

describe('segmentHitsStroke (eraser moving between events)', () => {
  const line = stroke(
    [
      [0, 400],
      [1200, 400],
    ],
    { size: 10 },
  );

  it('hits a stroke the eraser swept across, though both eraser positions are far from it', () => {
    expect(segmentHitsStroke(line, 600, 100, 600, 700, 2)).toBe(true);
    expect(strokeHitsCircle(line, 600, 100, 2)).toBe(false);
    expect(strokeHitsCircle(line, 600, 700, 2)).toBe(false);
  });

  it('hits when the sweep passes close by without crossing', () => {
    expect(segmentHitsStroke(line, 100, 410, 900, 408, 6)).toBe(true);
    expect(segmentHitsStroke(line, 100, 412, 900, 412, 6)).toBe(false);
  });

  it('hits when the sweep runs along the stroke (collinear)', () => {
    expect(segmentHitsStroke(line, 300, 400, 500, 400, 1)).toBe(true);
  });

  it('misses sweeps beyond the ends of the stroke', () => {
    expect(segmentHitsStroke(line, 1220, 0, 1220, 800, 5)).toBe(false);
  });

  it('hits a zigzag stroke between its sparse vertices', () => {
    const zigzag = stroke(
      [
        [0, 0],
        [200, 200],
        [400, 0],
      ],
      { size: 4 },
    );
    expect(segmentHitsStroke(zigzag, 0, 100, 400, 100, 1)).toBe(true);
    expect(segmentHitsStroke(zigzag, 0, 300, 400, 300, 1)).toBe(false);
  });

  it('treats a zero-length sweep like a circle', () => {
    const xy = fc.tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 800 }));
    fc.assert(
      fc.property(fc.array(xy, { minLength: 1, maxLength: 8 }), xy, fc.integer({ min: 1, max: 60 }), (points, [x, y], radius) => {
        const item = stroke(points, { size: 8 });
        expect(segmentHitsStroke(item, x, y, x, y, radius)).toBe(strokeHitsCircle(item, x, y, radius));
      }),
    );
  });

  it('hits whenever the eraser touches the stroke at either end of its sweep', () => {
    const xy = fc.tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 800 }));
    fc.assert(
      fc.property(fc.array(xy, { minLength: 1, maxLength: 8 }), xy, xy, fc.integer({ min: 1, max: 60 }), (points, a, b, radius) => {
        const item = stroke(points, { size: 8 });
        if (strokeHitsCircle(item, a[0], a[1], radius) || strokeHitsCircle(item, b[0], b[1], radius)) {
          expect(segmentHitsStroke(item, a[0], a[1], b[0], b[1], radius)).toBe(true);
        }
      }),
    );
  });
});

/** Records what is traced, one string per command, so traced shapes can be compared exactly. */
function recorder(): PathSink & { commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    moveTo: (x, y) => commands.push(`M${x},${y}`),
    lineTo: (x, y) => commands.push(`L${x},${y}`),
    quadraticCurveTo: (cx, cy, x, y) => commands.push(`Q${cx},${cy} ${x},${y}`),
    closePath: () => commands.push('Z'),
  };
}

describe('traceOutline', () => {
  it('traces the same curves as outlineToSvgPath, without building a string', () => {
    const sink = recorder();
    traceOutline(sink, [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 4],
    ]);
    // 'M0.00,0.00 Q10.00,0.00 10.00,5.00 T5.00,10.00 0.00,7.00 Z': each T reflects the last control point.
    expect(sink.commands).toEqual(['M0,0', 'Q10,0 10,5', 'Q10,10 5,10', 'Q0,10 0,7', 'Z']);
  });

  it('draws nothing for an empty outline and straight lines for one or two points', () => {
    const empty = recorder();
    traceOutline(empty, []);
    expect(empty.commands).toEqual([]);
    const two = recorder();
    traceOutline(two, [
      [1, 2],
      [3, 4],
    ]);
    expect(two.commands).toEqual(['M1,2', 'L3,4', 'Z']);
  });
});

describe('LiveStrokeOutline (the stroke being drawn)', () => {
  /** Feeds `xy` into one growing array in batches, as pointer events arrive between frames. */
  function draw(
    xy: readonly (readonly number[])[],
    { size = 8, simulatePressure = true, batch = 2 }: { size?: number; simulatePressure?: boolean; batch?: number } = {},
    onFrame?: (live: LiveStrokeOutline, points: number[]) => void,
  ): { live: LiveStrokeOutline; points: number[]; frozen: OutlinePiece[] } {
    const live = new LiveStrokeOutline(size, simulatePressure);
    const points: number[] = [];
    const frozen: OutlinePiece[] = [];
    for (let i = 0; i < xy.length; i += batch) {
      for (const [x, y, pressure = 0.5] of xy.slice(i, i + batch)) points.push(x, y, pressure);
      live.update(points);
      frozen.push(...live.takeFrozen());
      onFrame?.(live, points);
    }
    return { live, points, frozen };
  }

  const step = fc.tuple(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true }));
  const walk = fc.tuple(fc.array(step, { minLength: 1, maxLength: 120 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([steps, pressure]) => {
    let x = 600;
    let y = 400;
    return steps.map(([dx, dy], i) => {
      // Some points repeat the last one exactly, as pointer events do when only pressure changes.
      if (i % 7 !== 3) {
        x += dx;
        y += dy;
      }
      return [x, y, Math.abs(Math.sin(i + pressure))];
    });
  });

  it("is exactly perfect-freehand's live outline after every frame, for any stroke", () => {
    fc.assert(
      fc.property(walk, fc.constantFrom(4, 8, 16, 30), fc.boolean(), fc.integer({ min: 1, max: 4 }), (xy, size, simulatePressure, batch) => {
        draw(xy, { size, simulatePressure, batch }, (live, points) => {
          expect(live.outline()).toEqual(strokeOutline([...points], size, simulatePressure, false));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('matches for a slow wobbly start, sharp turns back and a long line', () => {
    const xy: number[][] = [];
    for (let i = 0; i < 30; i++) xy.push([100 + (i % 2) * 0.3, 100 + (i % 3) * 0.2]);
    for (let i = 0; i < 200; i++) xy.push([100 + i * 3, 100 + (Math.floor(i / 20) % 2 === 0 ? i % 20 : 20 - (i % 20)) * 6]);
    for (let i = 0; i < 40; i++) xy.push([700 - i * 5, 200]);
    draw(xy, { size: 16, batch: 3 }, (live, points) => {
      expect(live.outline()).toEqual(strokeOutline([...points], 16, true, false));
    });
  });

  it('hands out frozen pieces and a tail that trace every curve of the whole outline', () => {
    fc.assert(
      fc.property(walk, fc.constantFrom(4, 8, 16), fc.boolean(), (xy, size, simulatePressure) => {
        const { live, frozen } = draw(xy, { size, simulatePressure });
        const traced = new Set<string>();
        for (const part of [...frozen, live.tail()]) {
          if (!part) continue;
          const sink = recorder();
          part.trace(sink);
          for (const command of sink.commands) traced.add(command);
        }
        const whole = recorder();
        traceOutline(whole, live.outline());
        for (const command of whole.commands) {
          if (command.startsWith('Q')) expect(traced).toContain(command);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps everything a piece draws inside its bounds', () => {
    const { live, frozen } = draw(wave(200), { size: 12 });
    expect(frozen.length).toBeGreaterThan(5);
    for (const part of [...frozen, live.tail()!]) {
      const { minX, minY, maxX, maxY } = part.bounds;
      const sink = recorder();
      part.trace(sink);
      for (const command of sink.commands) {
        for (const [x, y] of command
          .slice(1)
          .split(' ')
          .filter(Boolean)
          .map((xy) => xy.split(',').map(Number))) {
          expect(x).toBeGreaterThanOrEqual(minX);
          expect(x).toBeLessThanOrEqual(maxX);
          expect(y).toBeGreaterThanOrEqual(minY);
          expect(y).toBeLessThanOrEqual(maxY);
        }
      }
    }
  });

  it('redraws a tail of the same small size however long the stroke gets', () => {
    const tailSizes: number[] = [];
    draw(wave(1200), { size: 8 }, (live) => {
      const tail = live.tail();
      if (tail && live.hasFrozen) {
        const sink = recorder();
        tail.trace(sink);
        tailSizes.push(sink.commands.length);
      }
    });
    expect(tailSizes.length).toBeGreaterThan(500);
    expect(Math.max(...tailSizes)).toBeLessThan(80);
  });

  it('never changes the points it is given', () => {
    const points = stroke(wave(60)).points;
    const before = [...points];
    const live = new LiveStrokeOutline(8, true);
    live.update(points);
    live.takeFrozen();
    live.tail();
    live.outline();
    expect(points).toEqual(before);
  });
});

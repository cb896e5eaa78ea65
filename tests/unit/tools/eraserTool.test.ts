import { describe, expect, it } from 'vitest';
import { EraserTool, ERASER_RADIUS } from '../../../src/tools/eraserTool';
import { SessionStore } from '../../../src/store/sessionStore';
import type { Page, Session, StrokeItem } from '../../../src/model/types';
import type { ToolContext } from '../../../src/tools/types';

let n = 0;
/** A straight horizontal line at height y from x0 to x1, one point every `step` units. */
function line(y: number, x0: number, x1: number, step = 10, extra: Partial<StrokeItem> = {}): StrokeItem {
  const points: number[] = [];
  for (let x = x0; x <= x1; x += step) points.push(x, y, 0.5);
  return { id: `s${++n}`, kind: 'stroke', points, color: '#d62828', size: 16, simulatePressure: true, createdAt: '2026-01-01T00:00:00.000Z', ...extra };
}

function setUp(strokes: StrokeItem[]) {
  const page: Page = { id: 'p1', activity: 'three-houses', place: 'house-of-worries', items: strokes, promptsShown: [], notShared: [] };
  const store = new SessionStore({ id: 'x', pages: [page] } as unknown as Session);
  const current = () => store.get().pages[0];
  const ctx: ToolContext = { page: current, commit: (c) => store.apply(c), requestPaint: () => undefined };
  return { store, current, tool: new EraserTool(ctx) };
}

const at = (x: number, y: number) => ({ x, y, pressure: 0.5 });
const xsOf = (s: StrokeItem) => s.points.filter((_, i) => i % 3 === 0);

describe('the eraser', () => {
  it('cuts a stroke in two where it wipes across it, and undo restores it whole', () => {
    const original = line(100, 0, 400);
    const { store, current, tool } = setUp([original]);
    tool.down(at(200, 40));
    tool.move([at(200, 100), at(200, 160)]);
    tool.up();

    const items = current().items as StrokeItem[];
    expect(items).toHaveLength(2);
    const [left, right] = items;
    for (const piece of items) {
      expect(piece.id).not.toBe(original.id);
      expect(piece.color).toBe(original.color);
      expect(piece.size).toBe(original.size);
      expect(piece.simulatePressure).toBe(original.simulatePressure);
    }
    expect(left.id).not.toBe(right.id);
    // Everything within the eraser's reach (its radius plus half the line's width) is gone, and only that.
    const reach = ERASER_RADIUS + original.size / 2;
    expect(Math.max(...xsOf(left))).toBeCloseTo(200 - reach, 1);
    expect(Math.min(...xsOf(right))).toBeCloseTo(200 + reach, 1);
    expect(Math.min(...xsOf(left))).toBe(0);
    expect(Math.max(...xsOf(right))).toBe(400);
    // The points the child drew outside the wipe are kept exactly.
    expect(left.points.slice(0, 6)).toEqual(original.points.slice(0, 6));

    // One wipe is one undo step, and undo gives back the stroke as it was (same id, same points).
    store.undo('p1');
    expect(current().items).toEqual([original]);
    store.redo('p1');
    expect(current().items).toHaveLength(2);
  });

  it('leaves strokes it does not touch as they are, and keeps the paint order', () => {
    const below = line(100, 0, 400);
    const apart = line(600, 0, 400);
    const above = line(110, 0, 400, 10, { color: '#1d5fd1' });
    const { current, tool } = setUp([below, apart, above]);
    tool.down(at(50, 105));
    tool.up();
    const items = current().items as StrokeItem[];
    // below and above are each cut in two, in their places; apart is the very same stroke.
    expect(items.map((i) => i.color)).toEqual(['#d62828', '#d62828', '#d62828', '#1d5fd1', '#1d5fd1']);
    expect(items[2]).toBe(apart);
    expect(items[0].id).not.toBe(below.id);
    expect(Math.max(...xsOf(items[0]))).toBeLessThan(50);
    expect(Math.min(...xsOf(items[1]))).toBeGreaterThan(50);
  });

  it('rubs out a whole stroke wiped from end to end, and a piece cut earlier in the same wipe', () => {
    const short = line(100, 100, 130, 5);
    const long = line(300, 0, 400);
    const { current, tool } = setUp([short, long]);
    tool.down(at(100, 100));
    tool.move([at(140, 100)]);
    // Same gesture: cut the long line, then rub out its left piece entirely.
    tool.move([at(200, 250), at(200, 350), at(150, 300), at(0, 300)]);
    tool.up();
    const items = current().items as StrokeItem[];
    expect(items).toHaveLength(1);
    expect(Math.min(...xsOf(items[0]))).toBeGreaterThan(200);
  });

  it('a tap with nothing under it changes nothing and adds no undo step', () => {
    const { store, tool } = setUp([line(100, 0, 400)]);
    tool.down(at(600, 600));
    tool.up();
    expect(store.canUndo('p1')).toBe(false);
  });

  it('stays quick on a page of 2,000 strokes', () => {
    const strokes: StrokeItem[] = [];
    for (let i = 0; i < 2000; i++) {
      const y = 10 + (i % 78) * 10;
      const x = (Math.floor(i / 78) * 47) % 1100;
      strokes.push(line(y, x, x + 100, 5, { size: 8 }));
    }
    const { current, tool } = setUp(strokes);
    const started = performance.now();
    tool.down(at(10, 10));
    // A long wipe across the page, a point every 3 units, as pointer events arrive.
    for (let i = 0; i < 600; i++) tool.move([at(10 + i * 2, 10 + i)]);
    tool.up();
    const ms = performance.now() - started;
    expect(current().items.length).toBeGreaterThan(2000);
    // A smoke test, generous for a busy shared test machine (about 0.1 s on an idle laptop):
    // the frame-time figures come from `npm run bench`.
    expect(ms).toBeLessThan(3000);
  });
});

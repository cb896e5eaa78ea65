import { describe, expect, it } from 'vitest';
import { SharedPoints } from '../../../src/canvas/sharedPoints';

/** The page's and the worker's views of one buffer, as the two threads hold them. */
function pair(capacity: number) {
  const page = new SharedPoints(capacity);
  return { page, worker: new SharedPoints(page.buffer) };
}

describe('SharedPoints', () => {
  it('gives the worker each new point of the stroke once, in order', () => {
    const { page, worker } = pair(30);
    const pen = [1, 2, 0.5];
    page.begin(1);
    page.append(pen, 0);
    const seen: number[] = [];
    expect(worker.readInto(1, seen)).toBe(true);
    expect(seen).toEqual([1, 2, 0.5]);

    pen.push(3, 4, 0.5, 5.25, 6.75, 0.5);
    page.append(pen, 3);
    expect(worker.readInto(1, seen)).toBe(true);
    expect(seen).toEqual(pen);
    // Nothing new: nothing added.
    worker.readInto(1, seen);
    expect(seen).toEqual(pen);
  });

  it("never gives the worker one stroke's points as another's", () => {
    const { page, worker } = pair(30);
    page.begin(1);
    page.append([1, 1, 0.5, 2, 2, 0.5], 0);
    page.begin(2);
    page.append([9, 9, 0.5], 0);

    const stale: number[] = [];
    expect(worker.readInto(1, stale)).toBe(false);
    expect(stale).toEqual([]);
    const current: number[] = [];
    expect(worker.readInto(2, current)).toBe(true);
    expect(current).toEqual([9, 9, 0.5]);
  });

  it('refuses points that do not fit, and a grown copy holds the stroke so far and the rest', () => {
    const { page, worker } = pair(6);
    const pen = [1, 1, 0.5, 2, 2, 0.5];
    page.begin(7);
    expect(page.append(pen, 0)).toBe(true);
    pen.push(3, 3, 0.5);
    expect(page.append(pen, 6)).toBe(false);

    const grown = SharedPoints.grownFrom(page, pen.length);
    expect(grown.capacity).toBeGreaterThanOrEqual(12);
    expect(grown.append(pen, 6)).toBe(true);
    const seen: number[] = [];
    // The worker's copy of the old buffer stops at what fitted; the grown one has everything.
    worker.readInto(7, seen);
    expect(seen).toEqual([1, 1, 0.5, 2, 2, 0.5]);
    expect(new SharedPoints(grown.buffer).readInto(7, seen)).toBe(true);
    expect(seen).toEqual(pen);
  });
});

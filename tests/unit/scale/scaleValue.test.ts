import { describe, expect, it } from 'vitest';
import {
  SCALE_MAX,
  SCALE_MIN,
  SCALE_START,
  clampScaleValue,
  nearestStep,
  needsSafeguardingReminder,
  positionKind,
  stepBy,
  valueAfterKey,
} from '../../../src/activities/scale/scaleValue';

describe('clampScaleValue', () => {
  it('keeps whole numbers from 0 to 10 as they are', () => {
    for (let n = 0; n <= 10; n++) expect(clampScaleValue(n)).toBe(n);
  });

  it('rounds to a whole number', () => {
    expect(clampScaleValue(6.4)).toBe(6);
    expect(clampScaleValue(6.5)).toBe(7);
    expect(clampScaleValue(0.2)).toBe(0);
  });

  it('never goes below 0 or above 10', () => {
    expect(clampScaleValue(-3)).toBe(SCALE_MIN);
    expect(clampScaleValue(11)).toBe(SCALE_MAX);
    expect(clampScaleValue(Infinity)).toBe(SCALE_MAX);
    expect(clampScaleValue(-Infinity)).toBe(SCALE_MIN);
  });

  it('turns a broken number into the starting point, not a random answer', () => {
    expect(clampScaleValue(Number.NaN)).toBe(SCALE_START);
  });
});

describe('valueAfterKey', () => {
  it('moves by 1 with the arrows, up and to the end of the line being towards 10', () => {
    expect(valueAfterKey('ArrowRight', 4)).toBe(5);
    expect(valueAfterKey('ArrowUp', 4)).toBe(5);
    expect(valueAfterKey('ArrowLeft', 4)).toBe(3);
    expect(valueAfterKey('ArrowDown', 4)).toBe(3);
  });

  it('jumps to the ends with Home and End, and further with PageUp and PageDown', () => {
    expect(valueAfterKey('Home', 7)).toBe(0);
    expect(valueAfterKey('End', 2)).toBe(10);
    expect(valueAfterKey('PageUp', 5)).toBe(7);
    expect(valueAfterKey('PageDown', 5)).toBe(3);
  });

  it('stops at the ends', () => {
    expect(valueAfterKey('ArrowRight', 10)).toBe(10);
    expect(valueAfterKey('ArrowLeft', 0)).toBe(0);
    expect(valueAfterKey('PageUp', 9)).toBe(10);
    expect(valueAfterKey('PageDown', 1)).toBe(0);
  });

  it('starts from the starting point before the child has chosen', () => {
    expect(valueAfterKey('ArrowRight', null)).toBe(SCALE_START + 1);
    expect(valueAfterKey('ArrowLeft', null)).toBe(SCALE_MIN);
    expect(valueAfterKey('End', null)).toBe(10);
  });

  it('in right-to-left languages, Left goes towards 10 (0 is on the right, where reading starts)', () => {
    expect(valueAfterKey('ArrowLeft', 4, true)).toBe(5);
    expect(valueAfterKey('ArrowRight', 4, true)).toBe(3);
    expect(valueAfterKey('ArrowUp', 4, true)).toBe(5);
    expect(valueAfterKey('Home', 4, true)).toBe(0);
  });

  it('leaves other keys alone', () => {
    expect(valueAfterKey('Tab', 4)).toBeUndefined();
    expect(valueAfterKey('a', 4)).toBeUndefined();
    expect(valueAfterKey('Enter', null)).toBeUndefined();
  });
});

describe('stepBy (One more / One less)', () => {
  it('moves by one and stays in range', () => {
    expect(stepBy(3, 1)).toBe(4);
    expect(stepBy(3, -1)).toBe(2);
    expect(stepBy(10, 1)).toBe(10);
    expect(stepBy(0, -1)).toBe(0);
    expect(stepBy(null, 1)).toBe(SCALE_START + 1);
  });
});

describe('nearestStep', () => {
  const row = Array.from({ length: 11 }, (_, step) => ({ step, x: step * 50, y: 0 }));

  it('picks the step closest to the touch', () => {
    expect(nearestStep(0, 0, row)).toBe(0);
    expect(nearestStep(176, 20, row)).toBe(4);
    expect(nearestStep(500, 0, row)).toBe(10);
  });

  it('clamps touches beyond either end to 0 or 10', () => {
    expect(nearestStep(-400, 0, row)).toBe(0);
    expect(nearestStep(9000, 0, row)).toBe(10);
  });

  it('works for mirrored and vertical layouts alike', () => {
    const mirrored = row.map((c) => ({ ...c, x: 500 - c.x }));
    expect(nearestStep(0, 0, mirrored)).toBe(10);
    const ladder = row.map((c) => ({ step: c.step, x: 0, y: 400 - c.step * 40 }));
    expect(nearestStep(5, 395, ladder)).toBe(0);
    expect(nearestStep(5, 10, ladder)).toBe(10);
  });

  it('says nothing when there are no steps', () => {
    expect(nearestStep(1, 1, [])).toBeUndefined();
  });
});

describe('needsSafeguardingReminder', () => {
  it('is true for 0, 1 and 2 on a safety question', () => {
    for (const value of [0, 1, 2]) expect(needsSafeguardingReminder({ aboutSafety: true, value })).toBe(true);
  });

  it('is false from 3 up', () => {
    for (const value of [3, 5, 10]) expect(needsSafeguardingReminder({ aboutSafety: true, value })).toBe(false);
  });

  it('is false for questions that are not about safety, however low', () => {
    expect(needsSafeguardingReminder({ aboutSafety: false, value: 0 })).toBe(false);
  });

  it('is false before the child has chosen', () => {
    expect(needsSafeguardingReminder({ aboutSafety: true, value: null })).toBe(false);
  });
});

describe('positionKind', () => {
  it('names the ends, each side, and the middle', () => {
    expect(positionKind(0)).toBe('zero');
    expect(positionKind(3)).toBe('low');
    expect(positionKind(5)).toBe('middle');
    expect(positionKind(7)).toBe('high');
    expect(positionKind(10)).toBe('ten');
  });
});

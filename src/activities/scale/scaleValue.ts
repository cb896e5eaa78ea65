import type { ScaleAnswer } from '../../model/types';

/**
 * The numbers underneath every look. 10 is always the good/safe end and 0 the worst
 * (docs/PRACTICE.md, Scaling): nothing here, or in any look, ever turns that round.
 */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const SCALE_STEPS: readonly number[] = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/**
 * Where keys and the One more / One less buttons start from before the child has chosen.
 * Nothing is drawn there and the slider says "no number chosen yet"; starting at the low end
 * means the first press up gives 1, like counting, without suggesting a middle answer.
 */
export const SCALE_START = SCALE_MIN;

/** PageUp / PageDown: a bigger jump than the arrows, still small on an 11-step scale. */
export const SCALE_PAGE_STEP = 2;

/** A whole number from 0 to 10, whatever comes in (drag maths, old data, typing). */
export function clampScaleValue(n: number): number {
  if (Number.isNaN(n)) return SCALE_START;
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(n)));
}

export type ScaleOrientation = 'horizontal' | 'vertical';

/**
 * The value after a key press on the slider, or undefined when the key is not the slider's.
 * Up always goes towards 10. Sideways, the arrow pointing to the end of the line (the reading
 * direction) goes towards 10: Right in left-to-right languages, Left in right-to-left ones,
 * where 0 sits on the right, so 0 to 10 still reads in the child's reading order.
 */
export function valueAfterKey(key: string, current: number | null, rtl = false): number | undefined {
  const from = current ?? SCALE_START;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowUp':
    case forward:
      return clampScaleValue(from + 1);
    case 'ArrowDown':
    case back:
      return clampScaleValue(from - 1);
    case 'PageUp':
      return clampScaleValue(from + SCALE_PAGE_STEP);
    case 'PageDown':
      return clampScaleValue(from - SCALE_PAGE_STEP);
    case 'Home':
      return SCALE_MIN;
    case 'End':
      return SCALE_MAX;
    default:
      return undefined;
  }
}

/** One more / One less (switch access and big buttons): the same as the arrows. */
export function stepBy(current: number | null, delta: 1 | -1): number {
  return clampScaleValue((current ?? SCALE_START) + delta);
}

export interface StepCentre {
  step: number;
  x: number;
  y: number;
}

/**
 * The step nearest to a touch. Each look lays its steps out its own way (a row, a ladder, a
 * winding path, mirrored for right-to-left), so the looks mark their steps and this picks
 * the closest centre: one rule for every look and direction.
 */
export function nearestStep(x: number, y: number, centres: readonly StepCentre[]): number | undefined {
  let best: StepCentre | undefined;
  let bestDistance = Infinity;
  for (const c of centres) {
    const d = (c.x - x) ** 2 + (c.y - y) ** 2;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : clampScaleValue(best.step);
}

/** The highest number that shows the worker the safeguarding reminder on a safety question. */
export const REMINDER_AT_OR_BELOW = 2;

/**
 * docs/PRACTICE.md rule 10: a very low rating on a safety question reminds the *worker* to follow
 * their safeguarding procedure. Only the worker's panel asks this; the app decides nothing.
 */
export function needsSafeguardingReminder(scale: Pick<ScaleAnswer, 'aboutSafety' | 'value'>): boolean {
  return scale.aboutSafety && scale.value !== null && scale.value <= REMINDER_AT_OR_BELOW;
}

export type PositionKind = 'zero' | 'low' | 'middle' | 'high' | 'ten';

/** Which anchor a number is nearer to, for the words that go with it (valuetext, read aloud). */
export function positionKind(value: number): PositionKind {
  if (value <= SCALE_MIN) return 'zero';
  if (value >= SCALE_MAX) return 'ten';
  const middle = (SCALE_MIN + SCALE_MAX) / 2;
  if (value < middle) return 'low';
  if (value > middle) return 'high';
  return 'middle';
}

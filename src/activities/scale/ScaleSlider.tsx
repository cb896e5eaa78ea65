import { useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { ScaleLook } from '../../model/types';
import { LookVisual, orientationOf } from './looks';
import { SCALE_MAX, SCALE_MIN, SCALE_START, nearestStep, valueAfterKey } from './scaleValue';
import type { StepCentre } from './scaleValue';

interface Props {
  look: ScaleLook;
  /** The child's number, or null before they have chosen. */
  value: number | null;
  /** Called once per choice: a key press, a tap, or the end of a drag. */
  onChange(value: number): void;
  /** Id of the element holding the question: the slider's accessible name. */
  labelledBy: string;
  /** Id of the anchors' text. */
  describedBy?: string;
  /** Words for a number (aria-valuetext). */
  describeValue(value: number | null): string;
}

function measureSteps(root: Element): StepCentre[] {
  return Array.from(root.querySelectorAll<Element>('[data-step]')).map((el) => {
    const r = el.getBoundingClientRect();
    return { step: Number(el.getAttribute('data-step')), x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

interface Drag {
  pointerId: number;
  /** Step centres measured once at the start: nothing moves under the finger during a drag. */
  centres: StepCentre[];
  value: number;
}

/**
 * The scale as a real slider (role=slider): keys, a tap on a step, or a drag. A drag updates
 * React only when the finger crosses into another step, and the session only once, when the
 * finger lifts, so one choice is one saved change.
 */
export function ScaleSlider({ look, value, onChange, labelledBy, describedBy, describeValue }: Props) {
  const drag = useRef<Drag | null>(null);
  const [dragValue, setDragValue] = useState<number | null>(null);
  const shown = dragValue ?? value;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const next = valueAfterKey(e.key, value, rtl);
    if (next === undefined) return;
    e.preventDefault();
    if (next !== value) onChange(next);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // A second finger or a right click is not a choice.
    if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const el = e.currentTarget;
    el.focus({ preventScroll: true });
    const centres = measureSteps(el);
    const step = nearestStep(e.clientX, e.clientY, centres);
    if (step === undefined) return;
    el.setPointerCapture?.(e.pointerId);
    drag.current = { pointerId: e.pointerId, centres, value: step };
    setDragValue(step);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const step = nearestStep(e.clientX, e.clientY, d.centres);
    if (step === undefined || step === d.value) return;
    d.value = step;
    setDragValue(step);
  };

  // Lifting, a cancelled touch or lost capture all keep what the child last pointed at.
  const finish = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    setDragValue(null);
    if (d.value !== value) onChange(d.value);
  };

  const orientation = orientationOf(look);
  return (
    <div
      className={`scale-slider scale-slider--${look} scale-slider--${orientation}`}
      role="slider"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-valuemin={SCALE_MIN}
      aria-valuemax={SCALE_MAX}
      aria-valuenow={shown ?? SCALE_START}
      aria-valuetext={describeValue(shown)}
      aria-orientation={orientation}
      data-chosen={value !== null}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={finish}
      onPointerCancel={finish}
      onLostPointerCapture={finish}
    >
      <div className="scale-slider__look" aria-hidden="true">
        <LookVisual look={look} value={shown} />
      </div>
    </div>
  );
}

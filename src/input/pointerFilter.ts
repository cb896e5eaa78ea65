/**
 * Decides which pointer events draw. Children rest palms and wrists on tablets, pinch with two
 * fingers and mix pens with fingers, so raw pointer events cannot go straight to the ink.
 * Pure state machine over plain event-like objects; the canvas feeds it and acts on the result.
 */

export type PointerKind = 'pen' | 'touch' | 'mouse';
export type PointerPhase = 'down' | 'move' | 'up' | 'cancel';

export interface FilterPointerEvent {
  pointerId: number;
  pointerType: PointerKind;
  type: PointerPhase;
  x: number;
  y: number;
  pressure: number;
  timeStamp: number;
}

/**
 * What the canvas should do with an event.
 * - start: begin a new live stroke at this event's point (usually a 'down'; after a palm was
 *   cancelled or a lost 'up', it can be the pointer's next 'move').
 * - move: add this event's points to the live stroke.
 * - end: commit the live stroke (after adding this event's point).
 * - cancel: discard the live stroke without saving it.
 * - ignore: do nothing.
 */
export type PointerAction = { kind: 'start' | 'move' | 'end' | 'cancel'; pointerId: number } | { kind: 'ignore' };

/**
 * A touch stroke with fewer points than this when a second finger lands is treated as the start of
 * a pinch or a resting palm and cancelled. Fingers of a pinch land within a few frames of each other
 * (10 points is about a sixth of a second at 60 Hz, less where touches are sampled faster), while a child who has drawn longer than
 * that meant to draw, and losing their line to a stray second finger would be worse than a stray mark.
 */
export const SHORT_STROKE_POINTS = 10;

/** Pens report pressure 0 while hovering and some report tiny values at first contact; keep ink visible. */
const MIN_PEN_PRESSURE = 0.05;

/** Placeholder pressure for fingers and mice, which have none; the width is then simulated from speed. */
const NEUTRAL_PRESSURE = 0.5;

/** Pressure to store with a point: the pen's own, otherwise a neutral placeholder. */
export function pressureFor(event: Pick<FilterPointerEvent, 'pointerType' | 'pressure'>): number {
  if (!simulatesPressure(event.pointerType)) {
    const pressure = Number.isFinite(event.pressure) ? event.pressure : NEUTRAL_PRESSURE;
    return Math.min(1, Math.max(MIN_PEN_PRESSURE, pressure));
  }
  return NEUTRAL_PRESSURE;
}

/** True when strokes from this kind of pointer should have their pressure simulated. */
export function simulatesPressure(pointerType: PointerKind): boolean {
  return pointerType !== 'pen';
}

export interface PointerFilter {
  /**
   * Classifies one event. `pointCount` is how many points the event adds to the stroke
   * (the length of getCoalescedEvents() at the call site), used for the short-stroke rule.
   */
  handle(event: FilterPointerEvent, pointCount?: number): PointerAction;
  /** True once any pen event was seen: from then on touches never draw (palm rejection). */
  readonly penMode: boolean;
  /** The pointer whose stroke is live, or null. */
  readonly drawingPointerId: number | null;
  /** Forget every pointer and leave pen mode. A live stroke is not reported: the caller discards it. */
  reset(): void;
}

interface DrawingState {
  pointerId: number;
  pointerType: PointerKind;
  /** Points added so far. */
  points: number;
  /** False while waiting for the pointer's next move to start the stroke. */
  started: boolean;
}

const IGNORE: PointerAction = { kind: 'ignore' };

export function createPointerFilter(): PointerFilter {
  let penMode = false;
  /** Every pointer currently down (touches too, even ones that do not draw), by pointerId. */
  const down = new Map<number, PointerKind>();
  let drawing: DrawingState | null = null;
  /** Set when two touches were down together; nothing new starts until every touch is lifted. */
  let multiTouchLatched = false;

  const touchesDown = (): number => {
    let count = 0;
    for (const kind of down.values()) if (kind === 'touch') count++;
    return count;
  };

  const release = (pointerId: number): void => {
    down.delete(pointerId);
    if (touchesDown() === 0) multiTouchLatched = false;
  };

  const finish = (kind: 'end' | 'cancel', state: DrawingState): PointerAction => {
    drawing = null;
    return state.started ? { kind, pointerId: state.pointerId } : IGNORE;
  };

  function handle(event: FilterPointerEvent, pointCount = 1): PointerAction {
    const { pointerId, pointerType, type } = event;

    if (pointerType === 'pen' && !penMode) {
      penMode = true;
      // A finger stroke live when the pen first shows up is almost always the hand holding the pen.
      if (drawing?.pointerType === 'touch') {
        const palm = drawing;
        drawing = null;
        if (type === 'down') {
          down.set(pointerId, pointerType);
          drawing = { pointerId, pointerType, points: 0, started: false };
        }
        return palm.started ? { kind: 'cancel', pointerId: palm.pointerId } : IGNORE;
      }
    }

    if (pointerType === 'touch' && penMode) {
      // Touches never draw in pen mode; only forget fingers that were down before the pen appeared.
      if (type === 'up' || type === 'cancel') release(pointerId);
      return IGNORE;
    }

    switch (type) {
      case 'down':
        return handleDown(event);
      case 'move':
        if (drawing?.pointerId !== pointerId) return IGNORE;
        drawing.points += pointCount;
        if (!drawing.started) {
          drawing.started = true;
          return { kind: 'start', pointerId };
        }
        return { kind: 'move', pointerId };
      case 'up':
      case 'cancel': {
        release(pointerId);
        if (drawing?.pointerId !== pointerId) return IGNORE;
        return finish(type === 'up' ? 'end' : 'cancel', drawing);
      }
    }
  }

  function handleDown({ pointerId, pointerType }: FilterPointerEvent): PointerAction {
    if (drawing?.pointerId === pointerId) {
      // A second 'down' without an 'up' means the 'up' was lost (released outside the window):
      // commit what was drawn and start afresh on the next move rather than lose either line.
      const previous = drawing;
      drawing = { pointerId, pointerType, points: 0, started: false };
      return previous.started ? { kind: 'end', pointerId } : IGNORE;
    }
    down.set(pointerId, pointerType);

    if (pointerType === 'touch') {
      if (touchesDown() >= 2) multiTouchLatched = true;
      if (drawing?.pointerType === 'touch' && drawing.points < SHORT_STROKE_POINTS) {
        return finish('cancel', drawing);
      }
    }

    if (drawing) return IGNORE;
    // In pen mode resting hands must not stop the pen, so only outside it do touches block.
    if (!penMode && multiTouchLatched) return IGNORE;

    drawing = { pointerId, pointerType, points: 1, started: true };
    return { kind: 'start', pointerId };
  }

  return {
    handle,
    get penMode() {
      return penMode;
    },
    get drawingPointerId() {
      return drawing?.pointerId ?? null;
    },
    reset() {
      penMode = false;
      down.clear();
      drawing = null;
      multiTouchLatched = false;
    },
  };
}

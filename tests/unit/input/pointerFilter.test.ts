import { describe, expect, it } from 'vitest';
import { SHORT_STROKE_POINTS, createPointerFilter, pressureFor, simulatesPressure } from '../../../src/input/pointerFilter';
import type { PointerAction, PointerFilter, PointerKind, PointerPhase } from '../../../src/input/pointerFilter';

/**
 * Drives one filter like a screen would: `pointer('touch', 1).down(10, 10).moves(3).up()`.
 * Each pointer remembers the action for its latest event in `last`; `actions` lists them all in order.
 */
function screen() {
  const filter: PointerFilter = createPointerFilter();
  const actions: PointerAction[] = [];
  let timeStamp = 0;

  function pointer(pointerType: PointerKind, pointerId: number) {
    let x = 0;
    let y = 0;
    const send = (type: PointerPhase, pressure = 0.5, pointCount?: number) => {
      timeStamp += 8;
      const action = filter.handle({ pointerId, pointerType, type, x, y, pressure, timeStamp }, pointCount);
      actions.push(action);
      handle.last = action;
      return handle;
    };
    const handle = {
      last: { kind: 'ignore' } as PointerAction,
      down(atX = 0, atY = 0) {
        x = atX;
        y = atY;
        return send('down');
      },
      move(toX = x + 1, toY = y + 1, pointCount?: number) {
        x = toX;
        y = toY;
        return send('move', 0.5, pointCount);
      },
      /** `count` moves of one unit each. */
      moves(count: number) {
        for (let i = 0; i < count; i++) handle.move();
        return handle;
      },
      hover() {
        return send('move', 0);
      },
      up() {
        return send('up');
      },
      cancel() {
        return send('cancel');
      },
    };
    return handle;
  }

  return { filter, actions, pointer };
}

const start = (pointerId: number): PointerAction => ({ kind: 'start', pointerId });
const move = (pointerId: number): PointerAction => ({ kind: 'move', pointerId });
const end = (pointerId: number): PointerAction => ({ kind: 'end', pointerId });
const cancel = (pointerId: number): PointerAction => ({ kind: 'cancel', pointerId });
const ignore: PointerAction = { kind: 'ignore' };

describe('pointerFilter: a single pointer', () => {
  it.each<PointerKind>(['touch', 'mouse', 'pen'])('%s draws a whole stroke: start, moves, end', (kind) => {
    const { actions, pointer } = screen();
    pointer(kind, 7).down(10, 10).move(12, 12).move(14, 15).up();
    expect(actions).toEqual([start(7), move(7), move(7), end(7)]);
  });

  it('ignores moves from pointers that are not down (hover, mouse without a button)', () => {
    const { actions, pointer, filter } = screen();
    pointer('mouse', 1).move(5, 5).move(6, 6);
    expect(actions).toEqual([ignore, ignore]);
    expect(filter.drawingPointerId).toBeNull();
  });

  it('ignores up and cancel for unknown pointers', () => {
    const { actions, pointer } = screen();
    pointer('touch', 3).up();
    pointer('touch', 4).cancel();
    expect(actions).toEqual([ignore, ignore]);
  });

  it('a browser pointercancel discards the live stroke', () => {
    const { pointer, filter } = screen();
    const finger = pointer('touch', 1).down().moves(20).cancel();
    expect(finger.last).toEqual(cancel(1));
    expect(filter.drawingPointerId).toBeNull();
    expect(pointer('touch', 2).down().last).toEqual(start(2));
  });

  it('allows only one drawing pointer at a time', () => {
    const { pointer } = screen();
    const mouse = pointer('mouse', 1).down();
    const pen = pointer('pen', 2).down();
    expect(pen.last).toEqual(ignore);
    expect(pen.move().last).toEqual(ignore);
    expect(mouse.move().last).toEqual(move(1));
    expect(pen.up().last).toEqual(ignore);
    expect(mouse.up().last).toEqual(end(1));
  });

  it('a second down for the drawing pointer (its up was lost) commits the stroke and restarts on the next move', () => {
    const { actions, pointer } = screen();
    const mouse = pointer('mouse', 1).down().moves(3);
    mouse.down(50, 50).move(51, 51).up();
    expect(actions.slice(-3)).toEqual([end(1), start(1), end(1)]);
  });
});

describe('pointerFilter: pen mode (palm rejection)', () => {
  it('starts outside pen mode and enters it on the first pen event', () => {
    const { filter, pointer } = screen();
    expect(filter.penMode).toBe(false);
    pointer('pen', 5).down().up();
    expect(filter.penMode).toBe(true);
  });

  it('a hovering pen is enough to enter pen mode', () => {
    const { filter, pointer } = screen();
    pointer('pen', 5).hover();
    expect(filter.penMode).toBe(true);
    expect(pointer('touch', 1).down().last).toEqual(ignore);
  });

  it('after a pen, touches no longer draw, even while the pen is away', () => {
    const { pointer } = screen();
    pointer('pen', 5).down().moves(3).up();
    const palm = pointer('touch', 1).down().moves(30);
    expect(palm.last).toEqual(ignore);
    expect(palm.up().last).toEqual(ignore);
  });

  it('the pen draws while a palm rests on the screen', () => {
    const { pointer } = screen();
    pointer('pen', 5).down().up();
    const palm = pointer('touch', 1).down();
    pointer('touch', 2).down();
    const pen = pointer('pen', 5).down();
    expect(pen.last).toEqual(start(5));
    palm.moves(5);
    expect(pen.move().last).toEqual(move(5));
    expect(pen.up().last).toEqual(end(5));
  });

  it('mouse still draws after a pen', () => {
    const { actions, pointer } = screen();
    pointer('pen', 5).down().up();
    pointer('mouse', 1).down().move().up();
    expect(actions.slice(-3)).toEqual([start(1), move(1), end(1)]);
  });

  it('a palm stroke live when the pen first lands is cancelled and the pen starts on its next move', () => {
    const { actions, pointer } = screen();
    const palm = pointer('touch', 1)
      .down()
      .moves(SHORT_STROKE_POINTS * 3);
    const pen = pointer('pen', 5).down(100, 100);
    expect(pen.last).toEqual(cancel(1));
    expect(palm.move().last).toEqual(ignore);
    pen.move().move().up();
    expect(actions.slice(-3)).toEqual([start(5), move(5), end(5)]);
    expect(palm.up().last).toEqual(ignore);
  });

  it('reset() leaves pen mode so fingers draw again', () => {
    const { filter, pointer } = screen();
    pointer('pen', 5).down().up();
    filter.reset();
    expect(filter.penMode).toBe(false);
    expect(pointer('touch', 1).down().last).toEqual(start(1));
  });

  it('reset() forgets a live stroke', () => {
    const { filter, pointer } = screen();
    const finger = pointer('touch', 1).down().moves(3);
    filter.reset();
    expect(filter.drawingPointerId).toBeNull();
    expect(finger.move().last).toEqual(ignore);
  });
});

describe('pointerFilter: two fingers', () => {
  it('a second finger cancels a short stroke (the start of a pinch)', () => {
    const { pointer } = screen();
    const first = pointer('touch', 1)
      .down()
      .moves(SHORT_STROKE_POINTS - 2);
    const second = pointer('touch', 2).down();
    expect(second.last).toEqual(cancel(1));
    expect(first.move().last).toEqual(ignore);
    expect(second.move().last).toEqual(ignore);
    expect(first.up().last).toEqual(ignore);
  });

  it('a second finger is ignored once the stroke is long, and drawing goes on', () => {
    const { pointer } = screen();
    const first = pointer('touch', 1)
      .down()
      .moves(SHORT_STROKE_POINTS - 1);
    const second = pointer('touch', 2).down();
    expect(second.last).toEqual(ignore);
    expect(first.move().last).toEqual(move(1));
    expect(second.moves(3).last).toEqual(ignore);
    expect(first.up().last).toEqual(end(1));
  });

  it('counts coalesced points, not events, towards the short-stroke threshold', () => {
    const { pointer } = screen();
    const first = pointer('touch', 1).down().move(5, 5, SHORT_STROKE_POINTS);
    expect(pointer('touch', 2).down().last).toEqual(ignore);
    expect(first.move().last).toEqual(move(1));
  });

  it('nothing new starts while two touches are down, nor until all are lifted', () => {
    const { pointer } = screen();
    const a = pointer('touch', 1).down();
    const b = pointer('touch', 2).down();
    a.up();
    expect(pointer('touch', 3).down().last).toEqual(ignore);
    pointer('touch', 3).up();
    // Only one finger is down now, but the pinch has not ended.
    expect(pointer('mouse', 9).down().last).toEqual(ignore);
    pointer('mouse', 9).up();
    expect(pointer('touch', 4).down().last).toEqual(ignore);
    pointer('touch', 4).up();
    b.up();
    expect(pointer('touch', 5).down().last).toEqual(start(5));
  });

  it('after a long stroke ends, the finger left down from the pinch does not start anything', () => {
    const { pointer } = screen();
    const first = pointer('touch', 1).down().moves(SHORT_STROKE_POINTS);
    const second = pointer('touch', 2).down();
    first.up();
    expect(second.moves(5).last).toEqual(ignore);
    expect(pointer('touch', 3).down().last).toEqual(ignore);
  });

  it('a finger landing during a mouse stroke does not interrupt it', () => {
    const { pointer } = screen();
    const mouse = pointer('mouse', 1).down();
    expect(pointer('touch', 2).down().last).toEqual(ignore);
    expect(mouse.move().last).toEqual(move(1));
  });
});

describe('pressureFor and simulatesPressure', () => {
  const event = (pointerType: PointerKind, pressure: number) => ({ pointerType, pressure });

  it('passes pen pressure through', () => {
    expect(pressureFor(event('pen', 0.73))).toBe(0.73);
  });

  it('clamps pen pressure to 0.05..1 (pens report 0 on hover)', () => {
    expect(pressureFor(event('pen', 0))).toBe(0.05);
    expect(pressureFor(event('pen', 1.4))).toBe(1);
  });

  it('gives fingers and mice a neutral 0.5, whatever they report', () => {
    expect(pressureFor(event('touch', 0))).toBe(0.5);
    expect(pressureFor(event('touch', 1))).toBe(0.5);
    expect(pressureFor(event('mouse', 0))).toBe(0.5);
  });

  it('simulates pressure for fingers and mice only', () => {
    expect(simulatesPressure('pen')).toBe(false);
    expect(simulatesPressure('touch')).toBe(true);
    expect(simulatesPressure('mouse')).toBe(true);
  });
});

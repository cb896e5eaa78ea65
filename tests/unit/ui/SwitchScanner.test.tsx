import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { SwitchScanner } from '../../../src/ui/SwitchScanner';

// jsdom lays nothing out, so every element has no client rects and the scanner would see no
// control at all: give each one a box, as a browser would.
const originalRects = Element.prototype.getClientRects;
beforeEach(() => {
  Element.prototype.getClientRects = function () {
    return [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
  };
  // The scanner re-checks the screen on the next animation frame; these tests run it by hand.
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Element.prototype.getClientRects = originalRects;
});

/** A screen with Stop, which opens a calm dialog that puts the focus on its first button. */
function Screen({ onCarryOn, onBehind, onStop, focusFirst = true }: { onCarryOn(): void; onBehind(): void; onStop?(): void; focusFirst?: boolean }) {
  const [paused, setPaused] = useState(false);
  return (
    <>
      <SwitchScanner mode="step" />
      <button
        type="button"
        onClick={() => {
          onStop?.();
          setPaused(true);
        }}
      >
        Stop
      </button>
      <button type="button" onClick={onBehind}>
        Behind
      </button>
      {paused && (
        <Dialog
          focusFirst={focusFirst}
          onCarryOn={() => {
            onCarryOn();
            setPaused(false);
          }}
        />
      )}
    </>
  );
}

function Dialog({ onCarryOn, focusFirst }: { onCarryOn(): void; focusFirst: boolean }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  return (
    <div role="dialog" aria-modal="true">
      <button ref={first} type="button" onClick={onCarryOn}>
        Carry on
      </button>
      <button type="button">Stop for today</button>
    </div>
  );
}

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));

describe('SwitchScanner: two switches', () => {
  it('Enter chooses the control that has the focus when a dialog has just put it there', () => {
    const carryOn = vi.fn();
    const behind = vi.fn();
    render(<Screen onCarryOn={carryOn} onBehind={behind} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop' }));
    press('Enter');
    // The dialog is open and its first button has the focus, before the scanner's next frame.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Carry on' }));
    press('Enter');
    expect(carryOn).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(behind).not.toHaveBeenCalled();
  });

  it('never moves to, or clicks, a control behind an open dialog', () => {
    const behind = vi.fn();
    const carryOn = vi.fn();
    render(<Screen onCarryOn={carryOn} onBehind={behind} />);
    press(' ');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Behind' }));
    press(' ');
    press('Enter');
    expect(screen.getByRole('dialog')).toBeTruthy();
    // Something moves the focus out of the dialog (a stray tap on the page behind it).
    act(() => screen.getByRole('button', { name: 'Behind' }).focus());
    act(() => vi.advanceTimersToNextFrame());
    // Space moves within the dialog only.
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      press(' ');
      seen.add(document.activeElement?.textContent ?? '');
    }
    expect([...seen].sort()).toEqual(['Carry on', 'Stop for today']);
    act(() => screen.getByRole('button', { name: 'Behind' }).focus());
    press('Enter');
    expect(behind).not.toHaveBeenCalled();
  });

  it('Enter before the next frame never chooses a control the dialog now covers', () => {
    const stop = vi.fn();
    render(<Screen onCarryOn={() => undefined} onBehind={() => undefined} onStop={stop} focusFirst={false} />);
    press('Enter');
    expect(screen.getByRole('dialog')).toBeTruthy();
    // The dialog left the focus where it was, on Stop, now behind it.
    press('Enter');
    expect(stop).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Carry on' }));
  });

  it('the highlight follows the focus', () => {
    render(<Screen onCarryOn={() => undefined} onBehind={() => undefined} />);
    act(() => screen.getByRole('button', { name: 'Behind' }).focus());
    expect(screen.getByRole('button', { name: 'Behind' }).classList.contains('scan-focus')).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop' }).classList.contains('scan-focus')).toBe(false);
  });
});

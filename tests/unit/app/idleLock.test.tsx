import { render } from '@testing-library/react';
import { fireEvent } from '@testing-library/react';
import { IDLE_LOCK_MS, useIdleLock } from '../../../src/app/useIdleLock';

function Probe({ onIdle }: { onIdle: () => void }) {
  useIdleLock(true, onIdle);
  return null;
}

describe('automatic lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after ten minutes without a touch, key or pen, and not before', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    expect(IDLE_LOCK_MS).toBe(10 * 60 * 1000);
    vi.advanceTimersByTime(IDLE_LOCK_MS - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again whenever someone touches the screen', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    vi.advanceTimersByTime(IDLE_LOCK_MS - 1000);
    fireEvent.pointerDown(window);
    vi.advanceTimersByTime(IDLE_LOCK_MS - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks on waking when the clock says the time has passed, though a sleeping tablet paused the timer', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    // The clock moves on while no timer fires, as when a tablet sleeps.
    vi.setSystemTime(Date.now() + IDLE_LOCK_MS + 1000);
    expect(onIdle).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not lock on waking early', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    vi.setSystemTime(Date.now() + IDLE_LOCK_MS / 2);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onIdle).not.toHaveBeenCalled();
  });
});

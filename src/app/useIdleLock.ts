import { useEffect } from 'react';

/** A tablet left on a table locks itself: ten minutes without a touch, key or pen. */
export const IDLE_LOCK_MS = 10 * 60 * 1000;

export function useIdleLock(active: boolean, onIdle: () => void, timeoutMs = IDLE_LOCK_MS): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, timeoutMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, timeoutMs);
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset, { capture: true });
    };
  }, [active, onIdle, timeoutMs]);
}

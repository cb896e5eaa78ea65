import { useEffect } from 'react';

/** A tablet left on a table locks itself: ten minutes without a touch, key or pen. */
export const IDLE_LOCK_MS = 10 * 60 * 1000;

export function useIdleLock(active: boolean, onIdle: () => void, timeoutMs = IDLE_LOCK_MS): void {
  useEffect(() => {
    if (!active) return;
    let lastActive = Date.now();
    // When the timer fires, the last touch decides: lock, or wait out the rest of the time.
    const check = () => {
      const idleFor = Date.now() - lastActive;
      if (idleFor >= timeoutMs) onIdle();
      else timer = setTimeout(check, timeoutMs - idleFor);
    };
    let timer = setTimeout(check, timeoutMs);
    // A touch only notes the time. Moving the timer on every pointer event would cost the page
    // a timer per frame while a child draws (docs/BENCHMARKS.md).
    const reset = () => {
      lastActive = Date.now();
    };
    // A sleeping tablet pauses timers: on waking, the clock decides, not the timer.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastActive >= timeoutMs) {
        clearTimeout(timer);
        onIdle();
      }
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, reset, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active, onIdle, timeoutMs]);
}

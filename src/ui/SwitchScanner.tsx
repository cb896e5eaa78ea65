import { useEffect } from 'react';

/** How long each control stays highlighted in one-switch (auto) scanning. */
export const SCAN_INTERVAL_MS = 1500;

const CONTROLS = 'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select, textarea, [role="slider"], [tabindex="0"]';

function isTextField(el: Element | null): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'password', 'search'].includes(el.type));
}

/**
 * Worker-only controls in the child's space (the "For the worker" help, the Worker button) carry
 * this attribute on themselves or an ancestor: a switch never lands on them.
 */
const WORKER_ZONE = '[data-worker-zone]';

/** The controls a switch can reach now: inside an open dialog if there is one, in screen order. */
export function scanTargets(root: ParentNode = document): HTMLElement[] {
  const dialogs = root.querySelectorAll<HTMLElement>('[aria-modal="true"]');
  const scope: ParentNode = dialogs.length > 0 ? dialogs[dialogs.length - 1] : root;
  return [...scope.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => el.getClientRects().length > 0 && !el.closest(WORKER_ZONE));
}

/**
 * Switch access. One switch ('auto'): the highlight moves on by itself and Space or Enter
 * chooses. Two switches ('step'): Tab or Space moves, Enter chooses. Every control a finger
 * can reach, a switch can reach, in the same order, including the sticker tray and the scale.
 */
export function SwitchScanner({ mode }: { mode: 'auto' | 'step' }) {
  useEffect(() => {
    let current: HTMLElement | null = null;

    const highlight = (el: HTMLElement | null) => {
      current?.classList.remove('scan-focus');
      current = el;
      if (el) {
        el.classList.add('scan-focus');
        el.focus({ preventScroll: false });
        el.scrollIntoView?.({ block: 'nearest' });
      }
    };

    const next = () => {
      const targets = scanTargets();
      if (targets.length === 0) return highlight(null);
      const i = current ? targets.indexOf(current) : -1;
      highlight(targets[(i + 1) % targets.length]);
    };

    const choose = () => {
      // Only what a switch could reach now: never a control behind an open dialog.
      if (!current || !current.isConnected || !scanTargets().includes(current)) return next();
      current.click();
      // The screen may have changed (a dialog opened, a page changed): keep the highlight on
      // the same control if it is still there, otherwise start again from the top.
      requestAnimationFrame(() => {
        if (!current?.isConnected || !scanTargets().includes(current)) {
          current = null;
          next();
        }
      });
    };

    const onKey = (e: KeyboardEvent) => {
      const typing = isTextField(document.activeElement);
      if (e.key === 'Enter' && !(typing && document.activeElement instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        choose();
      } else if (e.key === ' ' && !typing) {
        e.preventDefault();
        if (mode === 'auto') choose();
        else next();
      } else if (e.key === 'Tab' && mode === 'step') {
        e.preventDefault();
        next();
      }
    };

    // The screen moves the focus itself too (a dialog focuses its first button as it opens):
    // the highlight goes with it, so the control a switch user sees focused is the one Enter
    // chooses, even when Enter comes before the scanner's next frame.
    const onFocus = (e: FocusEvent) => {
      const el = e.target;
      if (el instanceof HTMLElement && el !== current && scanTargets().includes(el)) highlight(el);
    };

    window.addEventListener('keydown', onKey, true);
    window.addEventListener('focusin', onFocus);
    next();
    const timer = mode === 'auto' ? setInterval(next, SCAN_INTERVAL_MS) : undefined;
    // Screens change under the scanner (a page loads, a dialog closes): whenever the highlighted
    // control is gone, start again from the first one, so the switch user is never left nowhere.
    const watchdog = setInterval(() => {
      if (!current?.isConnected || !current.classList.contains('scan-focus')) {
        current = null;
        next();
      }
    }, 250);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('focusin', onFocus);
      if (timer) clearInterval(timer);
      clearInterval(watchdog);
      current?.classList.remove('scan-focus');
    };
  }, [mode]);
  return null;
}

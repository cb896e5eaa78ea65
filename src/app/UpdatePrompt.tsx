/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { useHashRoute } from './router';
import type { Route } from './router';

// The service worker is registered once for the page's lifetime (not per mount, so StrictMode
// and remounts never register twice). A new version installs in the background and then
// waits; nothing reloads until the worker presses "Update now" on a worker screen.

/** none: up to date; waiting: a new version is ready; activated: it already took over (another tab). */
type UpdateState = 'none' | 'waiting' | 'activated';

let updateState: UpdateState = 'none';
let applyWaitingUpdate: ((reloadPage?: boolean) => Promise<void>) | null = null;
// Only the tab where the worker pressed "Update now" reloads by itself.
let updateRequestedHere = false;
const listeners = new Set<() => void>();

// Devices stay open all day; look for a new version now and then, but only when online.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function setUpdateState(next: UpdateState): void {
  updateState = next;
  for (const listener of listeners) listener();
}

function startServiceWorker(): void {
  if (applyWaitingUpdate) return;
  applyWaitingUpdate = registerSW({
    onNeedRefresh: () => setUpdateState('waiting'),
    // The new version took control of every open tab. The default reloads them all at once,
    // even mid-activity; other tabs instead offer the reload on a worker screen.
    onNeedReload: () => {
      if (updateRequestedHere) window.location.reload();
      else setUpdateState('activated');
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
    onRegisterError: (error: unknown) => {
      // Only the reason: the app still works online without a service worker.
      console.warn('Voicemap could not install its offline copy:', error instanceof Error ? error.message : error);
    },
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getUpdateState(): UpdateState {
  return updateState;
}

/** An activity (or practice) is open: a child may be drawing, so nothing may interrupt. */
function isChildScreen(route: Route): boolean {
  return route.name === 'activity' || route.name === 'practice';
}

async function updateNow(): Promise<void> {
  if (updateState === 'activated') {
    window.location.reload();
    return;
  }
  // Tells the waiting version to take over; onNeedReload reloads once it controls the page.
  updateRequestedHere = true;
  await applyWaitingUpdate?.(true);
}

/** A calm notice on worker screens when a new version is ready; never over an activity. */
export function UpdatePrompt() {
  const { t } = useTranslation('pwa');
  const route = useHashRoute();
  const state = useSyncExternalStore(subscribe, getUpdateState);
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);

  useEffect(startServiceWorker, []);

  if (state === 'none' || dismissed || isChildScreen(route)) return null;
  return (
    <aside className="notice" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" role="status">
        <strong>{t('update.ready')}</strong>
        <br />
        {t('update.detail')}
      </p>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            updateNow().catch(() => setUpdating(false));
          }}
        >
          {t('update.now')}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t('update.later')}
        </button>
      </div>
    </aside>
  );
}

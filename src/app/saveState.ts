import { useEffect } from 'react';
import type { SaveStatus } from '../store/autosave';
import type { Workspace } from './workspace';

/** The three states the root element shows (a full disk is a failed write, like any other). */
export type SaveState = 'saving' | 'saved' | 'error';

export function saveStateOf(status: SaveStatus): SaveState {
  return status === 'full' ? 'error' : status;
}

/**
 * Shows the workspace's save status as `data-save-state` on the root element, so anything
 * outside the app (a test, a kiosk wrapper) can wait for "saved" instead of guessing a delay.
 * With no workspace (practice, before unlocking) nothing is waiting to be stored: "saved".
 */
export function useSaveStateAttribute(workspace: Workspace | null): void {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!root) return;
    const show = () => {
      const state = saveStateOf(workspace?.saveStatus ?? 'saved');
      if (root.dataset.saveState !== state) root.dataset.saveState = state;
    };
    show();
    if (!workspace) return;
    const unsubscribe = workspace.subscribe(show);
    return () => {
      unsubscribe();
    };
  }, [workspace]);
}

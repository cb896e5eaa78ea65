import type { SessionStore } from '../../../store/sessionStore';
import type { Workspace } from '../../workspace';

/** Export buttons: the summary writers are wired in with the summary work. */
export function ExportPanel({ store, workspace }: { store: SessionStore; workspace: Workspace }) {
  void store;
  void workspace;
  return null;
}

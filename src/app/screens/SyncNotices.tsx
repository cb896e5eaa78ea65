import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityNotice, SyncNotice, Workspace } from '../workspace';

/**
 * What the worker must be told about the saved sessions themselves, on every worker screen:
 * another tab's change kept beside this one, a session deleted in another tab, and what the
 * unlock found out of step with the session index (an old copy written back, a deleted one
 * back). Never in the child's space: it may name other sessions (docs/PRACTICE.md rule 11).
 */
export function SyncNotices({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  useSyncExternalStore(workspace.subscribe, workspace.getVersion);
  const { notices, integrity } = workspace;
  if (notices.length === 0 && integrity.length === 0) return null;
  const lines = [...integrity.map((p) => integrityText(t, p)), ...notices.map((n) => noticeText(t, n))];
  return (
    <div className="notice notice--warn sync-notices" role="alert">
      <ul>
        {[...new Set(lines)].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => workspace.dismissNotices()}>
        {t('sync.dismiss')}
      </button>
    </div>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function noticeText(t: T, notice: SyncNotice): string {
  if (notice.kind === 'kept-both') return t('sync.keptBoth', { name: notice.childName, copy: notice.copyName });
  return t('sync.deletedElsewhere', { name: notice.childName });
}

function integrityText(t: T, problem: IntegrityNotice): string {
  const name = 'childName' in problem && problem.childName ? problem.childName : t('sync.unnamed');
  switch (problem.kind) {
    case 'rolled-back':
      return t('sync.rolledBack', { name });
    case 'resurrected':
      return t('sync.resurrected', { name });
    case 'unknown':
      return t('sync.unknown', { name });
    case 'missing':
      return t('sync.missing');
    case 'index-old':
      return t('sync.indexOld');
  }
}

import { useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import { downloadBlob } from '../download';
import { RestoreIncompleteError, readBackup, readBackupWithVault, restoreBackup, writeBackup } from '../../storage/backup';
import type { BackupContents, RestoreCounts } from '../../storage/backup';
import { isStorageError } from '../../storage/errors';

function backupFileName(): string {
  return `voicemap-backup-${new Date().toISOString().slice(0, 10)}.vmbackup`;
}

/** Every line of what a restore did and did not do; counts that are zero are left out. */
function describeRestore(t: TFunction, counts: RestoreCounts): string {
  const lines = [t('backup.restored', { ...counts })];
  if (counts.keptBoth > 0) lines.push(t('backup.keptBoth', { n: counts.keptBoth }));
  if (counts.newerFormat > 0) lines.push(t('backup.newerFormat', { n: counts.newerFormat }));
  if (counts.unreadable > 0) lines.push(t('backup.unreadable', { n: counts.unreadable }));
  if (counts.recordingsSkipped > 0) lines.push(t('backup.recordingsSkipped', { n: counts.recordingsSkipped }));
  return lines.join(' ');
}

/**
 * Back up: one encrypted file of every session. Restore: read such a file and merge it in.
 * A file made on this device opens with the key already unlocked; one from another device asks
 * for the passphrase it was made with. Nothing on the device changes unless the whole file reads.
 */
export function BackupPanel({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);
  const [pending, setPending] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const fileId = useId();
  const passId = useId();
  const [interrupted, setInterrupted] = useState(false);

  // A restore that stopped part way (tab closed, storage full) leaves a marker; say so until one finishes.
  useEffect(() => {
    let live = true;
    workspace.vault.restoreWasInterrupted().then(
      (was) => live && setInterrupted(was),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workspace]);

  const fail = (err: unknown) => {
    setMessage({ kind: 'alert', text: isStorageError(err) ? t(`storageError.${err.code}`) : t('backup.failed') });
  };

  const restore = async (contents: BackupContents) => {
    await workspace.flushAll();
    let counts: RestoreCounts;
    try {
      counts = await restoreBackup(workspace.vault, contents, {
        copyName: (name) => t('backup.copyName', { name }),
      });
    } catch (err) {
      if (!(err instanceof RestoreIncompleteError)) throw err;
      // Part of it was written: say exactly what, never "nothing has been changed".
      await workspace.reload().catch(() => undefined);
      setInterrupted(false);
      const reason = isStorageError(err.reason) ? t(`storageError.${err.reason.code}`) : '';
      setMessage({
        kind: 'alert',
        text: [describeRestore(t, err.counts), t('backup.stopped'), reason].filter(Boolean).join(' '),
      });
      return;
    }
    await workspace.reload();
    setInterrupted(false);
    setPending(null);
    setPass('');
    setMessage({ kind: 'status', text: describeRestore(t, counts) });
  };

  const onFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    try {
      await workspace.flushAll();
      await restore(await readBackupWithVault(file, workspace.vault));
    } catch (err) {
      if (isStorageError(err) && err.code === 'backup-other-passphrase') {
        setPending(file);
        setMessage({ kind: 'status', text: t('backup.needPassphrase') });
      } else fail(err);
    }
  };

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={async () => {
            setMessage(null);
            try {
              await workspace.flushAll();
              downloadBlob(await writeBackup(workspace.vault), backupFileName());
              setMessage({ kind: 'status', text: t('backup.written') });
            } catch (err) {
              fail(err);
            }
          }}
        >
          {t('backup.backUp')}
        </button>
        <label className="button file-button" htmlFor={fileId}>
          {t('backup.restore')}
        </label>
        <input
          id={fileId}
          className="visually-hidden-file"
          type="file"
          aria-label={t('backup.restore')}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {pending && (
        <form
          className="row"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await restore(await readBackup(pending, pass));
            } catch (err) {
              fail(err);
            }
          }}
        >
          <div className="field">
            <label htmlFor={passId}>{t('backup.passphrase')}</label>
            <input id={passId} type="password" value={pass} onChange={(e) => setPass(e.target.value)} />
          </div>
          <button type="submit" className="button button--primary">
            {t('backup.restoreNow')}
          </button>
        </form>
      )}
      {interrupted && (
        <p className="form-error" role="alert">
          {t('backup.interrupted')}
        </p>
      )}
      {message && (
        <p className={message.kind === 'alert' ? 'form-error' : 'notice'} role={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}

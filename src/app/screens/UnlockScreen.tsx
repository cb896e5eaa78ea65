import { useId, useState, useSyncExternalStore } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Vault } from '../../storage/vault';
import { isStorageError } from '../../storage/errors';
import { PracticeLinks } from './SetupScreen';
import { hasKeptWork, subscribeKept } from '../../storage/kept';

/** Every later start, and after locking. A wrong passphrase changes nothing; it just says so. */
export function UnlockScreen({ onReady }: { onReady(vault: Vault): Promise<void> }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  // Holds no child data: only whether a lock had to keep unsaved work aside (it may do so
  // just after this screen appears, while the lock finishes).
  const kept = useSyncExternalStore(subscribeKept, hasKeptWork);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await onReady(await Vault.unlock(pass));
    } catch (err) {
      setError(isStorageError(err) ? t(`storageError.${err.code}`) : t('unlock.failed'));
      setBusy(false);
    }
  };

  return (
    <main className="gate">
      <h1>{t('app.name')}</h1>
      <h2>{t('unlock.title')}</h2>
      {kept && (
        <p className="notice" role="status">
          {t('unlock.keptWork')}
        </p>
      )}
      <form onSubmit={submit} className="gate__form">
        <div className="field">
          <label htmlFor={id}>{t('unlock.passphrase')}</label>
          <input id={id} type="password" autoComplete="current-password" autoFocus value={pass} onChange={(e) => setPass(e.target.value)} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('unlock.working') : t('unlock.submit')}
        </button>
      </form>
      <PracticeLinks />
    </main>
  );
}

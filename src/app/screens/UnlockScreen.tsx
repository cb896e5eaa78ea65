import { useId, useState, useSyncExternalStore } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Vault } from '../../storage/vault';
import { isStorageError } from '../../storage/errors';
import { PracticeLinks } from './SetupScreen';
import { hasKeptWork, subscribeKept } from '../../storage/kept';

/**
 * The passphrase and `Unlock`: a wrong passphrase changes nothing and says so in an alert. Used
 * by the lock screen and by the child's-space gate, so both behave exactly alike.
 */
export function PassphraseForm({ onReady }: { onReady(vault: Vault): Promise<void> }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

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
  );
}

/** Every later start, and after locking. */
export function UnlockScreen({ onReady, children }: { onReady(vault: Vault): Promise<void>; children?: ReactNode }) {
  const { t } = useTranslation();
  // Holds no child data: only whether a lock had to keep unsaved work aside (it may do so
  // just after this screen appears, while the lock finishes).
  const kept = useSyncExternalStore(subscribeKept, hasKeptWork);
  return (
    <main className="gate">
      <h1>{t('app.name')}</h1>
      <h2>{t('unlock.title')}</h2>
      {kept && (
        <p className="notice" role="status">
          {t('unlock.keptWork')}
        </p>
      )}
      <PassphraseForm onReady={onReady} />
      {children}
      <PracticeLinks />
    </main>
  );
}

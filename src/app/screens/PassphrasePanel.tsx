import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import { isStorageError } from '../../storage/errors';
import { hasKeptWork, writeKeptWork } from '../../storage/kept';
import { NewPassphraseFields, newPassphraseError } from './NewPassphraseFields';

/**
 * Change passphrase: everything saved on this tablet is locked again under the new one, all at
 * once (storage/reseal.ts); if it stops half-way, the old passphrase still opens everything.
 * Work kept at a lock is sealed under the old key, so it must be saved first.
 */
export function PassphrasePanel({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);
  const currentId = useId();

  const close = () => {
    setOpen(false);
    setCurrent('');
    setPass('');
    setRepeat('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = newPassphraseError(t, pass, repeat);
    if (problem) return setMessage({ kind: 'alert', text: problem });
    setBusy(true);
    setMessage(null);
    try {
      await workspace.flushAll();
      if (hasKeptWork() && (await writeKeptWork(workspace.vault)).waiting > 0) {
        setMessage({ kind: 'alert', text: t('passphrase.keptWaiting') });
        return;
      }
      await workspace.vault.changePassphrase(current, pass);
      close();
      setMessage({ kind: 'status', text: t('passphrase.done') });
    } catch (err) {
      const reason = isStorageError(err) ? t(`storageError.${err.code}`) : '';
      // A wrong current passphrase says so itself; anything else: nothing changed, the old one works.
      setMessage({ kind: 'alert', text: isStorageError(err) && err.code.startsWith('passphrase') ? reason : [t('passphrase.failed'), reason].join(' ') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="passphrase-panel" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('passphrase.title')}</h2>
      <p>{t('passphrase.explain')}</p>
      {!open ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setMessage(null);
            setOpen(true);
          }}
        >
          {t('passphrase.change')}
        </button>
      ) : (
        <form className="gate__form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={currentId}>{t('passphrase.current')}</label>
            <input id={currentId} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </div>
          <NewPassphraseFields pass={pass} repeat={repeat} onPass={setPass} onRepeat={setRepeat} />
          <div className="row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('passphrase.working') : t('passphrase.save')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={close}>
              {t('passphrase.cancel')}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p className={message.kind === 'alert' ? 'form-error' : 'notice'} role={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}

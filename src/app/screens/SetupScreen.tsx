import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../activities/registry';
import { Vault } from '../../storage/vault';
import { NewPassphraseFields, newPassphraseError } from './NewPassphraseFields';
import { isStorageError } from '../../storage/errors';

/** First run: the worker sets the passphrase that locks every child's material on this device. */
export function SetupScreen({ onReady }: { onReady(vault: Vault): Promise<void> }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = newPassphraseError(t, pass, repeat);
    if (problem) return setError(problem);
    setBusy(true);
    setError('');
    try {
      await onReady(await Vault.create(pass));
    } catch (err) {
      setError(isStorageError(err) ? t(`storageError.${err.code}`) : t('setup.failed'));
      setBusy(false);
    }
  };

  return (
    <main className="gate">
      <h1>{t('app.name')}</h1>
      <h2>{t('setup.title')}</h2>
      <p>{t('setup.why')}</p>
      <p>{t('setup.remember')}</p>
      <form onSubmit={submit} className="gate__form">
        <NewPassphraseFields pass={pass} repeat={repeat} onPass={setPass} onRepeat={setRepeat} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('setup.working') : t('setup.submit')}
        </button>
      </form>
      <PracticeLinks />
    </main>
  );
}

export function PracticeLinks() {
  const { t } = useTranslation();
  return (
    <section className="practice-links" aria-labelledby="practice-title">
      <h2 id="practice-title">{t('practice.title')}</h2>
      <p>{t('practice.explain')}</p>
      <div className="row">
        {/* Every activity the app offers can be practised, so a worker can try each before a visit. */}
        {ACTIVITIES.map((a) => (
          <a key={a.id} className="button" href={`#/practice/${a.id}`}>
            {t('practice.try', { activity: t(a.titleKey) })}
          </a>
        ))}
      </div>
    </section>
  );
}

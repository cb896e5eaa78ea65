import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../activities/registry';
import { Vault } from '../../storage/vault';
import { passphraseProblem, passphraseStrength } from '../../storage/passphrase';
import { isStorageError } from '../../storage/errors';

/** First run: the worker sets the passphrase that locks every child's material on this device. */
export function SetupScreen({ onReady }: { onReady(vault: Vault): Promise<void> }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const passId = useId();
  const repeatId = useId();
  const hintId = useId();
  const strength = pass ? passphraseStrength(pass) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = passphraseProblem(pass);
    if (problem) return setError(t(`storageError.passphrase-${problem}`));
    if (pass !== repeat) return setError(t('setup.mismatch'));
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
        <div className="field">
          <label htmlFor={passId}>{t('setup.newPassphrase')}</label>
          <input id={passId} type="password" autoComplete="new-password" aria-describedby={hintId} value={pass} onChange={(e) => setPass(e.target.value)} />
          <p id={hintId} className="hint" aria-live="polite">
            {strength ? t(`setup.strength.${strength}`) : t('setup.rule')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={repeatId}>{t('setup.repeatPassphrase')}</label>
          <input id={repeatId} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
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

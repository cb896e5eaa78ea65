import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { passphraseProblem, passphraseStrength } from '../../storage/passphrase';

/** Why a new passphrase cannot be used (translated), or '' when it can. */
export function newPassphraseError(t: TFunction, pass: string, repeat: string): string {
  const problem = passphraseProblem(pass);
  if (problem) return t(`storageError.passphrase-${problem}`);
  if (pass !== repeat) return t('setup.mismatch');
  return '';
}

/** A new passphrase typed twice, with the rule and then its strength said as it is typed. */
export function NewPassphraseFields({
  pass,
  repeat,
  onPass,
  onRepeat,
}: {
  pass: string;
  repeat: string;
  onPass(value: string): void;
  onRepeat(value: string): void;
}) {
  const { t } = useTranslation();
  const passId = useId();
  const repeatId = useId();
  const hintId = useId();
  const strength = pass ? passphraseStrength(pass) : null;
  return (
    <>
      <div className="field">
        <label htmlFor={passId}>{t('setup.newPassphrase')}</label>
        <input id={passId} type="password" autoComplete="new-password" aria-describedby={hintId} value={pass} onChange={(e) => onPass(e.target.value)} />
        <p id={hintId} className="hint" aria-live="polite">
          {strength ? t(`setup.strength.${strength}`) : t('setup.rule')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={repeatId}>{t('setup.repeatPassphrase')}</label>
        <input id={repeatId} type="password" autoComplete="new-password" value={repeat} onChange={(e) => onRepeat(e.target.value)} />
      </div>
    </>
  );
}

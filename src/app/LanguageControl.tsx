import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './languages';
import type { LanguageInfo } from './languages';
import { setWorkerLanguage } from './i18n';

/** The language options: each under its own name, unchecked translations grouped apart. */
export function LanguageOptions() {
  const { t } = useTranslation();
  const option = (l: LanguageInfo) => (
    <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
      {l.name}
    </option>
  );
  const checked = LANGUAGES.filter((l) => l.reviewed);
  const drafts = LANGUAGES.filter((l) => !l.reviewed);
  return (
    <>
      {checked.map(option)}
      {drafts.length > 0 && <optgroup label={t('language.unreviewedGroup')}>{drafts.map(option)}</optgroup>}
    </>
  );
}

/** Each language under its own name, so a family can find theirs without reading English. */
export function LanguageControl({ value, onChange, label }: { value?: string; onChange?(code: string): void; label?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = value ?? i18n.language;
  return (
    <span className="language-control">
      <label htmlFor={id}>{label ?? t('language.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const code = e.target.value;
          if (onChange) onChange(code);
          else void setWorkerLanguage(code);
        }}
      >
        <LanguageOptions />
      </select>
    </span>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './languages';
import { setLanguage } from './i18n';

/** Each language under its own name, so a family can find theirs without reading English. */
export function LanguageControl({ value, onChange }: { value?: string; onChange?(code: string): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = value ?? i18n.language;
  return (
    <span className="language-control">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const code = e.target.value;
          if (onChange) onChange(code);
          else void setLanguage(code);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}

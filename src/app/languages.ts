/**
 * Languages offered, each under its own name. Whether a native speaker has checked a
 * translation is read from locales/<code>/meta.json; the language menu groups unchecked ones.
 */
export interface LanguageInfo {
  code: string;
  /** The language's name in itself, as a family would look for it. */
  name: string;
  dir: 'ltr' | 'rtl';
  reviewed: boolean;
}

export const SOURCE_LANGUAGE = 'en-GB';

const metas = import.meta.glob<{ reviewedByNativeSpeaker?: boolean }>('../../locales/*/meta.json', {
  eager: true,
  import: 'default',
});

function reviewed(code: string): boolean {
  if (code === SOURCE_LANGUAGE) return true;
  return metas[`../../locales/${code}/meta.json`]?.reviewedByNativeSpeaker === true;
}

function hasLocale(code: string): boolean {
  return code === SOURCE_LANGUAGE || `../../locales/${code}/meta.json` in metas;
}

const ALL: readonly Omit<LanguageInfo, 'reviewed'>[] = [
  { code: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'lt', name: 'Lietuvių', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
];

/** Only languages whose files are shipped are offered. */
export const LANGUAGES: readonly LanguageInfo[] = ALL.filter((l) => hasLocale(l.code)).map((l) => ({ ...l, reviewed: reviewed(l.code) }));

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

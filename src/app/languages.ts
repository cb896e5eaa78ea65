/**
 * Languages offered, each under its own name. `reviewed` says whether a native speaker has
 * checked the translation; the language menu marks unreviewed ones.
 */
export interface LanguageInfo {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

export const SOURCE_LANGUAGE = 'en-GB';

export const LANGUAGES: readonly LanguageInfo[] = [{ code: 'en-GB', name: 'English', dir: 'ltr' }];

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

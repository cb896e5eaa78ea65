import type { Direction } from './bidi';

/**
 * Direction for a language's own text, e.g. the summary's headings. Apart from the bidi code
 * so that building a summary does not load the bidi algorithm's tables; only the writers do.
 */
export function languageDirection(language: string): Direction {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'].includes(primary) ? 'rtl' : 'ltr';
}

/**
 * What makes a passphrase acceptable. Everything on the tablet and in every backup is only as
 * safe as this: a backup file carries its salt and check value, so a weak passphrase can be
 * guessed offline at the attacker's leisure. Long beats clever, so the rule is about length.
 */

import { COMMON_PASSWORDS } from './commonPasswords';

export const MIN_PASSPHRASE_CHARS = 12;
export const MIN_PASSPHRASE_WORDS = 4;
/** A "word" must be at least this long to count, so "a b c d" is not four words. */
const MIN_WORD_CHARS = 3;

export type PassphraseProblem = 'too-short' | 'too-common';

/** Code points, not UTF-16 units, so an emoji counts as one character as the worker sees it. */
function length(text: string): number {
  return [...text].length;
}

export function passphraseProblem(passphrase: string): PassphraseProblem | null {
  const text = passphrase.normalize('NFC');
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => length(word) >= MIN_WORD_CHARS);
  if (length(text) < MIN_PASSPHRASE_CHARS && words.length < MIN_PASSPHRASE_WORDS) return 'too-short';
  // Spaces, case and trailing digits do not make a common password uncommon.
  const squashed = text.toLowerCase().replace(/\s+/gu, '');
  const stem = squashed.replace(/[\d!?.]+$/u, '');
  if (COMMON_PASSWORDS.has(squashed) || COMMON_PASSWORDS.has(stem)) return 'too-common';
  // One character repeated, or a run of keys, is as good as common.
  if (new Set(squashed).size <= 3) return 'too-common';
  return null;
}

/** A rough hint while typing: 'weak' fails the rule, 'ok' passes it, 'strong' is long too. */
export function passphraseStrength(passphrase: string): 'weak' | 'ok' | 'strong' {
  if (passphraseProblem(passphrase) !== null) return 'weak';
  const text = passphrase.normalize('NFC');
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => length(word) >= MIN_WORD_CHARS);
  return length(text) >= 20 || words.length >= 5 ? 'strong' : 'ok';
}

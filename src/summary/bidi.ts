/**
 * A compact form of the Unicode Bidirectional Algorithm (UAX #9), enough to lay out a child's
 * words in Arabic, Urdu, Persian or Hebrew, alone or mixed with English, on a PDF page.
 * pdf-lib draws glyphs left to right and knows nothing of direction, so the PDF writer needs
 * the visual order itself.
 *
 * Covered: strong types, European and Arabic numbers (with the separators and terminators
 * around them), neutrals, paragraph direction, line reordering and bracket mirroring.
 * Left out: explicit embeddings and isolates (the control characters are dropped before
 * layout) and bracket pairing (N0), which matter little in a child's short sentences.
 */

export type BidiClass = 'L' | 'R' | 'EN' | 'AN' | 'ES' | 'ET' | 'CS' | 'NSM' | 'WS' | 'ON';

export type Direction = 'ltr' | 'rtl';

function isRightToLeftLetterRange(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

const ES = new Set(['+', '-', '\u2212', '\u207a', '\u207b', '\u208a', '\u208b', '\ufb29', '\ufe62', '\ufe63', '\uff0b', '\uff0d']);
const CS = new Set([',', '.', '/', ':', '\u00a0', '\u060c', '\u202f', '\u2044', '\ufe50', '\ufe52', '\ufe55', '\uff0c', '\uff0e', '\uff0f', '\uff1a']);

/** The bidi class of one character (simplified; see the file comment). */
export function bidiClass(ch: string): BidiClass {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x30 && cp <= 0x39) return 'EN';
  if (cp >= 0x06f0 && cp <= 0x06f9) return 'EN';
  if ((cp >= 0x0660 && cp <= 0x0669) || cp === 0x066b || cp === 0x066c) return 'AN';
  if (ES.has(ch)) return 'ES';
  if (CS.has(ch)) return 'CS';
  if (/\p{M}/u.test(ch)) return 'NSM';
  if (/[#$%\u00a2-\u00a5\u00b0\u00b1\u066a\u2030-\u2034\u20a0-\u20cf\u2212]/u.test(ch)) return 'ET';
  if (isRightToLeftLetterRange(cp)) return 'R';
  if (/\s/u.test(ch)) return 'WS';
  if (/[\p{L}\p{N}]/u.test(ch)) return 'L';
  return 'ON';
}

/** Paragraph direction from the first strong character (rules P2, P3), else the fallback. */
export function paragraphDirection(classes: readonly BidiClass[], fallback: Direction): Direction {
  for (const c of classes) {
    if (c === 'L') return 'ltr';
    if (c === 'R') return 'rtl';
  }
  return fallback;
}

const isNeutral = (c: BidiClass) => c === 'WS' || c === 'ON' || c === 'ES' || c === 'ET' || c === 'CS';

/**
 * Embedding levels for one paragraph, one per unit (callers pass grapheme clusters, classed
 * by their first character, so marks already sit with their base letter).
 */
export function resolveLevels(input: readonly BidiClass[], direction: Direction): number[] {
  const base = direction === 'rtl' ? 1 : 0;
  const sos: BidiClass = base === 1 ? 'R' : 'L';
  const types = [...input];
  const n = types.length;

  // W1: a mark takes the type of what it sits on.
  for (let i = 0; i < n; i++) if (types[i] === 'NSM') types[i] = i === 0 ? sos : types[i - 1];

  // W2: European digits after right-to-left letters count as Arabic numbers.
  let lastStrong: BidiClass = sos;
  for (let i = 0; i < n; i++) {
    if (types[i] === 'L' || types[i] === 'R') lastStrong = types[i];
    else if (types[i] === 'EN' && lastStrong === 'R') types[i] = 'AN';
  }

  // W4: one separator between two numbers of the same kind joins them ("1,000", "3.5").
  for (let i = 1; i < n - 1; i++) {
    const [prev, next] = [types[i - 1], types[i + 1]];
    if (types[i] === 'ES' && prev === 'EN' && next === 'EN') types[i] = 'EN';
    else if (types[i] === 'CS' && prev === next && (prev === 'EN' || prev === 'AN')) types[i] = prev;
  }

  // W5: terminators next to European digits join them ("50%", "£3").
  for (let i = 0; i < n; i++) {
    if (types[i] !== 'ET') continue;
    let j = i;
    while (j < n && types[j] === 'ET') j++;
    if ((i > 0 && types[i - 1] === 'EN') || (j < n && types[j] === 'EN')) for (let k = i; k < j; k++) types[k] = 'EN';
    i = j - 1;
  }

  // W6: whatever separators and terminators are left behave as neutrals.
  for (let i = 0; i < n; i++) if (types[i] === 'ES' || types[i] === 'ET' || types[i] === 'CS') types[i] = 'ON';

  // W7: European digits in left-to-right context are simply left-to-right.
  lastStrong = sos;
  for (let i = 0; i < n; i++) {
    if (types[i] === 'L' || types[i] === 'R') lastStrong = types[i];
    else if (types[i] === 'EN' && lastStrong === 'L') types[i] = 'L';
  }

  // N1, N2: neutrals between two of the same direction take it, others the paragraph's.
  const strongOf = (c: BidiClass): 'L' | 'R' => (c === 'L' ? 'L' : 'R');
  for (let i = 0; i < n; i++) {
    if (!isNeutral(types[i])) continue;
    let j = i;
    while (j < n && isNeutral(types[j])) j++;
    const before = i === 0 ? sos : strongOf(types[i - 1]);
    const after = j === n ? sos : strongOf(types[j]);
    const resolved: BidiClass = before === after ? before : sos;
    for (let k = i; k < j; k++) types[k] = resolved;
    i = j - 1;
  }

  // I1, I2: levels.
  return types.map((t) => {
    if (base === 0) return t === 'R' ? 1 : t === 'AN' || t === 'EN' ? 2 : 0;
    return t === 'L' || t === 'AN' || t === 'EN' ? 2 : 1;
  });
}

/**
 * Visual order for one line (rule L2): indices into the line's units, left to right.
 * Trailing whitespace must already be at the paragraph level (rule L1) or removed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]] >= level) j++;
      const reversed = order.slice(i, j).reverse();
      order.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return order;
}

const MIRRORS: Record<string, string> = {
  '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
  '«': '»', '»': '«', '‹': '›', '›': '‹', '⁅': '⁆', '⁆': '⁅', '⁽': '⁾', '⁾': '⁽',
  '₍': '₎', '₎': '₍', '≤': '≥', '≥': '≤', '〈': '〉', '〉': '〈', '⟨': '⟩', '⟩': '⟨',
  '﴾': '﴿', '﴿': '﴾',
};

/** The mirrored form a character takes at a right-to-left level (rule L4), if it has one. */
export function mirrored(ch: string): string | undefined {
  return MIRRORS[ch];
}

/** Direction for a language's own text, e.g. the summary's headings. */
export function languageDirection(language: string): Direction {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'].includes(primary)
    ? 'rtl'
    : 'ltr';
}

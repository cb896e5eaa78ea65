import { paragraphLevels, textDirection, visualOrder } from '../../../src/summary/bidi';
import type { Direction } from '../../../src/summary/bidi';
import { SUBSTITUTE, approximateGraphemes, graphemes, layoutParagraph } from '../../../src/summary/pdfTextLayout';
import type { TextMeasurer } from '../../../src/summary/pdfTextLayout';

const isArabic = (text: string) => /[\u0600-\u06ff]/u.test(text);

/** Every character one unit wide; "no font" for the made-up missing character ☒. */
const measurer: TextMeasurer = {
  fontFor: (cluster) => (cluster === '☒' ? -1 : 0),
  width: (text) => [...text].length,
  shapingDirection: (text): Direction => (isArabic(text) ? 'rtl' : 'ltr'),
};

/** What a reader sees, left to right, with right-to-left pieces shown as the shaper would draw them. */
function visual(text: string, width = 100, direction: Direction | 'auto' = 'ltr'): string[] {
  return layoutParagraph(text, width, measurer, direction, 'ltr').lines.map((line) =>
    line.pieces.map((p) => (p.rtl ? [...p.draw].reverse().join('') : p.draw)).join(''),
  );
}

describe('bidi', () => {
  const order = (text: string, dir: Direction) => {
    const { levels } = paragraphLevels(text, dir, 'ltr');
    return visualOrder([...levels])
      .map((i) => text[i])
      .join('');
  };

  it('takes the paragraph direction from the first strong character, else the fallback', () => {
    expect(textDirection('"أنا', 'ltr')).toBe('rtl');
    expect(textDirection('12 ok', 'rtl')).toBe('ltr');
    expect(textDirection('123', 'rtl')).toBe('rtl');
    expect(textDirection('123', 'ltr')).toBe('ltr');
    // An emoji is neutral, not a left-to-right letter, though it is two UTF-16 units.
    expect(textDirection('🙂 أنا', 'ltr')).toBe('rtl');
  });

  it('reorders right-to-left runs and keeps numbers left to right', () => {
    expect(order('ab אבג cd', 'ltr')).toBe('ab גבא cd');
    expect(order('אב 123 גד', 'rtl')).toBe('דג 123 בא');
    expect(order('אב 1,000', 'ltr')).toBe('1,000 בא');
  });

  it('pairs brackets (rule N0) and keeps an isolate apart, which the hand-written code did not', () => {
    // The closing bracket goes with the Hebrew inside the pair, not with the English after it.
    expect(visual('a אב(גד) b')).toEqual(['a (דג)בא b']);
    // An English name isolated inside Arabic stays one left-to-right island; the marks are not drawn.
    expect(visual('قال \u2066Tom 2\u2069 نعم', 100, 'rtl').map((l) => l.replace(/[\u0600-\u06ff]+/g, 'AR'))).toEqual(['AR Tom 2 AR']);
  });
});

describe('layoutParagraph', () => {
  it('wraps by measured width and drops spaces at the wrap', () => {
    expect(visual('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
  });

  it('keeps spaces the child typed at the start and inside', () => {
    expect(visual('  two  spaces')).toEqual(['  two  spaces']);
  });

  it('breaks a word longer than the line', () => {
    expect(visual('abcdefghijklmnop', 5)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
    // As CSS overflow-wrap does: the long word starts its own line first.
    expect(visual('hi abcdefghij', 5)).toEqual(['hi', 'abcde', 'fghij']);
  });

  it('never splits a letter from its accents or an emoji sequence', () => {
    const lines = layoutParagraph('e\u0301e\u0301e\u0301 👩‍👩‍👧', 1, measurer, 'ltr', 'ltr').lines;
    expect(lines.map((l) => l.pieces.map((p) => p.draw).join(''))).toEqual(['e\u0301', 'e\u0301', 'e\u0301', '👩‍👩‍👧']);
  });

  it('puts Arabic words in visual order inside an English sentence, and hands the shaper logical text', () => {
    const line = layoutParagraph('Amira said: "أنا خائف" ok', 100, measurer, 'ltr', 'ltr').lines[0];
    const arabic = line.pieces.find((p) => p.rtl);
    expect(arabic?.draw).toBe('أنا خائف');
    expect(visual('Amira said: "أنا خائف" ok')).toEqual(['Amira said: "فئاخ انأ" ok']);
  });

  it('lays out an Arabic paragraph right to left, with its own direction', () => {
    const laid = layoutParagraph('أنا خائف', 100, measurer, 'auto', 'ltr');
    expect(laid.direction).toBe('rtl');
    expect(visual('أنا خائف', 100, 'auto')).toEqual(['فئاخ انأ']);
  });

  it('mirrors brackets in right-to-left text and says what they stand for', () => {
    const pieces = layoutParagraph('أ (ب)', 100, measurer, 'rtl', 'ltr').lines[0].pieces;
    const brackets = pieces.filter((p) => p.actual !== undefined);
    expect(brackets.map((p) => [p.draw, p.actual])).toEqual([
      ['(', ')'],
      [')', '('],
    ]);
  });

  it('keeps Arabic-Indic digits in reading order', () => {
    expect(visual('عمري ١٢ سنة', 100, 'auto')).toEqual(['ةنس ١٢ يرمع']);
  });

  it('draws a visible substitute for characters no font has, and marks them so extraction can still give them back', () => {
    const pieces = layoutParagraph('a ☒ b', 100, measurer, 'ltr', 'ltr').lines[0].pieces;
    expect(pieces.find((p) => p.actual === '☒')).toMatchObject({ draw: SUBSTITUTE, font: 0 });
  });
});

describe('graphemes', () => {
  it.each(['e\u0301a', 'Zoë 👍🏽 ok ❤️', '👩‍👩‍👧 x', 'می‌ترسم', 'أَنا'])('splits "%s" the same without Intl.Segmenter', (text) => {
    expect(approximateGraphemes(text)).toEqual(graphemes(text));
  });

  it('splits plain Latin text as Intl.Segmenter does, character by character', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const segment = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
    const chars: string[] = [];
    for (const [from, to] of [
      [0x20, 0x7e],
      [0xa0, 0x2ff],
      [0x2010, 0x2027],
    ])
      for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
    // Each character between letters, and all of them in a row.
    for (const ch of chars) expect(graphemes(`a${ch}b`), `U+${ch.codePointAt(0)?.toString(16)}`).toEqual(segment(`a${ch}b`));
    expect(graphemes(chars.join(''))).toEqual(segment(chars.join('')));
    expect(graphemes('Words number 1: I like playing with my dog – zażółć „Mă”')).toEqual(segment('Words number 1: I like playing with my dog – zażółć „Mă”'));
    // Anything else still goes to the segmenter: a combining accent stays with its letter.
    expect(graphemes('ze\u0301b')).toEqual(['z', 'e\u0301', 'b']);
  });
});

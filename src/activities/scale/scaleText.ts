import type { ScaleAnswer } from '../../model/types';
import type { LibraryWordKeys } from './questions';
import { positionKind } from './scaleValue';

/** A translator bound to the `scale` namespace. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

type Anchors = Pick<ScaleAnswer, 'zeroMeans' | 'tenMeans'>;

/** Which anchor's words go with a number: 0's below the middle, 10's above, none at 5. */
function nearestSide(value: number): keyof Anchors | undefined {
  const kind = positionKind(value);
  if (kind === 'zero' || kind === 'low') return 'zeroMeans';
  if (kind === 'ten' || kind === 'high') return 'tenMeans';
  return undefined;
}

/** The anchor words nearest a number, or none at 5. */
function nearestAnchor(value: number, scale: Anchors): string {
  const side = nearestSide(value);
  return side ? scale[side] : '';
}

/** aria-valuetext: "7 - nearer to 10: you feel really safe at home ...". */
export function valueText(t: Translate, value: number | null, scale: Anchors): string {
  if (value === null) return t('position.notChosen');
  return t(`position.${positionKind(value)}`, { value, text: nearestAnchor(value, scale) });
}

/** One piece of what Read aloud says, with the i18next key of the app's own words it is, if any. */
export interface SpokenPart {
  text: string;
  key?: string;
}

/** Stands in for the anchor's words while a sentence is split around them; never in any locale. */
const SLOT = '\uE000';

/** A piece worth saying: more than spaces and punctuation (the full stop after an anchor). */
const SAYABLE = /[\p{L}\p{N}]/u;

/**
 * A sentence with an anchor's words in it. When those words have a recording (recordedKey), the
 * sentence is split around them, so the recording says exactly them and the tablet's voice says
 * the rest ("0 means", "7. Nearer to 10:"), in the order the language's sentence puts them.
 */
function withAnchor(t: Translate, key: string, options: Record<string, unknown>, text: string, recordedKey: string | undefined): SpokenPart[] {
  const whole = t(key, { ...options, text });
  if (!recordedKey) return [{ text: whole }];
  const frame = t(key, { ...options, text: SLOT });
  const at = frame.indexOf(SLOT);
  if (at < 0 || frame.indexOf(SLOT, at + SLOT.length) >= 0) return [{ text: whole }];
  const before = frame.slice(0, at).trim();
  const after = frame.slice(at + SLOT.length).trim();
  return [...(SAYABLE.test(before) ? [{ text: before }] : []), { text, key: recordedKey }, ...(SAYABLE.test(after) ? [{ text: after }] : [])];
}

/**
 * Read aloud on the scale: the question, then the chosen number's words, or both anchors.
 *
 * `keys` marks the words that are the library's own (questions.ts, libraryWordKeys): the
 * question carries its key, so a council's recording of it plays instead of synthesis
 * (voice/promptAudio.ts). An anchor's words sit inside a sentence with the number, so they are
 * split out only when `recorded` says a recording of them exists; with nothing recorded every
 * sentence is read whole, as it always was.
 */
export function spokenScale(
  t: Translate,
  value: number | null,
  scale: Anchors & Pick<ScaleAnswer, 'question'>,
  keys: LibraryWordKeys = {},
  recorded: (key: string) => boolean = () => false,
): SpokenPart[] {
  const question: SpokenPart = keys.question ? { text: scale.question, key: keys.question } : { text: scale.question };
  const ifRecorded = (key: string | undefined) => (key !== undefined && recorded(key) ? key : undefined);
  if (value !== null) {
    // "7. Nearer to 10: <10's words>"
    const side = nearestSide(value);
    return [question, ...withAnchor(t, `spoken.${positionKind(value)}`, { value }, nearestAnchor(value, scale), ifRecorded(side && keys[side]))];
  }
  return [
    question,
    ...withAnchor(t, 'spoken.anchorZero', {}, scale.zeroMeans, ifRecorded(keys.zeroMeans)),
    ...withAnchor(t, 'spoken.anchorTen', {}, scale.tenMeans, ifRecorded(keys.tenMeans)),
  ];
}

import type { ScaleAnswer } from '../../model/types';
import { positionKind } from './scaleValue';

/** A translator bound to the `scale` namespace. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

type Anchors = Pick<ScaleAnswer, 'zeroMeans' | 'tenMeans'>;

/** The anchor words nearest a number: 0's words below the middle, 10's above, none at 5. */
function nearestAnchor(value: number, scale: Anchors): string {
  const kind = positionKind(value);
  if (kind === 'zero' || kind === 'low') return scale.zeroMeans;
  if (kind === 'ten' || kind === 'high') return scale.tenMeans;
  return '';
}

/** aria-valuetext: "7 - nearer to 10: you feel really safe at home ...". */
export function valueText(t: Translate, value: number | null, scale: Anchors): string {
  if (value === null) return t('position.notChosen');
  return t(`position.${positionKind(value)}`, { value, text: nearestAnchor(value, scale) });
}

/** What Read aloud says for a number: "7. Nearer to 10: you feel really safe at home ...". */
export function spokenPosition(t: Translate, value: number, scale: Anchors): string {
  return t(`spoken.${positionKind(value)}`, { value, text: nearestAnchor(value, scale) });
}

/** Read aloud on the scale: the question, then the chosen number's words, or both anchors. */
export function spokenScale(t: Translate, value: number | null, scale: Anchors & Pick<ScaleAnswer, 'question'>): string[] {
  if (value !== null) return [scale.question, spokenPosition(t, value, scale)];
  return [scale.question, t('spoken.anchorZero', { text: scale.zeroMeans }), t('spoken.anchorTen', { text: scale.tenMeans })];
}

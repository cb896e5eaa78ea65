import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { spokenScale, valueText } from '../../../src/activities/scale/scaleText';
import { setUpI18n } from './helpers';

beforeAll(setUpI18n);

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, { ns: 'scale', ...options });
const anchors = {
  question: 'How safe do you feel at home?',
  zeroMeans: 'you feel really scared at home',
  tenMeans: 'you feel really safe at home and nothing worries you',
};

describe('words for a number', () => {
  it('says the number and the nearer anchor, and nothing before the child chooses', () => {
    expect(valueText(t, null, anchors)).toBe('No number chosen yet');
    expect(valueText(t, 0, anchors)).toBe('0 - you feel really scared at home');
    expect(valueText(t, 3, anchors)).toBe('3 - nearer to 0: you feel really scared at home');
    expect(valueText(t, 5, anchors)).toBe('5 - in the middle');
    expect(valueText(t, 7, anchors)).toBe('7 - nearer to 10: you feel really safe at home and nothing worries you');
    expect(valueText(t, 10, anchors)).toBe('10 - you feel really safe at home and nothing worries you');
  });

  it('reads aloud the question and the chosen number, or both anchors before choosing', () => {
    expect(spokenScale(t, 7, anchors)).toEqual(['How safe do you feel at home?', '7. Nearer to 10: you feel really safe at home and nothing worries you']);
    expect(spokenScale(t, null, anchors)).toEqual([
      'How safe do you feel at home?',
      '0 means you feel really scared at home.',
      '10 means you feel really safe at home and nothing worries you.',
    ]);
  });

  it('keeps the worker\'s anchor words exactly, even when they look like template syntax', () => {
    const odd = { zeroMeans: 'really bad $t(why) {{value}} <b>', tenMeans: 'gr8  ' };
    expect(valueText(t, 1, odd)).toBe('1 - nearer to 0: really bad $t(why) {{value}} <b>');
    expect(valueText(t, 10, odd)).toBe('10 - gr8  ');
  });
});

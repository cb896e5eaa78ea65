import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { libraryWordKeys } from '../../../src/activities/scale/questions';
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
    expect(spokenScale(t, 7, anchors)).toEqual([
      { text: 'How safe do you feel at home?' },
      { text: '7. Nearer to 10: you feel really safe at home and nothing worries you' },
    ]);
    expect(spokenScale(t, null, anchors)).toEqual([
      { text: 'How safe do you feel at home?' },
      { text: '0 means you feel really scared at home.' },
      { text: '10 means you feel really safe at home and nothing worries you.' },
    ]);
  });

  it("keeps the worker's anchor words exactly, even when they look like template syntax", () => {
    const odd = { zeroMeans: 'really bad $t(why) {{value}} <b>', tenMeans: 'gr8  ' };
    expect(valueText(t, 1, odd)).toBe('1 - nearer to 0: really bad $t(why) {{value}} <b>');
    expect(valueText(t, 10, odd)).toBe('10 - gr8  ');
  });
});

describe('recorded prompts on the scale', () => {
  const keys = {
    question: 'scale:questions.home.question',
    zeroMeans: 'scale:questions.home.zeroMeans',
    tenMeans: 'scale:questions.home.tenMeans',
  };
  const home = { questionKey: 'scale.questions.home', ...anchors };

  it("knows the library's own words by their keys, and only while they are the library's words in this language", () => {
    expect(libraryWordKeys(t, home)).toEqual(keys);
    // The worker changed one anchor: that one is now the worker's words.
    expect(libraryWordKeys(t, { ...home, zeroMeans: 'you feel scared' })).toEqual({ question: keys.question, tenMeans: keys.tenMeans });
    // The worker's own question, or a reworded one (which has no key), has no app wording at all.
    expect(libraryWordKeys(t, { ...anchors })).toEqual({});
    expect(libraryWordKeys(t, { ...home, questionKey: 'scale.questions.not-in-the-library' })).toEqual({});
    // Saved in Polish, read now in English: an English recording would not say what is on the screen.
    const polish = {
      questionKey: 'scale.questions.home',
      question: 'Jak bezpiecznie czujesz się w domu?',
      zeroMeans: 'naprawdę bardzo się boisz w domu',
      tenMeans: 'czujesz się w domu naprawdę bezpiecznie i nic cię nie martwi',
    };
    expect(libraryWordKeys(t, polish)).toEqual({});
  });

  it('gives the question its key, and reads every sentence whole while nothing else is recorded', () => {
    expect(spokenScale(t, null, anchors, keys, () => false)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '0 means you feel really scared at home.' },
      { text: '10 means you feel really safe at home and nothing worries you.' },
    ]);
  });

  it("splits an anchor's recorded words out of the sentence, so the tablet says only the rest", () => {
    const recorded = (key: string) => key === keys.zeroMeans;
    expect(spokenScale(t, null, anchors, keys, recorded)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '0 means' },
      { text: 'you feel really scared at home', key: keys.zeroMeans },
      { text: '10 means you feel really safe at home and nothing worries you.' },
    ]);
    expect(spokenScale(t, 3, anchors, keys, recorded)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '3. Nearer to 0:' },
      { text: 'you feel really scared at home', key: keys.zeroMeans },
    ]);
    expect(spokenScale(t, 0, anchors, keys, recorded)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '0.' },
      { text: 'you feel really scared at home', key: keys.zeroMeans },
    ]);
    // 10's words are not recorded, and 5 has no anchor words at all.
    expect(spokenScale(t, 8, anchors, keys, recorded)[1]).toEqual({ text: '8. Nearer to 10: you feel really safe at home and nothing worries you' });
    expect(spokenScale(t, 5, anchors, keys, () => true)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '5. In the middle.' },
    ]);
  });

  it("never splits out words that are not the app's own, even if a recording exists for their key", () => {
    const own = { ...anchors, zeroMeans: 'you feel scared' };
    expect(spokenScale(t, null, own, { question: keys.question, tenMeans: keys.tenMeans }, () => true)).toEqual([
      { text: 'How safe do you feel at home?', key: keys.question },
      { text: '0 means you feel scared.' },
      { text: '10 means' },
      { text: 'you feel really safe at home and nothing worries you', key: keys.tenMeans },
    ]);
  });
});

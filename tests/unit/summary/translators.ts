import i18next from 'i18next';
import summaryEn from '../../../locales/en-GB/summary.json';
import type { Translate } from '../../../src/summary/summaryTypes';

/** A small stand-in for the common namespace: place names and the prompts the fixtures use. */
export const commonForTests = {
  places: {
    'house-of-worries': 'House of Worries',
    'house-of-good-things': 'House of Good Things',
    'house-of-dreams': 'House of Dreams',
    'good-things': 'Good things',
    worries: 'Worries',
    wishes: 'Wishes',
  },
  prompts: {
    'house-of-worries': { '1': 'Is there anything that worries you?', '2': 'What things make you feel sad, cross or scared?' },
    'house-of-good-things': { '1': 'What are the good things in your life?' },
  },
  scale: { followUp: { higher: 'What would one step higher look like?', best: 'What was the best it has been?' } },
};

/**
 * A fresh i18next instance with escaping off, as the app configures it; escapeValue: true
 * checks that the summary keeps the child's words even under a wrongly configured translator.
 */
export async function makeTranslators(options: { escapeValue?: boolean } = {}): Promise<{ t: Translate; tCommon: Translate }> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en-GB',
    fallbackLng: 'en-GB',
    ns: ['summary', 'common'],
    defaultNS: 'summary',
    resources: { 'en-GB': { summary: summaryEn, common: commonForTests } },
    interpolation: { escapeValue: options.escapeValue ?? false },
  });
  // i18next's fixed t functions fit the summary's Translate type as they are.
  return { t: i18n.getFixedT('en-GB', 'summary'), tCommon: i18n.getFixedT('en-GB', 'common') };
}

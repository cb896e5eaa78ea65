import i18next from 'i18next';
import type { i18n } from 'i18next';
import voice from '../../../locales/en-GB/voice.json';

/** Its own i18next instance with the voice namespace, as the app configures it (no escaping). */
export async function makeVoiceI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en-GB',
    fallbackLng: 'en-GB',
    ns: ['voice'],
    defaultNS: 'voice',
    resources: { 'en-GB': { voice } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

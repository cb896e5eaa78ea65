import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../locales/en-GB/common.json';
import stickers from '../../locales/en-GB/stickers.json';
import summary from '../../locales/en-GB/summary.json';
import wizards from '../../locales/en-GB/wizards.json';
import scale from '../../locales/en-GB/scale.json';
import voice from '../../locales/en-GB/voice.json';
import pwa from '../../locales/en-GB/pwa.json';
import { SOURCE_LANGUAGE, languageInfo } from './languages';

export const NAMESPACES = ['common', 'stickers', 'summary', 'wizards', 'scale', 'voice', 'pwa'] as const;

/**
 * English is bundled (it is the source and the fallback); other languages load on demand
 * from their own chunks, so the first screen pays only for English.
 */
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/en-GB/*.json']);

export async function loadLanguage(code: string): Promise<void> {
  if (code === SOURCE_LANGUAGE) return;
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (i18next.hasResourceBundle(code, ns)) return;
      const loader = lazyLocales[`../../locales/${code}/${ns}.json`];
      if (!loader) return;
      const mod = await loader();
      i18next.addResourceBundle(code, ns, mod.default, true, true);
    }),
  );
}

export async function setLanguage(code: string): Promise<void> {
  await loadLanguage(code);
  await i18next.changeLanguage(code);
  const info = languageInfo(code);
  document.documentElement.lang = code;
  document.documentElement.dir = info.dir;
}

export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: SOURCE_LANGUAGE,
      fallbackLng: SOURCE_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: { [SOURCE_LANGUAGE]: { common, stickers, summary, wizards, scale, voice, pwa } },
      // React escapes on render; child text must never be HTML-escaped into "&lt;" in exports.
      interpolation: { escapeValue: false },
      returnNull: false,
      initImmediate: false,
    } as Parameters<typeof i18next.init>[0]);
  }
  return i18next;
}

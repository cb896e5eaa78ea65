import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SOURCE_LANGUAGE, languageInfo } from './languages';
import { ACTIVITY_DEFINITIONS } from '../activities/definitions';
import type { ActivityDefinition } from '../activities/definition';

/** The app's own namespaces; each activity's comes from its definition. */
const APP_NAMESPACES = ['common', 'stickers', 'summary', 'voice', 'pwa', 'switchdraw'] as const;

export const NAMESPACES: readonly string[] = [
  ...APP_NAMESPACES,
  ...(ACTIVITY_DEFINITIONS as readonly ActivityDefinition[]).flatMap((d) => (d.namespace ? [d.namespace] : [])),
];

/** English, the source and fallback, is bundled: every namespace file in locales/en-GB. */
const sourceLocales = import.meta.glob<Record<string, unknown>>(['../../locales/en-GB/*.json', '!../../locales/en-GB/meta.json'], {
  eager: true,
  import: 'default',
});

function sourceResources(): Record<string, Record<string, unknown>> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const ns of NAMESPACES) {
    const bundle = sourceLocales[`../../locales/${SOURCE_LANGUAGE}/${ns}.json`];
    // A namespace without its English file is a mistake to see at once, not a screen of keys.
    if (!bundle) throw new Error(`locales/${SOURCE_LANGUAGE}/${ns}.json is missing`);
    resources[ns] = bundle;
  }
  return resources;
}

/**
 * English is bundled (it is the source and the fallback); other languages load on demand
 * from their own chunks, so the first screen pays only for English.
 */
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en-GB/*.json',
  '!../../locales/*/meta.json',
]);

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

/** Shows the app in a language: loads it, switches, and sets lang and dir on <html>. */
export async function setLanguage(code: string): Promise<void> {
  const info = languageInfo(code);
  await loadLanguage(info.code);
  // Changing to the language already in use would still re-render every translated screen
  // (a child's page, just opened, all over again).
  if (i18next.language !== info.code) await i18next.changeLanguage(info.code);
  document.documentElement.lang = info.code;
  document.documentElement.dir = info.dir;
}

/**
 * The worker's own language is a device setting (not child data), remembered apart from each
 * child's language, which lives in the session.
 */
const WORKER_LANGUAGE_KEY = 'voicemap.workerLanguage';

export function workerLanguage(): string {
  try {
    return languageInfo(localStorage.getItem(WORKER_LANGUAGE_KEY) ?? SOURCE_LANGUAGE).code;
  } catch {
    return SOURCE_LANGUAGE;
  }
}

export async function setWorkerLanguage(code: string): Promise<void> {
  try {
    localStorage.setItem(WORKER_LANGUAGE_KEY, code);
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  await setLanguage(code);
}

export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: SOURCE_LANGUAGE,
      fallbackLng: SOURCE_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: { [SOURCE_LANGUAGE]: sourceResources() },
      // React escapes on render; child text must never be HTML-escaped into "&lt;" in exports.
      interpolation: { escapeValue: false },
      returnNull: false,
      initImmediate: false,
    } as Parameters<typeof i18next.init>[0]);
  }
  return i18next;
}

import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../../src/app/i18n';
import { LANGUAGES } from '../../../src/app/languages';

/**
 * Every shipped language has every English key (plural forms may differ by language), keeps the
 * same placeholders, and says whether a native speaker has checked it.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.set(key, v);
      else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    }
  }
  return out;
}

const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));

function namespace(code: string, ns: string) {
  return files[`../../../locales/${code}/${ns}.json`];
}

const translated = LANGUAGES.filter((l) => l.code !== 'en-GB');

describe('locales', () => {
  it('ships the languages the issue asks for', () => {
    const codes = LANGUAGES.map((l) => l.code);
    for (const code of ['en-GB', 'pl', 'ro', 'lt', 'uk', 'es', 'pt', 'fr', 'ar', 'ur']) expect(codes).toContain(code);
  });

  it("loads every English namespace file: an activity's namespace comes from its definition", () => {
    const shipped = Object.keys(files)
      .filter((path) => path.includes('/en-GB/') && !path.endsWith('/meta.json'))
      .map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'));
    expect([...NAMESPACES].sort()).toEqual(shipped.sort());
  });

  it('marks Arabic and Urdu right-to-left', () => {
    expect(
      LANGUAGES.filter((l) => l.dir === 'rtl')
        .map((l) => l.code)
        .sort(),
    ).toEqual(['ar', 'ur']);
  });

  for (const lang of translated) {
    describe(lang.code, () => {
      it('records whether a native speaker has reviewed it', () => {
        const meta = namespace(lang.code, 'meta');
        expect(typeof meta?.reviewedByNativeSpeaker).toBe('boolean');
      });

      for (const ns of NAMESPACES) {
        it(`has every ${ns} key with the same placeholders`, () => {
          const en = flatten(namespace('en-GB', ns));
          const tr = flatten(namespace(lang.code, ns));
          const trBases = new Set([...tr.keys()].map(base));
          const missing = [...en.keys()].filter((k) => !tr.has(k) && !trBases.has(base(k)));
          expect(missing, `${lang.code}/${ns}.json is missing keys`).toEqual([]);
          const extra = [...tr.keys()].filter((k) => !en.has(k) && !new Set([...en.keys()].map(base)).has(base(k)));
          expect(extra, `${lang.code}/${ns}.json has keys English does not`).toEqual([]);
          for (const [key, text] of tr) {
            const plural = PLURAL.test(key);
            // Plural forms are chosen by count, so {{count}} is always available to them (in
            // Lithuanian or Ukrainian the "one" form also covers 21, 31..., so it must show the number).
            const sources = [en.get(key), en.get(`${base(key)}_one`), en.get(`${base(key)}_other`), en.get(base(key))];
            const allowed = new Set(sources.flatMap((t) => (t ? [...placeholders(t)] : [])));
            if (plural) allowed.add('count');
            // A translation may drop {{count}} (e.g. a word for "one"), but never invent a placeholder.
            for (const p of placeholders(text)) expect(allowed, `${lang.code}/${ns}:${key} uses {{${p}}}`).toContain(p);
            expect(text.trim().length, `${lang.code}/${ns}:${key} is empty`).toBeGreaterThan(0);
          }
        });
      }
    });
  }
});

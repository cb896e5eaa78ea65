import type { Translate } from './summaryTypes';

/**
 * Private-use characters that stand in for verbatim values while the translator runs, so the
 * child's words never pass through interpolation: no escaping, no nesting, no `$&` patterns,
 * whatever the translator is configured to do.
 */
const SLOT_OPEN = '\ue000';
const SLOT_CLOSE = '\ue001';

export function fill(t: Translate, key: string, verbatim: Record<string, string>, plain: Record<string, unknown> = {}): string {
  const names = Object.keys(verbatim);
  const slots = Object.fromEntries(names.map((name, i) => [name, `${SLOT_OPEN}${i}${SLOT_CLOSE}`]));
  let out = t(key, { ...plain, ...slots });
  names.forEach((name, i) => {
    out = out.split(`${SLOT_OPEN}${i}${SLOT_CLOSE}`).join(verbatim[name]);
  });
  return out;
}

import type { Item, Page, ScaleAnswer, Session } from './types';
import { itemSchema, pageSchema, scaleSchema, sessionShellSchema } from './schema';
import { migrate } from './migrations';

export interface LoadReport {
  /** Human-readable problems, in English for the worker's log; the UI shows a translated summary. */
  dropped: string[];
}

export type LoadResult =
  | { ok: true; session: Session; report: LoadReport }
  | { ok: false; reason: string };

/**
 * Every load goes through here: migrate to the current schema, then validate, keeping
 * whatever is readable. A damaged item or page is dropped and reported; only a record
 * without a readable id and name is refused outright.
 */
export function loadSession(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not an object' };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw as Record<string, unknown>);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'cannot migrate' };
  }
  const shell = sessionShellSchema.safeParse(migrated);
  if (!shell.success) return { ok: false, reason: 'the session record is damaged' };

  const dropped: string[] = [];
  const pages: Page[] = [];
  const seenIds = new Set<string>();
  shell.data.pages.forEach((rawPage, pageIndex) => {
    const page = pageSchema.safeParse(rawPage);
    if (!page.success) {
      dropped.push(`page ${pageIndex + 1}`);
      return;
    }
    const items: Item[] = [];
    page.data.items.forEach((rawItem, itemIndex) => {
      const item = itemSchema.safeParse(rawItem);
      if (!item.success || seenIds.has(item.data.id)) {
        dropped.push(`item ${itemIndex + 1} on page ${pageIndex + 1}`);
        return;
      }
      seenIds.add(item.data.id);
      items.push(item.data as Item);
    });
    pages.push({ ...page.data, items });
  });

  const scales: ScaleAnswer[] = [];
  shell.data.scales.forEach((rawScale, index) => {
    const scale = scaleSchema.safeParse(rawScale);
    if (scale.success) scales.push(scale.data);
    else dropped.push(`scale ${index + 1}`);
  });

  const session: Session = {
    ...shell.data,
    activityState: shell.data.activityState as Session['activityState'],
    pages,
    scales,
  };
  return { ok: true, session, report: { dropped } };
}

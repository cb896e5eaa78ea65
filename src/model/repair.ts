import type { Item, Page, ScaleAnswer, Session, StrokeItem } from './types';
import { itemSchema, pageSchema, scaleSchema, sessionShellSchema } from './schema';
import { migrate } from './migrations';

export interface LoadReport {
  /** Human-readable problems, in English for the worker's log; the UI shows a translated summary. */
  dropped: string[];
}

export type LoadResult = { ok: true; session: Session; report: LoadReport } | { ok: false; reason: string };

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
      const stroke = readStroke(rawItem);
      const parsed = stroke ? undefined : itemSchema.safeParse(rawItem);
      const item = stroke ?? (parsed?.success ? (parsed.data as Item) : undefined);
      if (!item || seenIds.has(item.id)) {
        dropped.push(`item ${itemIndex + 1} on page ${pageIndex + 1}`);
        return;
      }
      seenIds.add(item.id);
      items.push(item);
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

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A sound stroke, checked by hand; undefined for anything else, which then goes through the
 * schema (and is dropped there if it is damaged). Strokes are nearly all of a large session, and
 * the schema's generic checks made opening one of 5,000 strokes slow on an old tablet. Accepts
 * exactly what `strokeSchema` accepts and returns what it would (only the schema's fields, in
 * its order); tests/unit/model/repair.test.ts holds the two together.
 */
export function readStroke(raw: unknown): StrokeItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const { id, points, color, size, simulatePressure, createdAt } = r;
  if (r.kind !== 'stroke' || typeof id !== 'string' || id.length === 0) return undefined;
  if (!Array.isArray(points) || points.length < 3 || points.length % 3 !== 0) return undefined;
  for (let i = 0; i < points.length; i++) if (!isFiniteNumber(points[i])) return undefined;
  if (typeof color !== 'string' || color.length === 0 || color.length > 32) return undefined;
  if (!isFiniteNumber(size) || size <= 0 || size > 200) return undefined;
  if (typeof simulatePressure !== 'boolean' || typeof createdAt !== 'string') return undefined;
  return { id, kind: 'stroke', points: points as number[], color, size, simulatePressure, createdAt };
}

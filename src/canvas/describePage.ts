import type { TFunction } from 'i18next';
import type { Page } from '../model/types';
import { stickerNameKey } from '../stickers/catalogue';

/**
 * What is on a page, in words, for screen readers: counts and names only, never a guess
 * at what a drawing shows (docs/PRACTICE.md rule 3).
 */
export function describePage(page: Page, t: TFunction): string {
  const strokes = page.items.filter((i) => i.kind === 'stroke').length;
  const stickers = page.items.flatMap((i) => (i.kind === 'sticker' ? [t(stickerNameKey(i.stickerId), { ns: 'stickers' })] : []));
  const words = page.items.flatMap((i) => (i.kind === 'words' ? [i.text] : []));
  const recordings = page.items.filter((i) => i.kind === 'recording').length;
  const parts = [t('canvas.describe.lines', { count: strokes })];
  if (stickers.length) parts.push(t('canvas.describe.stickers', { list: stickers.join(', ') }));
  if (words.length) parts.push(t('canvas.describe.words', { list: words.join(' / ') }));
  if (recordings) parts.push(t('canvas.describe.recordings', { count: recordings }));
  return parts.join('; ');
}

import type { Page } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import { strokePath } from '../ink/strokeGeometry';
import { getSticker, stickerUrl } from '../stickers/catalogue';

/** Half the page's logical size: sharp enough to read a child's drawing, small enough to attach. */
const EXPORT_SCALE = 0.75;
const STICKER_SIZE = 120;

function loadImage(url: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null);
    img.src = url;
  });
}

/**
 * A page's drawing as a PNG, rebuilt from the model: the strokes, and the stickers the child
 * chose to share, on white. Nothing the child left out is drawn. Words are not drawn: they are
 * in the summary as text, exactly.
 */
export async function renderDrawingPng(page: Page): Promise<Uint8Array> {
  const left = new Set(page.notShared);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE_WIDTH * EXPORT_SCALE);
  canvas.height = Math.round(PAGE_HEIGHT * EXPORT_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  for (const item of page.items) {
    if (left.has(item.id)) continue;
    if (item.kind === 'stroke') {
      ctx.fillStyle = item.color;
      ctx.fill(new Path2D(strokePath(item)));
    } else if (item.kind === 'sticker') {
      const sticker = getSticker(item.stickerId);
      const img = sticker ? await loadImage(stickerUrl(sticker.file)) : null;
      const size = STICKER_SIZE * item.scale;
      if (img) ctx.drawImage(img, item.x - size / 2, item.y - size / 2, size, size);
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The drawing could not be made into a picture');
  return new Uint8Array(await blob.arrayBuffer());
}

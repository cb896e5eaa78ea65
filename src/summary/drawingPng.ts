import type { Page } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import { strokePath } from '../ink/strokeGeometry';
import { getSticker, stickerUrl } from '../stickers/catalogue';
import type { RgbPixels } from './pdfImages';

/** Three quarters of the page's logical size: sharp enough to read a child's drawing, small enough to attach. */
const EXPORT_SCALE = 0.75;
const STICKER_SIZE = 120;

/** Sticker pictures, loaded and decoded once per visit: a drawing often has the same sticker many times. */
const images = new Map<string, Promise<HTMLImageElement | null>>();

function loadImage(url: string): Promise<HTMLImageElement | null> {
  let image = images.get(url);
  if (!image) {
    image = new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => {
        // Not remembered, so the next export tries again.
        images.delete(url);
        resolve(null);
      };
      img.src = url;
    });
    images.set(url, image);
  }
  return image;
}

/**
 * A page's drawing, rebuilt from the model: the strokes, and the stickers the child chose to
 * share, on the page's background (the house or bubble, as the child saw it) or on white.
 * Nothing the child left out is drawn. Words are not drawn: they are in the summary as text,
 * exactly.
 */
async function drawPage(page: Page, background: CanvasImageSource | null): Promise<{ canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D }> {
  const left = new Set(page.notShared);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE_WIDTH * EXPORT_SCALE);
  canvas.height = Math.round(PAGE_HEIGHT * EXPORT_SCALE);
  // Opaque: the picture is on white, and an opaque canvas gives an RGB PNG with no alpha channel.
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (background) ctx.drawImage(background, 0, 0, canvas.width, canvas.height);
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
  return { canvas, ctx };
}

function pngOf(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')).then(async (blob) => {
    if (!blob) throw new Error('The drawing could not be made into a picture');
    return new Uint8Array(await blob.arrayBuffer());
  });
}

/** The canvas's pixels as 8-bit RGB (the canvas is opaque, so nothing is lost). */
function pixelsOf(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D): RgbPixels {
  const { width, height } = canvas;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i];
    rgb[j + 1] = rgba[i + 1];
    rgb[j + 2] = rgba[i + 2];
  }
  return { width, height, rgb };
}

/** The pixel ratio at which a page background should be drawn for {@link renderDrawing}. */
export const BACKGROUND_PIXEL_RATIO = EXPORT_SCALE;

/**
 * A page's drawing drawn once, as pixels for the PDF (which compresses them itself, faster and
 * smaller than going through a PNG) and, when asked, as a PNG file too. `background` is the
 * page's background already drawn at {@link BACKGROUND_PIXEL_RATIO}, or null for a plain drawing.
 */
export async function renderDrawing(
  page: Page,
  withPng: boolean,
  background: CanvasImageSource | null = null,
): Promise<{ pixels: RgbPixels; png?: Uint8Array }> {
  const { canvas, ctx } = await drawPage(page, background);
  const pixels = pixelsOf(canvas, ctx);
  return withPng ? { pixels, png: await pngOf(canvas) } : { pixels };
}

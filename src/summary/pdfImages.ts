import { zlibSync } from 'fflate';

/**
 * Pictures for the PDF, in forms it can take without pdf-lib decoding and compressing them
 * again in JavaScript (which, for three page-sized drawings, took most of a second on a slow
 * tablet).
 */

/** A drawing's pixels: 8-bit RGB, row by row, top to bottom, no alpha. */
export interface RgbPixels {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** An image as the PDF stores it: a zlib stream of 8-bit samples, 1 (grey) or 3 (RGB) per pixel. */
export interface PdfImageData {
  width: number;
  height: number;
  colors: 1 | 3;
  data: Uint8Array;
  /** True when each row starts with a PNG filter byte (PDF's PNG predictor, Predictor 15). */
  pngRows: boolean;
}

/** zlib compression, native where the browser has CompressionStream (it runs outside JavaScript). */
export async function zlibCompress(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'function') {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return zlibSync(bytes, { level: 6 });
}

/** A drawing's pixels, compressed for the PDF. Lossless: the PDF shows exactly these pixels. */
export async function pixelsForPdf(pixels: RgbPixels): Promise<PdfImageData> {
  if (pixels.rgb.length !== pixels.width * pixels.height * 3) throw new Error('The picture has the wrong number of pixels');
  return { width: pixels.width, height: pixels.height, colors: 3, data: await zlibCompress(pixels.rgb), pngRows: false };
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const chunkType = (bytes: Uint8Array, at: number) => String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);

/**
 * A PNG's pixels as a PDF can take them without decoding: PDF's Flate filter with the PNG
 * predictor reads a PNG's compressed image data (its IDAT chunks, joined) as it is, row filters
 * and all, so the pixels are exactly the PNG's. Only 8-bit greyscale or RGB, not interlaced and
 * with no transparent colour, is taken; for anything else this returns undefined and the
 * caller decodes the PNG instead.
 */
export function pngForPdf(png: Uint8Array): PdfImageData | undefined {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(8) !== 13 || chunkType(png, 12) !== 'IHDR') return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colorType, compression, filter, interlace] = png.subarray(24, 29);
  if (width === 0 || height === 0 || depth !== 8 || compression !== 0 || filter !== 0 || interlace !== 0) return undefined;
  if (colorType !== 0 && colorType !== 2) return undefined;

  const parts: Uint8Array[] = [];
  let length = 0;
  let at = 33;
  while (at + 12 <= png.length) {
    const size = view.getUint32(at);
    const type = chunkType(png, at + 4);
    if (at + 12 + size > png.length) return undefined;
    if (type === 'IEND') break;
    // A transparent colour: the picture is not opaque after all.
    if (type === 'tRNS') return undefined;
    if (type === 'IDAT') {
      parts.push(png.subarray(at + 8, at + 8 + size));
      length += size;
    }
    at += 12 + size;
  }
  if (parts.length === 0) return undefined;
  const data = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { width, height, colors: colorType === 2 ? 3 : 1, data, pngRows: true };
}

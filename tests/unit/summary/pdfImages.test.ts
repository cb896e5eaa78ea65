// @vitest-environment node
import { unzlibSync } from 'fflate';
import { pixelsForPdf, pngForPdf, zlibCompress } from '../../../src/summary/pdfImages';
import { makePng, pattern, pngChunk } from './pngFiles';

/** The IDAT data of a PNG, joined, read independently of the code under test. */
function idatData(png: Uint8Array): Uint8Array {
  const parts: number[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length;) {
    const size = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') parts.push(...png.subarray(at + 8, at + 8 + size));
    at += 12 + size;
  }
  return new Uint8Array(parts);
}

describe('pngForPdf', () => {
  it('takes an 8-bit RGB PNG as it is, its image data chunks joined', () => {
    const png = makePng(30, 20, pattern(30, 20, 3), { filters: [0, 1, 2], idatSize: 100 });
    const image = pngForPdf(png);
    expect(image).toMatchObject({ width: 30, height: 20, colors: 3, pngRows: true });
    expect(image?.data).toEqual(idatData(png));
    // The data is the PNG's own zlib stream: filtered rows, each led by its filter byte.
    const rows = unzlibSync(image!.data);
    expect(rows.length).toBe((30 * 3 + 1) * 20);
    expect([rows[0], rows[91], rows[182]]).toEqual([0, 1, 2]);
  });

  it('takes an 8-bit greyscale PNG with one colour component', () => {
    expect(pngForPdf(makePng(5, 4, pattern(5, 4, 1), { colorType: 0 }))).toMatchObject({ width: 5, height: 4, colors: 1 });
  });

  it('leaves to pdf-lib what it cannot pass through', () => {
    expect(pngForPdf(makePng(5, 4, pattern(5, 4, 4), { colorType: 6 }))).toBeUndefined();
    expect(pngForPdf(makePng(5, 4, pattern(5, 4, 3), { depth: 16 }))).toBeUndefined();
    expect(pngForPdf(makePng(5, 4, pattern(5, 4, 3), { interlace: 1 }))).toBeUndefined();
    const transparentWhite = pngChunk('tRNS', new Uint8Array([0, 255, 0, 255, 0, 255]));
    expect(pngForPdf(makePng(5, 4, pattern(5, 4, 3), { extraChunks: [transparentWhite] }))).toBeUndefined();
    expect(pngForPdf(new TextEncoder().encode('not a picture at all, just some text'))).toBeUndefined();
    const cut = makePng(5, 4, pattern(5, 4, 3));
    expect(pngForPdf(cut.subarray(0, cut.length - 20))).toBeUndefined();
  });
});

describe('pixelsForPdf', () => {
  it('compresses the pixels losslessly', async () => {
    const rgb = pattern(40, 30, 3);
    const image = await pixelsForPdf({ width: 40, height: 30, rgb });
    expect(image).toMatchObject({ width: 40, height: 30, colors: 3, pngRows: false });
    expect(unzlibSync(image.data)).toEqual(rgb);
  });

  it('refuses pixels that do not fill the picture', async () => {
    await expect(pixelsForPdf({ width: 40, height: 30, rgb: new Uint8Array(40 * 30 * 4) })).rejects.toThrow();
  });

  it('compresses without CompressionStream too (older browsers)', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    try {
      const rgb = pattern(16, 8, 3);
      expect(unzlibSync(await zlibCompress(rgb))).toEqual(rgb);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

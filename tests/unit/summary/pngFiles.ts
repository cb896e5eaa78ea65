import { zlibSync } from 'fflate';

/** Test pictures: PNG files made here, so the tests need no picture files. */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set(
    [...type].map((ch) => ch.charCodeAt(0)),
    0,
  );
  body.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc(body));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export interface PngOptions {
  /** PNG colour type: 0 grey, 2 RGB, 6 RGBA (the samples given must match). */
  colorType?: 0 | 2 | 6;
  depth?: number;
  interlace?: 0 | 1;
  /** The row filter of each row, cycling: 0 none, 1 sub, 2 up. */
  filters?: (0 | 1 | 2)[];
  /** Split the compressed data into IDAT chunks of at most this many bytes. */
  idatSize?: number;
  /** Chunks to put before the image data. */
  extraChunks?: Uint8Array[];
}

/** An 8-bit PNG of the given samples, row by row, with the row filters asked for. */
export function makePng(width: number, height: number, samples: Uint8Array, options: PngOptions = {}): Uint8Array {
  const colorType = options.colorType ?? 2;
  const channels = colorType === 0 ? 1 : colorType === 2 ? 3 : 4;
  const stride = width * channels;
  if (samples.length !== stride * height) throw new Error('wrong number of samples');
  const filters = options.filters ?? [0];
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length];
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const value = samples[y * stride + x];
      const left = x >= channels ? samples[y * stride + x - channels] : 0;
      const up = y > 0 ? samples[(y - 1) * stride + x] : 0;
      const predicted = filter === 1 ? left : filter === 2 ? up : 0;
      raw[y * (stride + 1) + 1 + x] = (value - predicted) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([options.depth ?? 8, colorType, 0, 0, options.interlace ?? 0], 8);
  const compressed = zlibSync(raw);
  const idatSize = options.idatSize ?? compressed.length;
  const idats: Uint8Array[] = [];
  for (let at = 0; at < compressed.length; at += idatSize) idats.push(pngChunk('IDAT', compressed.subarray(at, at + idatSize)));
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(options.extraChunks ?? []),
    ...idats,
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** Samples that differ from pixel to pixel and row to row, so any mistake in decoding shows. */
export function pattern(width: number, height: number, channels: number): Uint8Array {
  const samples = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) samples[(y * width + x) * channels + c] = (x * 7 + y * 13 + c * 85 + ((x * y) % 31)) & 0xff;
    }
  }
  return samples;
}

import fc from 'fast-check';
import { MIN_BUCKET, bucketSize, pad, unpad } from '../../../src/storage/padding';

describe('padding before encryption', () => {
  it('gives back exactly what was padded, whatever its length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (plain) => {
        expect(unpad(pad(plain))).toEqual(plain);
      }),
    );
  });

  it('rounds every length up, by at most an eighth above the smallest bucket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (length) => {
        const size = bucketSize(length);
        expect(size).toBeGreaterThanOrEqual(Math.max(length, MIN_BUCKET));
        if (length > MIN_BUCKET) expect(size / length).toBeLessThanOrEqual(1.125);
      }),
    );
  });

  it('makes different lengths look alike: few sizes per doubling', () => {
    const sizes = new Set<number>();
    for (let length = 1 << 20; length < 1 << 21; length += 97) sizes.add(bucketSize(length));
    // Every length from 1 to 2 MiB falls into one of 33 sizes: 32 steps of 32 KiB, and 2 MiB.
    expect(sizes.size).toBeLessThanOrEqual(33);
    // A word, a sentence and a paragraph are one size at rest.
    expect(new Set([1, 100, 300, 500].map((n) => pad(new Uint8Array(n)).byteLength))).toEqual(new Set([MIN_BUCKET]));
  });

  it('refuses what it did not make', () => {
    expect(() => unpad(new Uint8Array([0, 0]))).toThrow(RangeError);
    expect(() => unpad(new Uint8Array([0, 0, 1, 0, 7]))).toThrow(RangeError);
  });
});

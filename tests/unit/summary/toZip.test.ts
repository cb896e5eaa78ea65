import { strFromU8, strToU8, unzipSync } from 'fflate';
import { makeZip } from '../../../src/summary/toZip';

describe('makeZip', () => {
  it('holds every file, byte for byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const text = 'Amira said: "Zażółć gęślą jaźń" أنا خائف';
    const zip = makeZip([
      { name: 'voicemap-2026-11-28-A-summary.txt', bytes: strToU8(text) },
      { name: 'voicemap-2026-11-28-A-house-of-worries-drawing.png', bytes: png },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['voicemap-2026-11-28-A-summary.txt', 'voicemap-2026-11-28-A-house-of-worries-drawing.png']);
    expect(strFromU8(files['voicemap-2026-11-28-A-summary.txt'])).toBe(text);
    expect(Array.from(files['voicemap-2026-11-28-A-house-of-worries-drawing.png'])).toEqual(Array.from(png));
  });

  it('refuses two files with one name', () => {
    const bytes = new Uint8Array([1]);
    expect(() =>
      makeZip([
        { name: 'a.txt', bytes },
        { name: 'a.txt', bytes },
      ]),
    ).toThrow(/a\.txt/);
  });
});

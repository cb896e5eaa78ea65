import { PLACES } from '../../../src/model/places';
import anyAscii from 'any-ascii';
import fc from 'fast-check';
import {
  DEFAULT_FILE_NAME_TEMPLATE,
  MAX_TEMPLATE_NAME_LENGTH,
  audioExtension,
  childInitial,
  childInitials,
  exportFileName,
} from '../../../src/summary/fileNames';
import type { ExportFile } from '../../../src/summary/fileNames';
import { AT } from './fixtures';

const session = { childName: 'Amira', createdAt: AT };

describe('exportFileName', () => {
  it('gives short names with the date and the initial', () => {
    expect(exportFileName(session, { kind: 'summary-pdf' })).toBe('voicemap-2026-11-28-A-summary.pdf');
    expect(exportFileName(session, { kind: 'summary-text' })).toBe('voicemap-2026-11-28-A-summary.txt');
    expect(exportFileName(session, { kind: 'data-json' })).toBe('voicemap-2026-11-28-A-data.json');
    expect(exportFileName(session, { kind: 'all-zip' })).toBe('voicemap-2026-11-28-A-all.zip');
    expect(exportFileName(session, { kind: 'drawing', place: 'house-of-worries' })).toBe('voicemap-2026-11-28-A-house-of-worries-drawing.png');
    expect(exportFileName(session, { kind: 'drawing', place: 'house-of-worries', occurrence: 2 })).toBe('voicemap-2026-11-28-A-house-of-worries-drawing-2.png');
    expect(exportFileName(session, { kind: 'recording', place: 'house-of-worries', occurrence: 1 })).toBe(
      'voicemap-2026-11-28-A-house-of-worries-recording-1.mp3',
    );
    expect(exportFileName(session, { kind: 'recording', place: 'scale-2', occurrence: 3 })).toBe('voicemap-2026-11-28-A-scale-2-recording-3.mp3');
  });

  const names = ['Amira', 'Łucja', 'Ștefan', 'Zoë', 'Ørjan', 'Æsa', 'أمل', 'Дмитрий', '小明', '🙂 Bex', '  jo', '', 'Mary-Jane Longname-Smithson'];
  const files: ExportFile[] = [
    { kind: 'summary-pdf' },
    { kind: 'summary-text' },
    { kind: 'data-json' },
    { kind: 'all-zip' },
    ...PLACES.map((p) => ({ kind: 'drawing' as const, place: p.place, occurrence: 12 })),
    { kind: 'drawing', place: 'a-very-long-place-name-that-some-future-activity-might-use' },
    { kind: 'recording', place: 'house-of-good-things', occurrence: 123 },
  ];

  it.each(names)('keeps every name for "%s" plain ASCII, at most 80 characters and without the full name', (childName) => {
    for (const file of files) {
      const name = exportFileName({ childName, createdAt: AT }, file);
      expect(name.length).toBeLessThanOrEqual(MAX_TEMPLATE_NAME_LENGTH);
      expect(name).toMatch(/^[a-z0-9.-]+$/i);
      if (childName.trim().length > 1) expect(name.toLowerCase()).not.toContain(childName.trim().toLowerCase());
    }
  });
});

describe('childInitial', () => {
  it.each([
    ['Amira', 'A'],
    ['amira', 'A'],
    ['Łucja', 'L'],
    ['Ștefan', 'S'],
    ['Țara', 'T'],
    ['Émile', 'E'],
    ['Zoë', 'Z'],
    ['Ørjan', 'O'],
    ['Дмитрий', 'D'],
    ['Ξένια', 'X'],
    ['أمل', 'X'],
    ['小明', 'X'],
    ['🙂 Bex', 'B'],
    ['', 'X'],
  ])('%s -> %s', (name, initial) => {
    expect(childInitial(name)).toBe(initial);
  });
});

describe('audioExtension', () => {
  it.each([
    ['audio/webm', 'webm'],
    ['audio/webm;codecs=opus', 'webm'],
    ['audio/ogg; codecs=opus', 'ogg'],
    ['audio/mp4', 'm4a'],
    ['audio/mpeg', 'mp3'],
    ['application/x-unknown', 'bin'],
  ])('%s -> %s', (mime, ext) => {
    expect(audioExtension(mime)).toBe(ext);
  });
});

describe('file names from a council template (property)', () => {
  const template = fc.oneof(
    fc.constant(DEFAULT_FILE_NAME_TEMPLATE),
    fc
      .array(fc.oneof(fc.constantFrom('{date}', '{initials}', '{activity}', '{place}', '{seq}', '-', '_'), fc.string({ unit: 'grapheme', maxLength: 30 })), {
        maxLength: 8,
      })
      .map((parts) => parts.join('')),
  );
  const childName = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('أمل حداد', 'Дмитрий', '小明', 'Łucja', 'Zoë-Ann', '🙂'));
  /** Every file one export can hold. */
  const exportFiles: ExportFile[] = [
    { kind: 'summary-pdf' },
    { kind: 'summary-docx' },
    { kind: 'summary-text' },
    { kind: 'data-json' },
    { kind: 'all-zip' },
    ...PLACES.flatMap((p) =>
      [1, 2, 10].flatMap((n) => [
        { kind: 'drawing' as const, place: p.place, occurrence: n },
        { kind: 'recording' as const, place: p.place, occurrence: n },
      ]),
    ),
    { kind: 'recording', place: 'scale-1', occurrence: 1 },
    { kind: 'recording', place: 'scale-12', occurrence: 3 },
  ];

  it('are ASCII, at most 80 characters, and unique within an export and between two children of one day', () => {
    fc.assert(
      fc.property(template, childName, fc.integer({ min: 1, max: 500 }), (tpl, name, sequence) => {
        const named = (seq: number) =>
          exportFiles.map((file) =>
            exportFileName({ childName: name, createdAt: AT }, file, {
              template: tpl,
              sequence: seq,
              activities: ['three-houses', 'scale'],
              transliterate: anyAscii,
            }),
          );
        const first = named(sequence);
        const second = named(sequence + 1);
        for (const n of [...first, ...second]) {
          expect(n).toMatch(/^[A-Za-z0-9._-]+$/);
          expect(n.length).toBeLessThanOrEqual(80);
        }
        expect(new Set(first).size).toBe(first.length);
        expect(new Set([...first, ...second]).size).toBe(first.length * 2);
      }),
      { numRuns: 150 },
    );
    // any-ascii reads its tables on first use, and 150 runs name 100 files each: more than 5 s on a busy machine.
  }, 60_000);

  it('transliterates non-Latin initials instead of writing X', () => {
    // any-ascii writes أمل (Amal) as 'ml' (short vowels are not written): the initial is 'M'.
    expect(childInitials('أمل حداد', anyAscii)).toBe('MH');
    expect(childInitials('Дмитрий', anyAscii)).toBe('D');
    expect(childInitials('سارہ', anyAscii)).toBe('S');
    expect(exportFileName({ childName: 'أمل', createdAt: AT }, { kind: 'summary-pdf' }, { transliterate: anyAscii })).toBe('voicemap-2026-11-28-M-summary.pdf');
  });

  it('fills the template and gives the second child of the day a different name', () => {
    const naming = { template: '{date}_{initials}_{seq}_{place}', activities: ['three-houses'], transliterate: anyAscii };
    expect(exportFileName({ childName: 'Amira Haddad', createdAt: AT }, { kind: 'drawing', place: 'house-of-worries' }, { ...naming, sequence: 2 })).toBe(
      '2026-11-28_AH_2_house-of-worries-drawing.png',
    );
    expect(exportFileName({ childName: 'Ali', createdAt: AT }, { kind: 'summary-pdf' }, { sequence: 2 })).toBe('voicemap-2026-11-28-A-2-summary.pdf');
  });
});

import { PLACES } from '../../../src/model/places';
import { MAX_FILE_NAME_LENGTH, audioExtension, childInitial, exportFileName } from '../../../src/summary/fileNames';
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
    expect(exportFileName(session, { kind: 'drawing', place: 'house-of-worries', occurrence: 2 })).toBe(
      'voicemap-2026-11-28-A-house-of-worries-drawing-2.png',
    );
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

  it.each(names)('keeps every name for "%s" plain ASCII, under 60 characters and without the full name', (childName) => {
    for (const file of files) {
      const name = exportFileName({ childName, createdAt: AT }, file);
      expect(name.length).toBeLessThan(60);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
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

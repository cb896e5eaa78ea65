import fc from 'fast-check';
import { loadSession, readStroke } from '../../../src/model/repair';
import { strokeSchema } from '../../../src/model/schema';
import { migrate, FutureVersionError } from '../../../src/model/migrations';
import { SCHEMA_VERSION } from '../../../src/model/types';
import { blankSession } from '../../../src/app/workspace';

const stroke = (id: string) => ({
  id,
  kind: 'stroke',
  points: [1, 2, 0.5, 3, 4, 0.5],
  color: '#000',
  size: 8,
  simulatePressure: true,
  createdAt: '2026-01-01T00:00:00Z',
});
const words = (id: string, text: string) => ({ id, kind: 'words', text, speaker: 'child', typedBy: 'worker', x: 0, y: 0, createdAt: '2026-01-01T00:00:00Z' });

function sessionWith(items: unknown[]) {
  const s = blankSession({ childName: 'Amira', workerName: 'Sam', present: [], language: 'en-GB' });
  return { ...s, pages: [{ id: 'p', activity: 'three-houses', place: 'house-of-worries', items, promptsShown: [], notShared: [] }] };
}

describe('loading a session', () => {
  it('keeps a valid session exactly', () => {
    const raw = sessionWith([stroke('a'), words('b', '  "Tata"  krzyczy <b> 😢 ')]);
    const result = loadSession(JSON.parse(JSON.stringify(raw)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.session.pages[0].items).toEqual(raw.pages[0].items);
      expect(result.report.dropped).toEqual([]);
    }
  });

  it('drops only a damaged item and reports it', () => {
    const raw = sessionWith([stroke('a'), { id: 'x', kind: 'stroke', points: 'oops' }, words('b', 'still here')]);
    const result = loadSession(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.session.pages[0].items.map((i) => i.id)).toEqual(['a', 'b']);
      expect(result.report.dropped).toHaveLength(1);
    }
  });

  it('drops duplicate item ids instead of showing one item twice', () => {
    const result = loadSession(sessionWith([stroke('a'), stroke('a')]));
    expect(result.ok && result.session.pages[0].items).toHaveLength(1);
  });

  it('refuses a record without a child or an id, with a reason', () => {
    expect(loadSession({ schemaVersion: 1, pages: [] })).toMatchObject({ ok: false });
    expect(loadSession(null)).toMatchObject({ ok: false });
    expect(loadSession([1, 2])).toMatchObject({ ok: false });
  });

  it('migrates a record with no schema version to the current one', () => {
    const { schemaVersion: _drop, ...old } = sessionWith([]);
    void _drop;
    const result = loadSession(old);
    expect(result.ok && result.session.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('migrates a schema-1 session to 2: no false reminder time, no hard stickers, no flags', () => {
    const v1 = {
      ...sessionWith([words('b', 'dad shouts')]),
      schemaVersion: 1,
      access: { largerButtons: true, readableFont: false, highContrast: false, fewerTools: false, sounds: true, reduceMotion: false, scanning: 'off' },
      scales: [
        {
          id: 's1',
          question: 'How safe do you feel at school?',
          zeroMeans: 'not safe',
          tenMeans: 'safe',
          value: 1,
          look: 'numbers',
          aboutSafety: true,
          followUps: [],
          reminderShownAt: '2026-01-01T10:00:00Z',
          shared: true,
          createdAt: '2026-01-01T09:59:00Z',
        },
      ],
    } as Record<string, unknown>;
    delete v1.workerFlags;
    const result = loadSession(JSON.parse(JSON.stringify(v1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.schemaVersion).toBe(SCHEMA_VERSION);
    // Version 1 recorded the time the child tapped, not a time a worker saw anything.
    expect(result.session.scales[0].reminderShownAt).toBeUndefined();
    expect(result.session.scales[0].value).toBe(1);
    expect(result.session.access?.largerButtons).toBe(true);
    expect(result.session.access?.stickerSets).not.toContain('hard-things');
    expect(result.session.access?.stickerSets).toContain('people');
    expect(result.session.workerFlags).toEqual([]);
    expect(result.session.pages[0].items).toHaveLength(1);
  });

  it('keeps worker flags and chosen sticker sets of a schema-2 session', () => {
    const v2 = {
      ...sessionWith([]),
      access: { ...blankSession({ childName: 'A', workerName: '', present: [], language: 'en-GB' }).access, stickerSets: ['people', 'hard-things'] },
      workerFlags: [{ id: 'f1', targetId: 'b', text: 'Ask about this next visit', createdAt: '2026-01-01T10:00:00Z' }],
    };
    const result = loadSession(JSON.parse(JSON.stringify(v2)));
    expect(result.ok && result.session.workerFlags).toEqual(v2.workerFlags);
    expect(result.ok && result.session.access?.stickerSets).toEqual(['people', 'hard-things']);
  });

  it("migrates a schema-2 session to 3: every scale saved before was the safety scale's", () => {
    const scale = {
      id: 's1',
      question: 'How safe do you feel at home?',
      zeroMeans: 'not safe',
      tenMeans: 'safe',
      value: 6,
      look: 'path',
      aboutSafety: true,
      followUps: [],
      shared: true,
      createdAt: '2026-01-01T09:59:00Z',
    };
    const v2 = { ...sessionWith([]), schemaVersion: 2, scales: [scale] };
    expect(migrate(JSON.parse(JSON.stringify(v2)))).toMatchObject({ schemaVersion: 3, scales: [{ ...scale, activity: 'scale' }] });
    const result = loadSession(JSON.parse(JSON.stringify(v2)));
    expect(result.ok && result.session.scales).toEqual([{ ...scale, activity: 'scale' }]);
    expect(result.ok && result.report.dropped).toEqual([]);
  });

  it('drops a scale whose activity is not registered, as it drops such a page', () => {
    const scale = {
      id: 's1',
      activity: 'not-registered',
      question: 'Q',
      zeroMeans: 'a',
      tenMeans: 'b',
      value: 6,
      look: 'path',
      aboutSafety: false,
      followUps: [],
      shared: true,
      createdAt: '2026-01-01T09:59:00Z',
    };
    const result = loadSession({ ...sessionWith([]), scales: [scale] });
    expect(result.ok && result.session.scales).toEqual([]);
    expect(result.ok && result.report.dropped).toEqual(['scale 1']);
  });

  it('refuses a record from a newer version rather than guessing', () => {
    expect(() => migrate({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(FutureVersionError);
    expect(loadSession({ ...sessionWith([]), schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({ ok: false });
  });

  it('fills access settings for sessions saved before they existed, and repairs nonsense in them', () => {
    const result = loadSession({ ...sessionWith([]), access: { largerButtons: 'yes' } });
    expect(result.ok).toBe(true);
  });
});

describe('fuzz: thousands of random and mutated records through the loader', () => {
  const valid = sessionWith([stroke('a'), words('b', 'x')]);

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadSession(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a valid session with random fields replaced, and keeps what is readable', () => {
    const paths = [
      'childName',
      'pages',
      'scales',
      'pages.0',
      'pages.0.items',
      'pages.0.items.0',
      'pages.0.items.1.text',
      'createdAt',
      'activityState',
      'consent',
      'access',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = JSON.parse(JSON.stringify(valid));
        const keys = path.split('.');
        let target = copy;
        for (const k of keys.slice(0, -1)) target = target[k];
        target[keys[keys.length - 1]] = value;
        const result = loadSession(copy);
        if (result.ok) {
          // Whatever survives is well-formed.
          for (const page of result.session.pages) for (const item of page.items) expect(typeof item.id).toBe('string');
        } else {
          expect(result.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the hand-written stroke check agrees with the schema', () => {
  // Each field of a sound stroke, replaced by an arbitrary value, a near miss or nothing at all.
  const nearMisses = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom('', 'stroke', 'x'.repeat(33), 'x'.repeat(32), 0, -1, 200, 200.5, 1e-9, Number.NaN, Infinity, true, null, undefined, []),
    fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant('1')), { maxLength: 10 }),
  );
  const fields = ['id', 'kind', 'points', 'color', 'size', 'simulatePressure', 'createdAt', 'extra'];

  it('accepts exactly what strokeSchema accepts, and returns what it returns', () => {
    fc.assert(
      fc.property(fc.subarray(fields), fc.array(nearMisses, { minLength: fields.length, maxLength: fields.length }), (changed, values) => {
        const raw: Record<string, unknown> = { ...stroke('s1'), points: [1, 2, 0.5, 3, 4, 0.5, 5, 6, 1] };
        changed.forEach((field, i) => {
          if (values[i] === undefined) delete raw[field];
          else raw[field] = values[i];
        });
        const byHand = readStroke(raw);
        const bySchema = strokeSchema.safeParse(raw);
        if (byHand) {
          expect(bySchema.success).toBe(true);
          expect(byHand).toStrictEqual(bySchema.data);
          expect(Object.keys(byHand)).toEqual(Object.keys(bySchema.data!));
        } else {
          expect(bySchema.success).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

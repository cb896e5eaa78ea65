import { describe, expect, it } from 'vitest';
import type { ScaleAnswer, Session } from '../../../src/model/types';
import { SCHEMA_VERSION } from '../../../src/model/types';
import { questionIdentity, scaleHistory } from '../../../src/model/scaleHistory';

const HOME = 'scale.questions.home';

function scale(id: string, value: number | null, createdAt: string, extra: Partial<ScaleAnswer> = {}): ScaleAnswer {
  return {
    id,
    activity: 'scale',
    questionKey: HOME,
    question: 'How safe do you feel at home?',
    zeroMeans: 'you feel really scared at home',
    tenMeans: 'you feel really safe at home and nothing worries you',
    value,
    look: 'numbers',
    aboutSafety: true,
    followUps: [],
    shared: true,
    createdAt,
    ...extra,
  };
}

function session(id: string, childName: string, createdAt: string, scales: ScaleAnswer[]): Session {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    childName,
    workerName: 'Sam',
    present: [],
    createdAt,
    updatedAt: createdAt,
    language: 'en-GB',
    activityState: {},
    pages: [],
    scales,
    workerNotes: [],
    workerFlags: [],
  };
}

describe('scaleHistory', () => {
  it("lists one child's numbers for one question, oldest first, whatever order the sessions come in", () => {
    const sessions = [
      session('s3', 'Amira', '2026-03-01T10:00:00.000Z', [scale('a3', 6, '2026-03-01T10:05:00.000Z')]),
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 2, '2026-01-05T10:05:00.000Z')]),
      session('s2', 'Amira', '2026-02-02T10:00:00.000Z', [scale('a2', 4, '2026-02-02T10:05:00.000Z')]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME)).toEqual([
      { date: '2026-01-05T10:05:00.000Z', value: 2, sessionId: 's1' },
      { date: '2026-02-02T10:05:00.000Z', value: 4, sessionId: 's2' },
      { date: '2026-03-01T10:05:00.000Z', value: 6, sessionId: 's3' },
    ]);
  });

  it('orders by the moment, not by how the date was written', () => {
    const sessions = [
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 3, '2026-01-05T12:00:00+02:00')]),
      session('s2', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a2', 5, '2026-01-05T11:00:00.000Z')]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME).map((p) => p.value)).toEqual([3, 5]);
  });

  it('matches the child by name, ignoring case and spaces around it, and leaves other children out', () => {
    const sessions = [
      session('s1', ' amira ', '2026-01-05T10:00:00.000Z', [scale('a1', 2, '2026-01-05T10:05:00.000Z')]),
      session('s2', 'AMIRA', '2026-02-02T10:00:00.000Z', [scale('a2', 4, '2026-02-02T10:05:00.000Z')]),
      session('s3', 'Jamal', '2026-02-03T10:00:00.000Z', [scale('a3', 9, '2026-02-03T10:05:00.000Z')]),
      session('s4', 'Amira B', '2026-02-04T10:00:00.000Z', [scale('a4', 8, '2026-02-04T10:05:00.000Z')]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME).map((p) => p.sessionId)).toEqual(['s1', 's2']);
  });

  it('matches a library question by its key, even when it was asked in another language', () => {
    const sessions = [
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 2, '2026-01-05T10:05:00.000Z', { question: 'Jak bezpiecznie czujesz się w domu?' })]),
      session('s2', 'Amira', '2026-02-02T10:00:00.000Z', [
        scale('a2', 4, '2026-02-02T10:05:00.000Z'),
        scale('a2b', 9, '2026-02-02T10:06:00.000Z', { questionKey: 'scale.questions.school', question: 'How safe do you feel at school?' }),
      ]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME).map((p) => p.value)).toEqual([2, 4]);
  });

  it("matches the worker's own question by exactly the same words", () => {
    const own = { questionKey: undefined, question: 'How are things with Nan?', aboutSafety: false };
    const sessions = [
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 5, '2026-01-05T10:05:00.000Z', own)]),
      session('s2', 'Amira', '2026-02-02T10:00:00.000Z', [
        scale('a2', 7, '2026-02-02T10:05:00.000Z', own),
        scale('a3', 1, '2026-02-02T10:06:00.000Z', { ...own, question: 'How are things with nan?' }),
      ]),
    ];
    expect(scaleHistory(sessions, 'Amira', questionIdentity({ question: 'How are things with Nan?' })).map((p) => p.value)).toEqual([5, 7]);
  });

  it('skips questions the child has not rated, and keeps several answers from one session', () => {
    const sessions = [
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [
        scale('a1', null, '2026-01-05T10:05:00.000Z'),
        scale('a2', 3, '2026-01-05T10:06:00.000Z'),
        scale('a3', 4, '2026-01-05T10:40:00.000Z'),
      ]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME).map((p) => p.value)).toEqual([3, 4]);
  });

  it('can leave out what the child chose not to share', () => {
    const sessions = [
      session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 2, '2026-01-05T10:05:00.000Z', { shared: false })]),
      session('s2', 'Amira', '2026-02-02T10:00:00.000Z', [scale('a2', 4, '2026-02-02T10:05:00.000Z')]),
    ];
    expect(scaleHistory(sessions, 'Amira', HOME)).toHaveLength(2);
    expect(scaleHistory(sessions, 'Amira', HOME, { sharedOnly: true }).map((p) => p.value)).toEqual([4]);
  });

  it("falls back to the session date when an answer's date is unreadable", () => {
    const sessions = [session('s1', 'Amira', '2026-01-05T10:00:00.000Z', [scale('a1', 2, 'not a date')])];
    expect(scaleHistory(sessions, 'Amira', HOME)[0].date).toBe('2026-01-05T10:00:00.000Z');
  });
});

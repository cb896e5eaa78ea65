import { vi } from 'vitest';
import type { ScaleAnswer, Session } from '../../../src/model/types';
import { SCHEMA_VERSION } from '../../../src/model/types';
import { SessionStore } from '../../../src/store/sessionStore';
import { initI18n } from '../../../src/app/i18n';

/** The app's own i18next set-up, so the tests see the real English strings. */
export function setUpI18n(): void {
  initI18n();
}

export const mockSounds = () => ({ playTapSound: vi.fn(), playEntrySound: vi.fn(), isMuted: () => true, setMuted: vi.fn() });

export function makeSession(patch: Partial<Session> = {}): Session {
  const at = '2026-03-01T10:00:00.000Z';
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'session-now',
    childName: 'Amira',
    workerName: 'Sam',
    present: [],
    createdAt: at,
    updatedAt: at,
    language: 'en-GB',
    activityState: {},
    pages: [],
    scales: [],
    workerNotes: [],
    workerFlags: [],
    ...patch,
  };
}

export function makeStore(patch: Partial<Session> = {}): SessionStore {
  return new SessionStore(makeSession(patch));
}

export function homeScale(id: string, value: number | null, createdAt: string): ScaleAnswer {
  return {
    id,
    activity: 'scale',
    questionKey: 'scale.questions.home',
    question: 'How safe do you feel at home?',
    zeroMeans: 'you feel really scared at home',
    tenMeans: 'you feel really safe at home and nothing worries you',
    value,
    look: 'numbers',
    aboutSafety: true,
    followUps: [],
    shared: true,
    createdAt,
  };
}

import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryBlobStore } from '../../../src/store/blobStore';
import { loadSession } from '../../../src/model/repair';
import type { RecordingItem } from '../../../src/model/types';
import { controlClock, installMicrophone, uninstallMicrophone } from '../voice/fakes';
import { stubObjectUrls } from '../voice/howlerMock';
import { homeScale, makeSession, makeStore, setUpI18n } from './helpers';

vi.mock('../../../src/voice/sounds', async () => (await import('./helpers')).mockSounds());
const howler = await vi.hoisted(async () => (await import('../voice/howlerMock')).makeHowlerMock());
vi.mock('howler', () => howler.module);

const { default: ScaleScreen } = await import('../../../src/activities/scale/ScaleScreen');
const { withRecording } = await import('../../../src/activities/scale/ScaleRecordings');

let clock: ReturnType<typeof controlClock>;

beforeAll(setUpI18n);
beforeEach(() => {
  clock = controlClock();
  stubObjectUrls();
});
afterEach(() => {
  cleanup();
  clock.restore();
  uninstallMicrophone();
});

const recording = (id: string, extra: Partial<RecordingItem> = {}): RecordingItem => ({
  id,
  kind: 'recording',
  blobId: `blob-${id}`,
  mimeType: 'audio/webm',
  durationMs: 1500,
  speaker: 'child',
  x: 0,
  y: 0,
  createdAt: '2026-03-01T10:05:00.000Z',
  ...extra,
});

// Whole-screen renders with role queries are slow in jsdom, more so on a busy machine.
describe('Record on the scale', { timeout: 30_000 }, () => {
  it('is offered once the child has rated, and keeps the recording with that scale', async () => {
    installMicrophone();
    const store = makeStore();
    const blobs = new MemoryBlobStore();
    render(<ScaleScreen store={store} blobs={blobs} practice place={undefined} goTo={() => undefined} exit={() => undefined} />);
    // Before a number is chosen there is nothing to say "why" about.
    expect(screen.queryByRole('button', { name: 'Record' })).toBeNull();

    fireEvent.keyDown(screen.getByRole('slider', { name: /^How safe/ }), { key: 'ArrowRight' });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    const stop = await screen.findByRole('button', { name: 'Stop recording' });
    clock.advance(1500);
    fireEvent.click(stop);

    expect(await screen.findByRole('button', { name: 'Play recording' })).toBeInTheDocument();
    const [scale] = store.get().scales;
    expect(scale.value).toBe(1);
    expect(scale.recordings).toHaveLength(1);
    const saved = scale.recordings![0];
    expect(saved).toMatchObject({ kind: 'recording', speaker: 'child', mimeType: 'audio/webm', durationMs: 1500, x: 0, y: 0 });
    // The sound itself went to the blob store, under the id the item points at.
    const audio = await blobs.loadBlob(saved.blobId);
    expect(audio?.bytes.length).toBeGreaterThan(0);
    expect(audio?.mimeType).toBe('audio/webm');

    // Changing the number afterwards keeps the recording.
    fireEvent.keyDown(screen.getByRole('slider', { name: /^How safe/ }), { key: 'ArrowRight' });
    expect(store.get().scales[0]).toMatchObject({ value: 2, recordings: [saved] });
  });

  it('keeps a transcript exactly as typed, and deletes a recording from the scale', async () => {
    const store = makeStore({ scales: [{ ...homeScale('s1', 4, '2026-03-01T10:00:00.000Z'), recordings: [recording('r1'), recording('r2')] }] });
    render(<ScaleScreen store={store} blobs={new MemoryBlobStore()} practice place={undefined} goTo={() => undefined} exit={() => undefined} />);
    // A returning visit starts at the list; open the question.
    fireEvent.click(screen.getByRole('button', { name: /How safe do you feel at home\?/ }));
    expect(screen.getAllByRole('button', { name: 'Play recording' })).toHaveLength(2);

    const transcript = screen.getAllByRole('textbox', { name: 'What was said (typed exactly)' })[0];
    fireEvent.change(transcript, { target: { value: ' because  mum shouts ' } });
    fireEvent.blur(transcript);
    await waitFor(() => expect(store.get().scales[0].recordings![0].transcript).toBe(' because  mum shouts '));

    fireEvent.click(screen.getAllByRole('button', { name: 'Delete recording' })[1]);
    expect(store.get().scales[0].recordings!.map((r) => r.id)).toEqual(['r1']);
    expect(store.get().scales[0].value).toBe(4);
  });
});

describe('scale recordings in the saved session', () => {
  const base = homeScale('s1', 6, '2026-03-01T10:00:00.000Z');

  it('adds a recording at the end without touching the rest of the answer', () => {
    const next = withRecording(withRecording(base, recording('r1')), recording('r2'));
    expect(next.recordings!.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect({ ...next, recordings: undefined }).toEqual({ ...base, recordings: undefined });
  });

  it('loads scales saved before recordings existed unchanged', () => {
    const result = loadSession(JSON.parse(JSON.stringify(makeSession({ scales: [base] }))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.scales).toEqual([base]);
    expect('recordings' in result.session.scales[0]).toBe(false);
  });

  it("keeps valid recordings and drops only a damaged one, never the child's number", () => {
    const raw = makeSession({
      scales: [{ ...base, recordings: [recording('r1', { transcript: 'tak' }), { id: 'r2', kind: 'recording' } as unknown as RecordingItem] }],
    });
    const result = loadSession(JSON.parse(JSON.stringify(raw)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.scales).toHaveLength(1);
    expect(result.session.scales[0].value).toBe(6);
    expect(result.session.scales[0].recordings).toEqual([recording('r1', { transcript: 'tak' })]);
  });
});

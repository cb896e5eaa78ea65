import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import type { ScaleAnswer } from '../../../src/model/types';
import type { PlaybackHandle } from '../../../src/voice/playback';
import type * as Playback from '../../../src/voice/playback';
import type * as PromptAudio from '../../../src/voice/promptAudio';
import type { SpeakResult } from '../../../src/voice/speech';
import { loadLanguage } from '../../../src/app/i18n';
import { FollowUps } from '../../../src/activities/scale/FollowUps';
import { ScaleQuestion } from '../../../src/activities/scale/ScaleQuestion';
import { homeScale, setUpI18n } from './helpers';

// Read aloud on the scale with a council's recorded prompts (assets/voice/README.md): which
// words play a recording, and which the tablet's voice reads. The shipped folder holds no
// recordings, so the lookup is pointed at a test list; the lookup code itself is the app's.
const recordings = vi.hoisted(() => ({ files: {} as Record<string, () => Promise<string>> }));
vi.mock('../../../src/voice/promptAudio', async (importOriginal) => {
  const real = await importOriginal<typeof PromptAudio>();
  return {
    ...real,
    findPromptAudio: (lang: string, key: string) => real.findPromptAudio(lang, key, recordings.files),
    readAloud: (texts: readonly string[], keys: readonly (string | undefined)[], lang: string, options: PromptAudio.ReadAloudOptions = {}) =>
      real.readAloud(texts, keys, lang, { ...options, files: recordings.files }),
  };
});

const speech = vi.hoisted(() => ({
  speak: vi.fn<(texts: string | string[], lang: string) => SpeakResult>(() => 'spoken'),
  stopSpeaking: vi.fn(),
}));
vi.mock('../../../src/voice/speech', () => speech);

const player = vi.hoisted(() => ({ played: [] as { text: Promise<string>; end(): void }[] }));
vi.mock('../../../src/voice/playback', async (importOriginal) => {
  const real = await importOriginal<typeof Playback>();
  const { fakePlayback } = await import('../voice/fakePlayback');
  return {
    ...real,
    playRecording: vi.fn(async (blob: Blob): Promise<PlaybackHandle> => {
      const { handle, end } = fakePlayback();
      player.played.push({ text: blob.text(), end });
      return handle;
    }),
  };
});

vi.mock('../../../src/voice/sounds', async () => (await import('./helpers')).mockSounds());

/** A recording as Vite hands small files over: a data: URL, so no server is needed. */
const recording = (says: string) => async () => `data:audio/mpeg;base64,${btoa(says)}`;

/** A fresh list each time: the lookup indexes each list once. */
function record(files: Record<string, string>) {
  recordings.files = Object.fromEntries(Object.entries(files).map(([name, says]) => [`../../assets/voice/${name}.mp3`, recording(says)]));
}

const played = () => Promise.all(player.played.map((p) => p.text));
const spoken = () => speech.speak.mock.calls.map(([texts, lang]) => ({ texts, lang }));

async function endPlaying(index: number) {
  await vi.waitFor(() => expect(player.played.length).toBeGreaterThan(index));
  player.played[index].end();
}

function show(scale: ScaleAnswer) {
  render(<ScaleQuestion scale={scale} onChange={() => undefined} />);
  fireEvent.click(screen.getByRole('button', { name: i18next.t('readAloud.button') }));
}

/** Between two reads in one test: the screen, the player and the voice start afresh. */
function startAgain() {
  cleanup();
  for (const p of player.played) p.end();
  player.played.length = 0;
  speech.speak.mockClear();
}

const unrated = () => homeScale('s1', null, '2026-03-01T10:00:00.000Z');
const QUESTION = 'How safe do you feel at home?';
const ZERO = 'you feel really scared at home';
const TEN = 'you feel really safe at home and nothing worries you';

beforeAll(setUpI18n);

beforeEach(() => {
  speech.speak.mockClear();
  player.played.length = 0;
  record({});
});

afterEach(async () => {
  startAgain();
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (i18next.language !== 'en-GB') await act(() => i18next.changeLanguage('en-GB'));
});

describe('Read aloud on the scale, with recorded prompts', () => {
  it('reads everything with the tablet voice, as before, when nothing is recorded', () => {
    show(unrated());
    expect(spoken()).toEqual([{ texts: [QUESTION, `0 means ${ZERO}.`, `10 means ${TEN}.`], lang: 'en-GB' }]);
    expect(player.played).toHaveLength(0);
  });

  it("plays the recording of a library question, then the tablet's voice reads the anchors", async () => {
    record({ 'en-GB/scale.questions.home.question': 'recorded question' });
    show(unrated());
    await vi.waitFor(() => expect(player.played).toHaveLength(1));
    expect(await played()).toEqual(['recorded question']);
    expect(speech.speak).not.toHaveBeenCalled();
    await endPlaying(0);
    await vi.waitFor(() => expect(spoken()).toEqual([{ texts: [`0 means ${ZERO}.`, `10 means ${TEN}.`], lang: 'en-GB' }]));
  });

  it("plays an anchor's recorded words between the words the tablet says, in order", async () => {
    record({ 'en-GB/scale.questions.home.zeroMeans': 'recorded zero', 'en-GB/scale.questions.home.tenMeans': 'recorded ten' });
    show(unrated());
    expect(spoken()).toEqual([{ texts: [QUESTION, '0 means'], lang: 'en-GB' }]);
    await endPlaying(0);
    await vi.waitFor(() => expect(spoken()).toHaveLength(2));
    expect(spoken()[1]).toEqual({ texts: ['10 means'], lang: 'en-GB' });
    await endPlaying(1);
    expect(await played()).toEqual(['recorded zero', 'recorded ten']);
  });

  it('uses the recording of the nearer anchor once the child has chosen a number', async () => {
    record({ 'en-GB/scale.questions.home.tenMeans': 'recorded ten' });
    show({ ...unrated(), value: 8 });
    expect(spoken()).toEqual([{ texts: [QUESTION, '8. Nearer to 10:'], lang: 'en-GB' }]);
    await endPlaying(0);
    expect(await played()).toEqual(['recorded ten']);
  });

  it("never plays a recording for the worker's own words", async () => {
    record({
      'en-GB/scale.questions.home.question': 'recorded question',
      'en-GB/scale.questions.home.zeroMeans': 'recorded zero',
      'en-GB/scale.questions.home.tenMeans': 'recorded ten',
    });
    // The worker's own question: the same words, but not the app's (no library key).
    const own = { ...unrated() };
    delete own.questionKey;
    show(own);
    expect(spoken()).toEqual([{ texts: [QUESTION, `0 means ${ZERO}.`, `10 means ${TEN}.`], lang: 'en-GB' }]);
    expect(player.played).toHaveLength(0);
    startAgain();

    // A library question whose anchors the worker changed: only the app's words are played.
    show({ ...unrated(), zeroMeans: 'you feel scared', tenMeans: 'you feel safe' });
    await endPlaying(0);
    expect(await played()).toEqual(['recorded question']);
    await vi.waitFor(() => expect(spoken()).toEqual([{ texts: ['0 means you feel scared.', '10 means you feel safe.'], lang: 'en-GB' }]));
  });

  it("never plays another language's recording", async () => {
    await loadLanguage('pl');
    await act(() => i18next.changeLanguage('pl'));
    record({
      'en-GB/scale.questions.home.question': 'English question',
      'en-GB/scale.questions.home.zeroMeans': 'English zero',
    });
    const polish = {
      ...unrated(),
      question: 'Jak bezpiecznie czujesz się w domu?',
      zeroMeans: 'naprawdę bardzo się boisz w domu',
      tenMeans: 'czujesz się w domu naprawdę bezpiecznie i nic cię nie martwi',
    };
    show(polish);
    expect(spoken()).toEqual([{ texts: [polish.question, `0 oznacza: ${polish.zeroMeans}.`, `10 oznacza: ${polish.tenMeans}.`], lang: 'pl' }]);
    expect(player.played).toHaveLength(0);
    startAgain();

    // With a Polish recording, the Polish question plays it.
    record({ 'pl/scale.questions.home.question': 'Polish question' });
    show(polish);
    await endPlaying(0);
    expect(await played()).toEqual(['Polish question']);
    startAgain();

    // An answer saved in English, read while the app is in Polish: its words are not the
    // Polish library's, so the Polish recording (which says something else) is not played.
    show(unrated());
    expect(spoken()).toEqual([{ texts: [QUESTION, `0 oznacza: ${ZERO}.`, `10 oznacza: ${TEN}.`], lang: 'pl' }]);
    expect(player.played).toHaveLength(0);
  });

  it('plays the recording of a follow-up question', async () => {
    record({ 'en-GB/scale.followUp.higher': 'recorded follow-up' });
    const scale = { ...unrated(), value: 6, followUps: [{ promptKey: 'scale.followUp.higher', text: '', speaker: 'child' as const }] };
    render(<FollowUps scale={scale} onChange={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hear this question' }));
    await endPlaying(0);
    expect(await played()).toEqual(['recorded follow-up']);
    expect(speech.speak).not.toHaveBeenCalled();
  });
});

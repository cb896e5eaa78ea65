import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlaybackHandle } from '../../../src/voice/playback';
import type * as Playback from '../../../src/voice/playback';
import type { SpeakResult } from '../../../src/voice/speech';

// Synthesis and the player are stand-ins: what matters here is which one each text goes to.
const speech = vi.hoisted(() => ({
  speak: vi.fn<(texts: string | string[], lang: string) => SpeakResult>(() => 'spoken'),
  stopSpeaking: vi.fn(),
}));
vi.mock('../../../src/voice/speech', () => speech);

const player = vi.hoisted(() => ({
  played: [] as { blob: Blob; mimeType: string; end(): void }[],
  fail: false,
}));
vi.mock('../../../src/voice/playback', async (importOriginal) => {
  const real = await importOriginal<typeof Playback>();
  const { fakePlayback } = await import('./fakePlayback');
  return {
    ...real,
    playRecording: vi.fn(async (blob: Blob, mimeType: string): Promise<PlaybackHandle> => {
      if (player.fail) throw new real.PlaybackError('playback-unsupported');
      const { handle, end } = fakePlayback();
      player.played.push({ blob, mimeType, end });
      return handle;
    }),
  };
});

const { findPromptAudio, promptFileName, promptLanguages, readAloud } = await import('../../../src/voice/promptAudio');
const { playRecording } = await import('../../../src/voice/playback');

/** A file's URL as Vite gives small files: a data: URL, so the test needs no server. */
const dataUrl = (text: string, mime = 'audio/mpeg') => `data:${mime};base64,${btoa(text)}`;
const file = (text: string) => vi.fn(async () => dataUrl(text));

/** Waits until the read has gone as far as it can (the file player is async, and so is loading). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  speech.speak.mockClear();
  speech.speak.mockImplementation(() => 'spoken');
  player.played.length = 0;
  player.fail = false;
  vi.mocked(playRecording).mockClear();
});

afterEach(async () => {
  // End whatever is still playing, so no read carries over into the next test.
  for (const p of player.played) p.end();
  await settle();
});

describe('prompt file names', () => {
  it('is the i18n key, with the default namespace dropped and other namespaces joined by a dot', () => {
    expect(promptFileName('prompts.house-of-worries.1')).toBe('prompts.house-of-worries.1');
    expect(promptFileName('common:prompts.house-of-worries.1')).toBe('prompts.house-of-worries.1');
    expect(promptFileName('wizards:prompts.worries.fairy.2')).toBe('wizards.prompts.worries.fairy.2');
    expect(promptFileName('scale:questions.home.question')).toBe('scale.questions.home.question');
    expect(promptFileName('scale:followUp.higher')).toBe('scale.followUp.higher');
  });

  it('looks in the exact language, then its base language, and nowhere else', () => {
    expect(promptLanguages('pl-PL')).toEqual(['pl-pl', 'pl']);
    expect(promptLanguages('en-GB')).toEqual(['en-gb', 'en']);
    expect(promptLanguages('pl')).toEqual(['pl']);
  });
});

describe('findPromptAudio', () => {
  const worriesEn = file('en worries');
  const worriesPl = file('pl worries');
  const files = {
    '../../assets/voice/en-GB/prompts.house-of-worries.1.mp3': worriesEn,
    '../../assets/voice/pl/prompts.house-of-worries.1.m4a': worriesPl,
    '../../assets/voice/en-GB/wizards.prompts.worries.fairy.1.wav': file('fairy'),
    '../../assets/voice/en-GB/notes.txt': file('not audio'),
  };

  it('finds the file named after the key in the language folder', () => {
    expect(findPromptAudio('en-GB', 'prompts.house-of-worries.1', files)).toBe(worriesEn);
    expect(findPromptAudio('en-GB', 'wizards:prompts.worries.fairy.1', files)).toBe(files['../../assets/voice/en-GB/wizards.prompts.worries.fairy.1.wav']);
  });

  it('falls back from a regional language to its base language folder', () => {
    expect(findPromptAudio('pl-PL', 'prompts.house-of-worries.1', files)).toBe(worriesPl);
    expect(findPromptAudio('pl', 'prompts.house-of-worries.1', files)).toBe(worriesPl);
  });

  it('never plays another language, and has nothing for keys without a file', () => {
    expect(findPromptAudio('ro', 'prompts.house-of-worries.1', files)).toBeUndefined();
    expect(findPromptAudio('en-GB', 'prompts.house-of-worries.2', files)).toBeUndefined();
    expect(findPromptAudio('pl', 'wizards:prompts.worries.fairy.1', files)).toBeUndefined();
    // A folder of a more specific language does not serve the base language.
    expect(findPromptAudio('en', 'prompts.house-of-worries.1', files)).toBeUndefined();
  });

  it('prefers the format every browser plays when a prompt has several files', () => {
    const mp3 = file('mp3');
    const choice = {
      '../../assets/voice/en-GB/prompts.house-of-dreams.1.webm': file('webm'),
      '../../assets/voice/en-GB/prompts.house-of-dreams.1.mp3': mp3,
      '../../assets/voice/en-GB/prompts.house-of-dreams.1.ogg': file('ogg'),
    };
    expect(findPromptAudio('en-GB', 'prompts.house-of-dreams.1', choice)).toBe(mp3);
  });

  it('finds nothing in the shipped folder, which holds only its README', () => {
    expect(findPromptAudio('en-GB', 'prompts.house-of-worries.1')).toBeUndefined();
  });
});

describe('readAloud', () => {
  const files = { '../../assets/voice/en-GB/prompts.house-of-worries.1.mp3': file('recorded worries') };

  it('with no file, reads every text by synthesis at once, inside the tap', () => {
    void readAloud(['Is there anything that worries you?', 'Amira'], ['prompts.house-of-worries.2', undefined], 'en-GB', { files });
    // Called before readAloud returned: no await came first (iPad speaks only from a tap).
    expect(speech.speak).toHaveBeenCalledTimes(1);
    expect(speech.speak).toHaveBeenCalledWith(['Is there anything that worries you?', 'Amira'], 'en-GB');
    expect(playRecording).not.toHaveBeenCalled();
  });

  it('plays the recorded file instead of synthesis where one exists', async () => {
    const done = readAloud(['Is there anything that worries you?'], ['prompts.house-of-worries.1'], 'en-GB', { files });
    await vi.waitFor(() => expect(player.played).toHaveLength(1));
    expect(speech.speak).not.toHaveBeenCalled();
    expect(player.played[0].mimeType).toBe('audio/mpeg');
    expect(await player.played[0].blob.text()).toBe('recorded worries');
    player.played[0].end();
    await done;
    expect(speech.speak).not.toHaveBeenCalled();
  });

  it('reads the texts around a file in order: the file first, then synthesis once it has ended', async () => {
    const done = readAloud(['Is there anything that worries you?', 'Amira'], ['prompts.house-of-worries.1', undefined], 'en-GB', { files });
    await vi.waitFor(() => expect(player.played).toHaveLength(1));
    await settle();
    expect(speech.speak).not.toHaveBeenCalled();
    player.played[0].end();
    await done;
    expect(speech.speak).toHaveBeenCalledWith(['Amira'], 'en-GB');
  });

  it('falls back to synthesis when the file cannot be loaded', async () => {
    const broken = { '../../assets/voice/en-GB/prompts.house-of-worries.1.mp3': vi.fn(() => Promise.reject(new Error('gone'))) };
    await readAloud(['Is there anything that worries you?'], ['prompts.house-of-worries.1'], 'en-GB', { files: broken });
    expect(speech.speak).toHaveBeenCalledWith(['Is there anything that worries you?'], 'en-GB');
  });

  it('falls back to synthesis when the browser cannot play the file', async () => {
    player.fail = true;
    await readAloud(['Is there anything that worries you?'], ['prompts.house-of-worries.1'], 'en-GB', { files });
    expect(playRecording).toHaveBeenCalledTimes(1);
    expect(speech.speak).toHaveBeenCalledWith(['Is there anything that worries you?'], 'en-GB');
  });

  it('tells the caller when synthesis has no voice, and only when synthesis was needed', async () => {
    speech.speak.mockImplementation(() => 'no-voice');
    const onSpeak = vi.fn();
    void readAloud(['Is there anything that worries you?'], [undefined], 'en-GB', { files, onSpeak });
    expect(onSpeak).toHaveBeenCalledWith('no-voice');

    onSpeak.mockClear();
    const done = readAloud(['Is there anything that worries you?'], ['prompts.house-of-worries.1'], 'en-GB', { files, onSpeak });
    await vi.waitFor(() => expect(player.played).toHaveLength(1));
    player.played[0].end();
    await done;
    expect(onSpeak).not.toHaveBeenCalled();
  });

  it('stops a file still playing when read aloud is pressed again', async () => {
    const first = readAloud(['Is there anything that worries you?', 'Amira'], ['prompts.house-of-worries.1', undefined], 'en-GB', { files });
    await vi.waitFor(() => expect(player.played).toHaveLength(1));
    void readAloud(['Something else'], [undefined], 'en-GB', { files });
    await first;
    // The first read ended where it was: its synthesis part was never spoken.
    expect(speech.speak.mock.calls).toEqual([[['Something else'], 'en-GB']]);
  });
});

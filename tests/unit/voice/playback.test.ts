import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubObjectUrls } from './howlerMock';

const howler = await vi.hoisted(async () => (await import('./howlerMock')).makeHowlerMock());
vi.mock('howler', () => howler.module);

const { PlaybackError, howlerFormatFor, playRecording, stopPlayback } = await import('../../../src/voice/playback');
const { setMuted } = await import('../../../src/voice/sounds');

let urls: ReturnType<typeof stubObjectUrls>;

beforeEach(() => {
  howler.state.outcome = 'play';
  howler.state.instances.length = 0;
  howler.module.Howler.mute.mockClear();
  urls = stubObjectUrls();
  localStorage.clear();
});

afterEach(() => stopPlayback());

const webm = () => new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' });

describe('howlerFormatFor', () => {
  it.each([
    ['audio/webm', 'webm'],
    ['audio/webm;codecs=opus', 'webm'],
    ['audio/mp4', 'mp4'],
    ['audio/mp4;codecs=mp4a.40.2', 'mp4'],
    ['audio/x-m4a', 'm4a'],
    ['audio/aac', 'aac'],
    ['audio/ogg', 'ogg'],
    ['audio/ogg;codecs=opus', 'ogg'],
  ])('%s -> %s', (mime, format) => expect(howlerFormatFor(mime)).toBe(format));
});

describe('playRecording', () => {
  it('tells howler the format (object URLs have no extension) and uses HTML5 audio', async () => {
    await playRecording(webm(), 'audio/webm');
    const howl = howler.state.instances[0];
    expect(howl.options.src).toEqual(['blob:voicemap/1']);
    expect(howl.options.format).toEqual(['webm']);
    expect(howl.options.html5).toBe(true);
    expect(howl.play).toHaveBeenCalled();
  });

  it('calls onEnd and revokes the object URL when the recording finishes', async () => {
    const handle = await playRecording(webm(), 'audio/mp4');
    const ended = vi.fn();
    handle.onEnd(ended);
    expect(urls.revoke).not.toHaveBeenCalled();
    howler.state.instances[0].finish();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(urls.revoke).toHaveBeenCalledWith('blob:voicemap/1');
    expect(howler.state.instances[0].unload).toHaveBeenCalled();
  });

  it('stop() ends it once, however often it is called', async () => {
    const handle = await playRecording(webm(), 'audio/webm');
    const ended = vi.fn();
    handle.onEnd(ended);
    handle.stop();
    handle.stop();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(urls.revoke).toHaveBeenCalledTimes(1);
  });

  it('plays one recording at a time: a second one ends the first', async () => {
    const first = await playRecording(webm(), 'audio/webm');
    const firstEnded = vi.fn();
    first.onEnd(firstEnded);
    await playRecording(webm(), 'audio/webm');
    expect(firstEnded).toHaveBeenCalled();
  });

  it('rejects with playback-unsupported when the browser cannot decode the file', async () => {
    howler.state.outcome = 'loaderror';
    const attempt = playRecording(webm(), 'audio/webm');
    await expect(attempt).rejects.toBeInstanceOf(PlaybackError);
    await expect(attempt).rejects.toMatchObject({ code: 'playback-unsupported' });
    expect(urls.revoke).toHaveBeenCalled();
  });

  it('rejects with playback-blocked when the browser refuses to start sound', async () => {
    howler.state.outcome = 'playerror';
    await expect(playRecording(webm(), 'audio/webm')).rejects.toMatchObject({ code: 'playback-blocked' });
  });

  it('plays even when sound effects are off: mute is for effects only', async () => {
    setMuted(true);
    const handle = await playRecording(webm(), 'audio/webm');
    expect(howler.module.Howler.mute).not.toHaveBeenCalled();
    expect(howler.state.instances.length).toBe(1);
    handle.stop();
    setMuted(false);
  });
});

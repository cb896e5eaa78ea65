import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MicError,
  RECORDING_MIME_PREFERENCE,
  containerType,
  formatDuration,
  levelFromSamples,
  pickMimeType,
  startRecording,
  toMicError,
} from '../../../src/voice/recorder';
import { FakeAudioContext, FakeMediaRecorder, controlClock, domError, installMicrophone, uninstallMicrophone } from './fakes';

afterEach(() => {
  uninstallMicrophone();
  FakeMediaRecorder.supported = ['audio/webm;codecs=opus', 'audio/webm'];
});

describe('pickMimeType', () => {
  function supporting(types: string[]) {
    vi.stubGlobal('MediaRecorder', { isTypeSupported: (type: string) => types.includes(type) });
  }

  it('prefers webm/opus, then plain webm, then mp4/aac, then aac, then ogg/opus', () => {
    const all = [...RECORDING_MIME_PREFERENCE];
    for (let i = 0; i < all.length; i++) {
      supporting(all.slice(i));
      expect(pickMimeType()).toBe(all[i]);
    }
  });

  it('takes mp4 on an iPad-like browser that cannot record webm', () => {
    supporting(['audio/mp4', 'audio/aac']);
    expect(pickMimeType()).toBe('audio/mp4');
    expect(containerType(pickMimeType() ?? '')).toBe('audio/mp4');
  });

  it('asks in preference order and stops at the first yes', () => {
    const isTypeSupported = vi.fn((type: string) => type === 'audio/mp4;codecs=mp4a.40.2');
    vi.stubGlobal('MediaRecorder', { isTypeSupported });
    expect(pickMimeType()).toBe('audio/mp4;codecs=mp4a.40.2');
    expect(isTypeSupported.mock.calls.map((c) => c[0])).toEqual(['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4;codecs=mp4a.40.2']);
  });

  it('leaves the choice to the browser when nothing listed is supported, or there is no recorder', () => {
    supporting([]);
    expect(pickMimeType()).toBeUndefined();
    vi.stubGlobal('MediaRecorder', undefined);
    expect(pickMimeType()).toBeUndefined();
  });

  it('stores the container without codecs', () => {
    expect(containerType('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(containerType('audio/mp4; codecs="mp4a.40.2"')).toBe('audio/mp4');
    expect(containerType('audio/ogg;codecs=opus')).toBe('audio/ogg');
  });
});

describe('toMicError', () => {
  const cases: Array<[string, MicError['code']]> = [
    ['NotAllowedError', 'mic-denied'],
    ['SecurityError', 'mic-denied'],
    ['NotFoundError', 'mic-missing'],
    ['OverconstrainedError', 'mic-missing'],
    ['NotReadableError', 'mic-busy'],
    ['AbortError', 'mic-busy'],
    ['NotSupportedError', 'mic-unsupported'],
    ['TypeError', 'mic-failed'],
    ['SomethingNewError', 'mic-failed'],
  ];

  it.each(cases)('maps %s to %s', (name, code) => {
    const error = toMicError(domError(name));
    expect(error).toBeInstanceOf(MicError);
    expect(error.code).toBe(code);
  });

  it('maps errors that are not DOMExceptions by name (Safari throws OverconstrainedError as its own type)', () => {
    expect(toMicError({ name: 'OverconstrainedError', constraint: 'deviceId' }).code).toBe('mic-missing');
    expect(toMicError('just a string').code).toBe('mic-failed');
    expect(toMicError(undefined).code).toBe('mic-failed');
  });

  it('passes a MicError through unchanged', () => {
    const original = new MicError('mic-busy');
    expect(toMicError(original)).toBe(original);
  });
});

describe('formatDuration and levelFromSamples', () => {
  it('shows mm:ss, rounding down', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(999)).toBe('00:00');
    expect(formatDuration(61_500)).toBe('01:01');
    expect(formatDuration(5 * 60_000)).toBe('05:00');
    expect(formatDuration(-5)).toBe('00:00');
  });

  it('reads silence as 0 and a full-scale signal as 1', () => {
    expect(levelFromSamples(new Uint8Array(64).fill(128))).toBe(0);
    expect(levelFromSamples(new Uint8Array(64).map((_, i) => (i % 2 ? 0 : 255)))).toBeCloseTo(1, 1);
    expect(levelFromSamples(new Uint8Array(0))).toBe(0);
  });
});

describe('startRecording', () => {
  it('refuses with mic-unsupported when the browser has no microphone API', async () => {
    installMicrophone();
    Reflect.deleteProperty(navigator, 'mediaDevices');
    await expect(startRecording()).rejects.toMatchObject({ code: 'mic-unsupported' });
  });

  it('refuses with mic-unsupported on an insecure address', async () => {
    installMicrophone();
    vi.stubGlobal('isSecureContext', false);
    await expect(startRecording()).rejects.toMatchObject({ code: 'mic-unsupported' });
  });

  it('refuses with mic-unsupported when there is no MediaRecorder', async () => {
    installMicrophone();
    vi.stubGlobal('MediaRecorder', undefined);
    await expect(startRecording()).rejects.toMatchObject({ code: 'mic-unsupported' });
  });

  it('turns a refused microphone into mic-denied and closes the audio context it opened', async () => {
    installMicrophone(domError('NotAllowedError'));
    await expect(startRecording({ onLevel: () => undefined })).rejects.toMatchObject({ code: 'mic-denied' });
    expect(FakeAudioContext.instances[0]?.close).toHaveBeenCalled();
  });

  it('measures the length from when the recorder really started, so it is the length of the sound kept', async () => {
    installMicrophone();
    const clock = controlClock();
    const session = await startRecording({});
    // A busy tablet: the recorder starts capturing 400 ms after it was asked to.
    clock.advance(400);
    FakeMediaRecorder.instances[0].dispatchEvent(new Event('start'));
    clock.advance(2000);
    const result = await session.stop();
    expect(result.durationMs).toBe(2000);
  });

  it('records, measures the duration itself, and releases the microphone', async () => {
    const { stream } = installMicrophone();
    const clock = controlClock();
    try {
      const levels: number[] = [];
      const ticks: number[] = [];
      const session = await startRecording({ onLevel: (l) => levels.push(l), onTick: (ms) => ticks.push(ms) });
      expect(FakeMediaRecorder.instances[0].mimeType).toBe('audio/webm;codecs=opus');
      clock.advance(2500);
      await new Promise((r) => setTimeout(r, 300));
      const result = await session.stop();

      expect(result.mimeType).toBe('audio/webm');
      expect(result.blob.type).toBe('audio/webm');
      expect(result.blob.size).toBeGreaterThan(0);
      expect(result.durationMs).toBe(2500);
      expect(ticks[0]).toBe(0);
      expect(ticks).toContain(2500);
      expect(levels.length).toBeGreaterThan(0);
      expect(Math.max(...levels)).toBeGreaterThan(0.5);
      expect(stream.track.stop).toHaveBeenCalled();
      expect(FakeAudioContext.instances[0].close).toHaveBeenCalled();
      // Asking twice gives the same recording, not a second stop.
      await expect(session.stop()).resolves.toBe(result);
    } finally {
      clock.restore();
    }
  });

  it('stores mp4 when that is what the browser records', async () => {
    installMicrophone();
    FakeMediaRecorder.supported = ['audio/mp4'];
    const session = await startRecording();
    expect(FakeMediaRecorder.instances[0].mimeType).toBe('audio/mp4');
    const result = await session.stop();
    expect(result.mimeType).toBe('audio/mp4');
  });

  it('cancel throws the audio away and releases the microphone', async () => {
    const { stream } = installMicrophone();
    const session = await startRecording({ onLevel: () => undefined });
    session.cancel();
    expect(stream.track.stop).toHaveBeenCalled();
    expect(FakeAudioContext.instances[0].close).toHaveBeenCalled();
    const after = await session.stop();
    expect(after.blob.size).toBe(0);
  });

  it('tells the caller when the microphone goes away mid-recording, and keeps what was recorded', async () => {
    const { stream } = installMicrophone();
    const onInterrupted = vi.fn();
    const session = await startRecording({ onInterrupted });
    stream.track.dispatchEvent(new Event('ended'));
    expect(onInterrupted).toHaveBeenCalledTimes(1);
    const result = await session.stop();
    expect(result.blob.size).toBeGreaterThan(0);
  });
});

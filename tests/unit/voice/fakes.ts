import { vi } from 'vitest';

/**
 * Stand-ins for the browser's microphone, recorder and audio graph, which jsdom lacks.
 * They behave like the real ones where the recorder depends on it: data arrives before
 * 'stop', and both arrive asynchronously.
 */

export class FakeTrack extends EventTarget {
  stop = vi.fn();
}

export class FakeStream {
  readonly track = new FakeTrack();
  getTracks() {
    return [this.track];
  }
}

export class FakeMediaRecorder extends EventTarget {
  static supported: string[] = ['audio/webm;codecs=opus', 'audio/webm'];
  static isTypeSupported = vi.fn((type: string) => FakeMediaRecorder.supported.includes(type));
  static instances: FakeMediaRecorder[] = [];

  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  readonly mimeType: string;
  readonly stream: FakeStream;
  /** What the recorder "heard"; handed over on stop. */
  audio = new Blob([new Uint8Array([26, 69, 223, 163, 1, 2, 3, 4])], { type: 'audio/webm;codecs=opus' });

  constructor(stream: FakeStream, options?: { mimeType?: string }) {
    super();
    this.stream = stream;
    this.mimeType = options?.mimeType ?? 'audio/webm';
    FakeMediaRecorder.instances.push(this);
  }

  start() {
    this.state = 'recording';
  }

  stop() {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    setTimeout(() => {
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: this.audio }));
      this.dispatchEvent(new Event('stop'));
    }, 0);
  }
}

export class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state: 'running' | 'suspended' | 'closed' = 'running';
  close = vi.fn(async () => {
    this.state = 'closed';
  });
  resume = vi.fn(async () => undefined);

  constructor() {
    FakeAudioContext.instances.push(this);
  }

  createMediaStreamSource() {
    return { connect: vi.fn(), disconnect: vi.fn() };
  }

  createAnalyser() {
    return {
      fftSize: 1024,
      // A loud, steady tone: the meter should read well above zero.
      getByteTimeDomainData(samples: Uint8Array) {
        samples.forEach((_, i) => (samples[i] = i % 2 === 0 ? 192 : 64));
      },
    };
  }
}

/** A DOMException-like error, as getUserMedia rejects with. */
export function domError(name: string): Error {
  return typeof DOMException === 'function' ? new DOMException('refused', name) : Object.assign(new Error('refused'), { name });
}

/**
 * Installs a working (or refusing) microphone. Returns the getUserMedia mock and the stream it gives.
 * Undo with uninstallMicrophone().
 */
export function installMicrophone(refuseWith?: Error) {
  FakeMediaRecorder.instances = [];
  FakeAudioContext.instances = [];
  FakeMediaRecorder.isTypeSupported.mockClear();
  const stream = new FakeStream();
  const getUserMedia = vi.fn(async () => {
    if (refuseWith) throw refuseWith;
    return stream;
  });
  vi.stubGlobal('isSecureContext', true);
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { getUserMedia, stream };
}

export function uninstallMicrophone() {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
}

/** A clock for performance.now(), which the recorder uses to measure duration. */
export function controlClock() {
  let now = 1000;
  const spy = vi.spyOn(performance, 'now').mockImplementation(() => now);
  return {
    advance(ms: number) {
      now += ms;
    },
    restore() {
      spy.mockRestore();
    },
  };
}

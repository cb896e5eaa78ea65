/**
 * Sound recording around getUserMedia + MediaRecorder, with no framework in it.
 * Audio never leaves the device here: the caller gets a Blob and decides where it goes.
 */
import { decodedLengthMs } from './soundLength';

/** Recorders refuse to stay on longer than this: long files fill a shared tablet quickly. */
export const MAX_RECORDING_MS = 5 * 60 * 1000;

/**
 * What to ask MediaRecorder for, best first. Chromium records webm/opus (or mp4); iPad Safari
 * records mp4/aac; Firefox records ogg/opus. Playback of each is checked in playback.ts.
 */
export const RECORDING_MIME_PREFERENCE = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/aac',
  'audio/ogg;codecs=opus',
] as const;

/** How often elapsed time is reported: enough for a seconds display, cheap for React. */
const TICK_MS = 250;
/** If a recorder never says it has stopped (seen with unplugged devices), give up waiting. */
const STOP_TIMEOUT_MS = 3000;

export type MicErrorCode = 'mic-denied' | 'mic-missing' | 'mic-unsupported' | 'mic-busy' | 'mic-failed';

/** A microphone problem with a stable code the UI turns into a calm, translated message. */
export class MicError extends Error {
  readonly code: MicErrorCode;

  constructor(code: MicErrorCode, cause?: unknown) {
    super(code, cause === undefined ? undefined : { cause });
    this.name = 'MicError';
    this.code = code;
  }
}

/**
 * Maps what getUserMedia/MediaRecorder throw to our codes. Browsers use DOMException names,
 * plus a few older Chrome names, and Safari throws OverconstrainedError as its own type.
 */
export function toMicError(err: unknown): MicError {
  if (err instanceof MicError) return err;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new MicError('mic-denied', err);
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return new MicError('mic-missing', err);
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return new MicError('mic-busy', err);
    case 'NotSupportedError':
      return new MicError('mic-unsupported', err);
    default:
      return new MicError('mic-failed', err);
  }
}

/** 'audio/webm;codecs=opus' -> 'audio/webm': the container is what storage and playback need. */
export function containerType(mimeType: string): string {
  return mimeType.split(';')[0].trim().toLowerCase();
}

/** The first type in RECORDING_MIME_PREFERENCE this browser can record, or undefined (let it choose). */
export function pickMimeType(): string | undefined {
  const recorder = globalThis.MediaRecorder as typeof MediaRecorder | undefined;
  if (!recorder || typeof recorder.isTypeSupported !== 'function') return undefined;
  return RECORDING_MIME_PREFERENCE.find((type) => {
    try {
      return recorder.isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

/** Elapsed time as mm:ss (whole seconds, rounded down). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

export interface RecordedAudio {
  blob: Blob;
  /** Container type without codecs, e.g. 'audio/webm' or 'audio/mp4'. */
  mimeType: string;
  durationMs: number;
}

export interface RecordingOptions {
  /** Loudness 0..1, once per animation frame. Write it to the DOM; do not set React state. */
  onLevel?(level: number): void;
  /** Time since recording started, about every 250 ms. */
  onTick?(elapsedMs: number): void;
  /** The microphone went away mid-recording (unplugged, permission revoked). Call stop() to keep what was recorded. */
  onInterrupted?(): void;
}

export interface RecordingSession {
  /** Stops and returns the audio. Calling it twice returns the same result. */
  stop(): Promise<RecordedAudio>;
  /** Stops and throws the audio away. */
  cancel(): void;
}

/** Whether this browser, on this address, can record at all. */
export function canRecord(): boolean {
  if (globalThis.isSecureContext === false) return false;
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  return typeof devices?.getUserMedia === 'function' && typeof globalThis.MediaRecorder === 'function';
}

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  const g = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return g.AudioContext ?? g.webkitAudioContext;
}

/**
 * Loudness of a frame of time-domain samples: RMS, lifted by a square root so ordinary
 * speech (RMS around 0.02-0.2) moves the bar visibly rather than hugging the bottom.
 */
export function levelFromSamples(samples: Uint8Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) {
    const v = (s - 128) / 128;
    sum += v * v;
  }
  const rms = Math.sqrt(sum / samples.length);
  return Math.min(1, Math.sqrt(rms * 2));
}

interface LevelMeter {
  close(): void;
}

/**
 * The live meter. The AudioContext is made by the caller before any await so Safari counts it
 * as started by the tap (otherwise it stays suspended and the meter reads silence). A meter
 * that cannot start is not a reason to refuse recording, so failures here are swallowed.
 */
function startLevelMeter(context: AudioContext | undefined, stream: MediaStream, onLevel: (level: number) => void): LevelMeter {
  if (!context || typeof requestAnimationFrame !== 'function') return { close: () => undefined };
  let frame = 0;
  let source: MediaStreamAudioSourceNode | undefined;
  try {
    void context.resume?.().catch(() => undefined);
    source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let shown = 0;
    const loop = () => {
      analyser.getByteTimeDomainData(samples);
      // Fall back slowly so the bar does not flicker between syllables.
      shown = Math.max(levelFromSamples(samples), shown * 0.85);
      onLevel(shown);
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
  } catch {
    // No meter; the recording itself is unaffected.
  }
  return {
    close() {
      if (frame) cancelAnimationFrame(frame);
      try {
        source?.disconnect();
      } catch {
        // Already disconnected.
      }
    },
  };
}

function closeContext(context: AudioContext | undefined): void {
  if (context && context.state !== 'closed') void context.close().catch(() => undefined);
}

function createRecorder(stream: MediaStream): MediaRecorder {
  const mimeType = pickMimeType();
  if (mimeType) {
    try {
      return new MediaRecorder(stream, { mimeType });
    } catch {
      // isTypeSupported said yes but the constructor disagreed (seen on older Safari): let the browser choose.
    }
  }
  return new MediaRecorder(stream);
}

/**
 * Asks for the microphone and starts recording. Call it from a tap: browsers only show the
 * permission prompt, and only start audio, in response to a person's action.
 * Rejects with a MicError.
 */
export async function startRecording(options: RecordingOptions = {}): Promise<RecordingSession> {
  if (!canRecord()) throw new MicError('mic-unsupported');

  const Context = audioContextClass();
  let context: AudioContext | undefined;
  if (options.onLevel && Context) {
    try {
      context = new Context();
    } catch {
      context = undefined;
    }
  }

  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (err) {
    closeContext(context);
    throw toMicError(err);
  }

  const stopTracks = () => stream.getTracks().forEach((track) => track.stop());

  let recorder: MediaRecorder;
  try {
    recorder = createRecorder(stream);
  } catch (err) {
    stopTracks();
    closeContext(context);
    throw toMicError(err);
  }

  const chunks: Blob[] = [];
  let finished = false;
  let tick: ReturnType<typeof setInterval> | undefined;
  let meter: LevelMeter = { close: () => undefined };

  const cleanUp = () => {
    finished = true;
    if (tick !== undefined) clearInterval(tick);
    meter.close();
    stopTracks();
    closeContext(context);
    for (const track of stream.getTracks()) track.removeEventListener('ended', onTrackEnded);
  };

  function onTrackEnded() {
    if (!finished) options.onInterrupted?.();
  }

  recorder.addEventListener('dataavailable', (event: BlobEvent) => {
    if (event.data && event.data.size > 0) chunks.push(event.data);
  });
  recorder.addEventListener('error', () => {
    if (!finished) options.onInterrupted?.();
  });
  for (const track of stream.getTracks()) track.addEventListener('ended', onTrackEnded);

  try {
    // A timeslice makes the recorder hand over audio as it goes, so a recorder that dies
    // mid-way still leaves what it had.
    recorder.start(1000);
  } catch (err) {
    cleanUp();
    throw toMicError(err);
  }

  const startedAt = performance.now();
  // The sound starts when the recorder says it has started, which on a busy tablet can be a
  // few hundred milliseconds after start() returns: the length saved (and shown on exported
  // files) is measured from then, so it is the length of the sound actually kept.
  let soundStartedAt: number | undefined;
  recorder.addEventListener('start', () => (soundStartedAt = performance.now()), { once: true });
  if (options.onLevel) meter = startLevelMeter(context, stream, options.onLevel);
  if (options.onTick) {
    const onTick = options.onTick;
    onTick(0);
    // Counted from the same start as the saved length, so the clock the child sees and the
    // length on the recording agree.
    tick = setInterval(() => onTick(performance.now() - (soundStartedAt ?? startedAt)), TICK_MS);
  }

  let stopping: Promise<RecordedAudio> | undefined;

  const stop = (): Promise<RecordedAudio> => {
    if (stopping) return stopping;
    // MediaRecorder's blob carries no duration (webm has none): the sound is decoded once it is
    // complete to measure it, and this clock is what is kept when it cannot be decoded.
    const durationMs = Math.max(0, Math.round(performance.now() - (soundStartedAt ?? startedAt)));
    stopping = new Promise<RecordedAudio>((resolve) => {
      const finish = () => {
        clearTimeout(timeout);
        cleanUp();
        const mimeType = containerType(recorder.mimeType || chunks[0]?.type || pickMimeType() || 'audio/webm');
        const blob = new Blob(chunks, { type: mimeType });
        void decodedLengthMs(blob).then((decodedMs) => resolve({ blob, mimeType, durationMs: decodedMs ?? durationMs }));
      };
      const timeout = setTimeout(finish, STOP_TIMEOUT_MS);
      if (recorder.state === 'inactive') {
        finish();
        return;
      }
      recorder.addEventListener('stop', finish, { once: true });
      try {
        recorder.stop();
      } catch {
        finish();
      }
    });
    return stopping;
  };

  const cancel = () => {
    if (finished) return;
    stopping ??= Promise.resolve({ blob: new Blob([]), mimeType: '', durationMs: 0 });
    try {
      if (recorder.state !== 'inactive') recorder.stop();
    } catch {
      // Already stopped.
    }
    chunks.length = 0;
    cleanUp();
  };

  return { stop, cancel };
}

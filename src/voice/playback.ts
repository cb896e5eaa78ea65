import { Howl } from 'howler';

/**
 * Plays a saved recording back through howler, which unlocks audio on the first touch on
 * iPad (where the play often starts after an await, outside the tap) and copes with the
 * unknown duration of MediaRecorder's webm files in HTML5 mode.
 *
 * Mute: the "Sounds off" setting silences sound effects only (see sounds.ts). Recordings are
 * the child's content, played on purpose, so they play even when effects are off.
 */

export type PlaybackErrorCode = 'playback-unsupported' | 'playback-blocked' | 'playback-failed';

export class PlaybackError extends Error {
  readonly code: PlaybackErrorCode;

  constructor(code: PlaybackErrorCode, detail?: unknown) {
    super(`${code}${detail === undefined ? '' : `: ${String(detail)}`}`);
    this.name = 'PlaybackError';
    this.code = code;
  }
}

export interface PlaybackHandle {
  stop(): void;
  /** Called once when playback ends for any reason: finished, stopped, or replaced by another. */
  onEnd(cb: () => void): void;
}

/**
 * howler picks a decoder by file extension, and object URLs have none, so it must be told.
 * Container types only; codecs parameters are ignored.
 */
export function howlerFormatFor(mimeType: string): string {
  const container = mimeType.split(';')[0].trim().toLowerCase();
  switch (container) {
    case 'audio/webm':
    case 'video/webm':
      return 'webm';
    case 'audio/mp4':
    case 'video/mp4':
      return 'mp4';
    case 'audio/x-m4a':
    case 'audio/m4a':
      return 'm4a';
    case 'audio/aac':
    case 'audio/aacp':
      return 'aac';
    case 'audio/ogg':
    case 'application/ogg':
      return 'ogg';
    case 'audio/wav':
    case 'audio/wave':
    case 'audio/x-wav':
      return 'wav';
    case 'audio/mpeg':
      return 'mp3';
    default:
      return container.startsWith('audio/') ? container.slice('audio/'.length) : 'webm';
  }
}

/** Only one recording plays at a time: a second one replaces the first. */
let current: { stop(): void } | null = null;

/** Stops whatever recording is playing (e.g. before the microphone opens). */
export function stopPlayback(): void {
  current?.stop();
}

/**
 * Resolves once sound is playing (or, if it was stopped or replaced before it started, with a
 * handle that has already ended); rejects with a PlaybackError if it cannot play.
 */
export function playRecording(blob: Blob, mimeType: string): Promise<PlaybackHandle> {
  stopPlayback();

  return new Promise<PlaybackHandle>((resolve, reject) => {
    const url = URL.createObjectURL(blob);

    let ended = false;
    const endListeners: Array<() => void> = [];
    const handle: PlaybackHandle = {
      stop: () => finish(),
      onEnd(cb) {
        if (ended) queueMicrotask(cb);
        else endListeners.push(cb);
      },
    };
    const entry = { stop: () => finish() };

    // Listeners go in the constructor: howler can report a load error while constructing.
    const howl: Howl = new Howl({
      src: [url],
      format: [howlerFormatFor(mimeType || blob.type)],
      html5: true,
      preload: true,
      onplay: () => resolve(handle),
      onend: () => finish(),
      onloaderror: (_id, detail) => {
        const noCodec = typeof detail === 'string' && detail.includes('codec');
        // MediaError code 4 = MEDIA_ERR_SRC_NOT_SUPPORTED: this browser cannot decode the file.
        fail(noCodec || detail === 4 ? 'playback-unsupported' : 'playback-failed', detail);
      },
      onplayerror: (_id, detail) => fail('playback-blocked', detail),
    });

    function finish() {
      if (ended) return;
      ended = true;
      if (current === entry) current = null;
      howl.off();
      try {
        howl.stop();
        howl.unload();
      } catch {
        // Already unloaded.
      }
      URL.revokeObjectURL(url);
      // Stopped before it started: the caller still gets a handle, already ended. No-op if settled.
      resolve(handle);
      for (const cb of endListeners.splice(0)) cb();
    }

    function fail(code: PlaybackErrorCode, detail: unknown) {
      if (ended) return;
      reject(new PlaybackError(code, detail));
      finish();
    }

    current = entry;
    howl.play();
  });
}

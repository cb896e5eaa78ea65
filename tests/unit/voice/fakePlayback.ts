import type { PlaybackHandle } from '../../../src/voice/playback';

/**
 * A stand-in for a playing recording: `end()` finishes it (as the sound reaching its end would),
 * and the handle behaves as the app's player does (stop ends it, onEnd fires once, even late).
 */
export function fakePlayback(): { handle: PlaybackHandle; end(): void } {
  const listeners: (() => void)[] = [];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    for (const cb of listeners.splice(0)) cb();
  };
  const handle: PlaybackHandle = {
    stop: end,
    onEnd(cb) {
      if (ended) queueMicrotask(cb);
      else listeners.push(cb);
    },
  };
  return { handle, end };
}

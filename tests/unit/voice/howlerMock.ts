import { vi } from 'vitest';

/**
 * A stand-in for howler's Howl: it records how it was made and answers play() the way the
 * test asks (plays, cannot decode, or is blocked). Use from a vi.mock('howler') factory
 * through vi.hoisted, so the mock and the test share it.
 */
export interface FakeHowlOptions {
  src: string[];
  format?: string[];
  html5?: boolean;
  onplay?(id: number): void;
  onend?(id: number): void;
  onloaderror?(id: number | null, detail: unknown): void;
  onplayerror?(id: number, detail: unknown): void;
}

export function makeHowlerMock() {
  const state = { outcome: 'play' as 'play' | 'loaderror' | 'playerror', instances: [] as FakeHowl[] };

  class FakeHowl {
    readonly options: FakeHowlOptions;
    play = vi.fn(() => {
      setTimeout(() => {
        if (state.outcome === 'play') this.options.onplay?.(1);
        else if (state.outcome === 'loaderror') this.options.onloaderror?.(null, 'No codec support for selected audio sources.');
        else this.options.onplayerror?.(1, 'Playback was unable to start.');
      }, 0);
      return 1;
    });
    stop = vi.fn(() => this);
    unload = vi.fn();
    off = vi.fn(() => this);

    constructor(options: FakeHowlOptions) {
      this.options = options;
      state.instances.push(this);
    }

    /** Plays to the end, as the real one does when the sound finishes. */
    finish() {
      this.options.onend?.(1);
    }
  }

  const Howler = { mute: vi.fn() };
  return { state, module: { Howl: FakeHowl, Howler, default: { Howl: FakeHowl, Howler } } };
}

export function stubObjectUrls() {
  let n = 0;
  const create = vi.fn(() => `blob:voicemap/${++n}`);
  const revoke = vi.fn();
  Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: revoke, configurable: true, writable: true });
  return { create, revoke };
}

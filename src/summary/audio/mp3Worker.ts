/// <reference lib="webworker" />
import { encodeMp3 } from './mp3Encode';

/**
 * Encodes recordings to MP3 away from the page's thread: a minute of speech takes long enough
 * to encode that the review screen would stop answering touches meanwhile.
 */

export interface Mp3Request {
  id: number;
  samples: Float32Array;
  sampleRate: number;
}

export type Mp3Response = { id: number; mp3: Uint8Array } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Mp3Request>) => {
  const { id, samples, sampleRate } = event.data;
  try {
    const mp3 = encodeMp3(samples, sampleRate);
    scope.postMessage({ id, mp3 } satisfies Mp3Response, [mp3.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : 'unknown' } satisfies Mp3Response);
  }
};

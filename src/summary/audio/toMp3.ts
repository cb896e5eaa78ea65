import { DECODE_SAMPLE_RATE as SAMPLE_RATE, decodeSound } from '../../voice/soundLength';
import type { Mp3Request, Mp3Response } from './mp3Worker';

/**
 * A stored recording (webm/Opus from Chromium and Firefox, mp4/AAC from Safari) as MP3, the
 * one sound format case-record systems take. The browser decodes it (Web Audio, which runs off
 * the page's thread by itself); a worker encodes it. The stored original is never changed:
 * the app keeps playing it.
 */

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (mp3: Uint8Array) => void; reject: (error: Error) => void }>();

function encoder(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./mp3Worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<Mp3Response>) => {
    const job = waiting.get(event.data.id);
    if (!job) return;
    waiting.delete(event.data.id);
    if ('mp3' in event.data) job.resolve(event.data.mp3);
    else job.reject(new Error(event.data.error));
  };
  w.onerror = () => {
    // A worker that failed to start fails every waiting job; the next export starts a new one.
    for (const job of waiting.values()) job.reject(new Error('The MP3 encoder stopped'));
    waiting.clear();
    worker = undefined;
  };
  worker = w;
  return w;
}

/** The recording's sound as one channel of samples at 48 kHz (a stereo recording is mixed down). */
export async function decodeToMono(bytes: Uint8Array): Promise<Float32Array> {
  // decodeAudioData detaches the buffer it is given: hand it a copy, the caller's bytes stay usable.
  const decoded = await decodeSound(bytes.slice().buffer);
  if (decoded.numberOfChannels === 1) return decoded.getChannelData(0).slice();
  const mono = new Float32Array(decoded.length);
  for (let c = 0; c < decoded.numberOfChannels; c++) {
    const channel = decoded.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i] += channel[i] / decoded.numberOfChannels;
  }
  return mono;
}

/** A stored recording's bytes as an MP3 file's bytes. */
export async function recordingToMp3(bytes: Uint8Array): Promise<Uint8Array> {
  const samples = await decodeToMono(bytes);
  const id = ++nextId;
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    encoder().postMessage({ id, samples, sampleRate: SAMPLE_RATE } satisfies Mp3Request, [samples.buffer]);
  });
}

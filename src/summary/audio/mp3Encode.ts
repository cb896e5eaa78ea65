import { Mp3Encoder } from '@breezystack/lamejs';

/**
 * PCM to MP3 with LAME (lamejs, plain JavaScript: no WebAssembly, so the app's
 * Content-Security-Policy stays as it is). Mono, constant bit rate: speech needs no more, and
 * a constant bit rate lets every player work out the length from the file's size.
 */

/** Sample rates MPEG-1 Layer III takes; anything else is resampled before it gets here. */
export const MP3_SAMPLE_RATES = [32000, 44100, 48000] as const;
export const MP3_KBPS = 64;
/** LAME takes samples in blocks of one MPEG-1 frame; bigger steps only cost memory. */
const BLOCK = 1152 * 16;

function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    out[i] = s < 0 ? s * 0x8000 : s * 0x7fff;
  }
  return out;
}

/** One mono channel of float samples (-1..1) as an MP3 file's bytes. */
export function encodeMp3(samples: Float32Array, sampleRate: number): Uint8Array {
  if (!(MP3_SAMPLE_RATES as readonly number[]).includes(sampleRate)) throw new Error(`MP3 cannot take ${sampleRate} Hz`);
  const encoder = new Mp3Encoder(1, sampleRate, MP3_KBPS);
  const pcm = toInt16(samples);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pcm.length; i += BLOCK) {
    const chunk = encoder.encodeBuffer(pcm.subarray(i, i + BLOCK));
    if (chunk.length > 0) parts.push(chunk.slice());
  }
  const last = encoder.flush();
  if (last.length > 0) parts.push(last.slice());
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

#!/usr/bin/env node
// Synthesises the app's two feedback sounds as 16-bit PCM mono WAV files.
// docs/PRACTICE.md asks for neutral feedback: the same gentle sound for every entry and
// nothing celebratory, so both are a single soft, low, quickly fading tone with no
// melody or rising pitch. The output is deterministic, so re-running gives identical
// files. No dependencies: run with `node scripts/make-sounds.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 22050;
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sounds');

/**
 * @typedef {object} Tone
 * @property {number} frequency   fundamental, Hz
 * @property {number} durationMs  total length, including the fade-out
 * @property {number} attackMs    rise time; a few ms avoids a click without sounding soft-edged
 * @property {number} decayMs     time constant of the exponential decay
 * @property {number} overtone    level of the second harmonic relative to the fundamental
 * @property {number} peakDbfs    peak level after normalising
 */

/** @param {Tone} tone */
function synthesise(tone) {
  const length = Math.round((tone.durationMs / 1000) * SAMPLE_RATE);
  const attack = (tone.attackMs / 1000) * SAMPLE_RATE;
  const tau = (tone.decayMs / 1000) * SAMPLE_RATE;
  // The last 25 ms are faded to exact silence so the sound never ends on a click.
  const fade = Math.round(0.025 * SAMPLE_RATE);
  const samples = new Float64Array(length);
  let peak = 0;
  for (let i = 0; i < length; i += 1) {
    const t = i / SAMPLE_RATE;
    const rise = i < attack ? 0.5 - 0.5 * Math.cos((Math.PI * i) / attack) : 1;
    const tail = i >= length - fade ? 0.5 + 0.5 * Math.cos((Math.PI * (i - (length - fade))) / fade) : 1;
    // The overtone decays twice as fast: a hint of "bell" at the start, then a pure tone.
    const value =
      Math.sin(2 * Math.PI * tone.frequency * t) * Math.exp(-i / tau) + tone.overtone * Math.sin(4 * Math.PI * tone.frequency * t) * Math.exp((-2 * i) / tau);
    samples[i] = value * rise * tail;
    peak = Math.max(peak, Math.abs(samples[i]));
  }
  const gain = 10 ** (tone.peakDbfs / 20) / peak;
  return samples.map((s) => s * gain);
}

/** @param {Float64Array} samples */
function wav(samples) {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(SAMPLE_RATE, 24);
  buffer.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  buffer.writeUInt16LE(2, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i += 1) {
    const clamped = Math.max(-1, Math.min(1, samples[i]));
    buffer.writeInt16LE(Math.round(clamped * 32767), 44 + i * 2);
  }
  return buffer;
}

/** @type {Record<string, Tone>} */
const SOUNDS = {
  // Placing a sticker or finishing a stroke: a soft, low "tock" at C5.
  place: { frequency: 523.25, durationMs: 220, attackMs: 5, decayMs: 45, overtone: 0.2, peakDbfs: -14 },
  // Button taps happen far more often, so this one is shorter and quieter still.
  tap: { frequency: 659.25, durationMs: 110, attackMs: 3, decayMs: 20, overtone: 0.1, peakDbfs: -22 },
};

mkdirSync(outDir, { recursive: true });
for (const [name, tone] of Object.entries(SOUNDS)) {
  const file = join(outDir, `${name}.wav`);
  const data = wav(synthesise(tone));
  writeFileSync(file, data);
  console.log(`Wrote assets/sounds/${name}.wav (${data.length} bytes)`);
}

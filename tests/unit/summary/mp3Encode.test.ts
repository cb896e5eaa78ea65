// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeMp3 } from '../../../src/summary/audio/mp3Encode';

const hasFfprobe = (() => {
  try {
    execFileSync('ffprobe', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function tone(seconds: number, sampleRate: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++) samples[i] = 0.4 * Math.sin((2 * Math.PI * 440 * i) / sampleRate);
  return samples;
}

describe('encodeMp3', () => {
  it.skipIf(!hasFfprobe).each([48000, 44100])(
    'makes an MP3 that ffprobe reads with the right length (%i Hz)',
    (rate) => {
      const dir = mkdtempSync(join(tmpdir(), 'voicemap-mp3-'));
      try {
        const file = join(dir, 'tone.mp3');
        writeFileSync(file, encodeMp3(tone(2.3, rate), rate));
        const info = JSON.parse(
          execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=format_name,duration:stream=codec_name,sample_rate,channels', '-of', 'json', file], {
            encoding: 'utf8',
          }),
        );
        expect(info.format.format_name).toBe('mp3');
        expect(info.streams[0]).toMatchObject({ codec_name: 'mp3', sample_rate: String(rate), channels: 1 });
        expect(Math.abs(Number(info.format.duration) - 2.3)).toBeLessThan(0.1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      // Generous: the encoder's first run is slow while the engine warms up, more so on a busy machine.
    },
    60_000,
  );

  it('refuses a sample rate MP3 cannot carry rather than writing a broken file', () => {
    expect(() => encodeMp3(tone(0.1, 22050), 22050)).toThrow();
  });
});

/** 48 kHz is what Opus decodes to, so most recordings are not resampled at all. */
export const DECODE_SAMPLE_RATE = 48000;

/** A recording's sound decoded by the browser (Web Audio, off the page's thread by itself). */
export function decodeSound(buffer: ArrayBuffer): Promise<AudioBuffer> {
  // The length is a placeholder: decodeAudioData only uses the context's sample rate.
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate: DECODE_SAMPLE_RATE });
  return context.decodeAudioData(buffer);
}

/**
 * How long a recorded sound really is, in milliseconds, by decoding it; undefined when this
 * browser cannot decode it here. The recorder's clock can be off by a few hundred milliseconds on
 * a busy tablet (the recorder starts and stops a little after it is asked to), and the length the
 * child sees and the exported files carry should be the length of the sound that was kept.
 */
export async function decodedLengthMs(blob: Blob): Promise<number | undefined> {
  if (typeof OfflineAudioContext === 'undefined' || blob.size === 0) return undefined;
  try {
    const decoded = await decodeSound(await blob.arrayBuffer());
    return Number.isFinite(decoded.duration) && decoded.duration > 0 ? Math.round(decoded.duration * 1000) : undefined;
  } catch {
    return undefined;
  }
}

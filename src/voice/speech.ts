/**
 * Read-aloud through the browser's own speech synthesis: nothing leaves the device.
 * Reads only in a voice for the current language; where none exists the caller says so
 * instead of reading a child's language in the wrong accent.
 */

/** Slower than default: children and second-language listeners follow better. */
const CHILD_RATE = 0.85;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** Best local voice for a language: exact tag, then same base language; local voices first. */
export function voiceFor(lang: string): SpeechSynthesisVoice | null {
  const s = synth();
  if (!s) return null;
  const voices = s.getVoices();
  const base = lang.split('-')[0].toLowerCase();
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  const exact = voices.filter((v) => norm(v) === lang.toLowerCase());
  const sameBase = voices.filter((v) => norm(v).split('-')[0] === base);
  const pick = (list: SpeechSynthesisVoice[]) => list.find((v) => v.localService) ?? list[0];
  return pick(exact) ?? pick(sameBase) ?? null;
}

/** Voices often load after the page; resolve once they are known (or after a short wait). */
export function whenVoicesReady(timeoutMs = 1500): Promise<void> {
  const s = synth();
  if (!s || s.getVoices().length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      s.removeEventListener?.('voiceschanged', done);
      resolve();
    };
    s.addEventListener?.('voiceschanged', done);
    setTimeout(done, timeoutMs);
  });
}

export type SpeakResult = 'spoken' | 'no-voice' | 'unsupported';

export function speak(texts: string | string[], lang: string): SpeakResult {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return 'unsupported';
  const voice = voiceFor(lang);
  if (!voice) return 'no-voice';
  s.cancel();
  for (const text of Array.isArray(texts) ? texts : [texts]) {
    if (!text.trim()) continue;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    u.voice = voice;
    u.rate = CHILD_RATE;
    s.speak(u);
  }
  return 'spoken';
}

export function stopSpeaking(): void {
  synth()?.cancel();
}

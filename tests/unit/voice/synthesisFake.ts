import { vi } from 'vitest';

/** A stand-in for the browser's speech synthesis that notes what would be said. */
export function fakeSynthesis(voices: { lang: string }[]) {
  const spoken: { text: string; lang: string }[] = [];
  class FakeUtterance {
    lang = '';
    voice: unknown = null;
    rate = 1;
    readonly text: string;
    constructor(text: string) {
      this.text = text;
    }
  }
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices.map((v) => ({ ...v, name: v.lang, localService: true, default: true, voiceURI: v.lang })),
    speak: (u: FakeUtterance) => void spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => undefined,
    speaking: false,
    pending: false,
  });
  return spoken;
}

import { speak, stopSpeaking } from './speech';
import type { SpeakResult } from './speech';
import type { PlaybackHandle } from './playback';

/**
 * Pre-recorded prompts: a council can record a friendly human voice for any prompt by putting
 * a file named after its i18n key in assets/voice/<language>/ (see assets/voice/README.md).
 * Where a file exists it is played instead of speech synthesis; everything else is still read
 * by the device's own voice. The files ship with the app, so nothing is fetched from elsewhere.
 */

/** Loads one file's URL on demand. */
export type PromptAudioLoader = () => Promise<string>;
/** Files by path, as import.meta.glob lists them: '…/<language>/<file name>.<ext>'. */
export type PromptAudioFiles = Record<string, PromptAudioLoader>;

// Lazy, so no recording is bundled into the first screen; the build still emits every file,
// and the service worker precaches those whose extensions its globPatterns list.
const BUNDLED: PromptAudioFiles = import.meta.glob<string>('../../assets/voice/*/*.{mp3,m4a,ogg,webm,wav}', {
  query: '?url',
  import: 'default',
});

/** Preferred first when a prompt has several files: mp3, m4a and wav play on every browser, iPad included. */
const FORMATS = ['mp3', 'm4a', 'wav', 'ogg', 'webm'] as const;
type Format = (typeof FORMATS)[number];

const MIME_TYPES: Record<Format, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  webm: 'audio/webm',
};

interface PromptFile {
  path: string;
  format: Format;
  load: PromptAudioLoader;
}

/**
 * The file name (without extension) for an i18n key: the default namespace's prefix is dropped
 * ('common:prompts.x' and 'prompts.x' are the same file) and any other namespace's ':' becomes
 * '.', because ':' is not allowed in file names on Windows ('wizards:prompts.worries.fairy.1'
 * → 'wizards.prompts.worries.fairy.1').
 */
export function promptFileName(key: string): string {
  const bare = key.startsWith('common:') ? key.slice('common:'.length) : key;
  return bare.replace(/:/g, '.');
}

/** Folders to look in, most specific first: 'pl-PL' then 'pl'. Never another language's folder. */
export function promptLanguages(lang: string): string[] {
  const exact = lang.toLowerCase();
  const base = exact.split('-')[0];
  return base === exact ? [exact] : [exact, base];
}

const FILE_PATH = /([^/]+)\/([^/]+)\.(mp3|m4a|ogg|webm|wav)$/i;
const indexes = new WeakMap<PromptAudioFiles, Map<string, Map<string, PromptFile>>>();

/** Folder (lower case) → file name → the preferred file, built once per file list. */
function indexOf(files: PromptAudioFiles): Map<string, Map<string, PromptFile>> {
  const cached = indexes.get(files);
  if (cached) return cached;
  const index = new Map<string, Map<string, PromptFile>>();
  for (const [path, load] of Object.entries(files)) {
    const match = FILE_PATH.exec(path);
    if (!match) continue;
    const folder = match[1].toLowerCase();
    const name = match[2];
    const format = match[3].toLowerCase() as Format;
    const names = index.get(folder) ?? new Map<string, PromptFile>();
    index.set(folder, names);
    const held = names.get(name);
    if (!held || FORMATS.indexOf(format) < FORMATS.indexOf(held.format)) names.set(name, { path, format, load });
  }
  indexes.set(files, index);
  return index;
}

function findPromptFile(lang: string, key: string, files: PromptAudioFiles): PromptFile | undefined {
  const index = indexOf(files);
  const name = promptFileName(key);
  for (const folder of promptLanguages(lang)) {
    const found = index.get(folder)?.get(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The pre-recorded file for a prompt in a language, as a loader of its URL, or undefined when
 * there is none (then synthesis reads it). `files` is for tests; the app uses the shipped files.
 */
export function findPromptAudio(lang: string, key: string, files: PromptAudioFiles = BUNDLED): PromptAudioLoader | undefined {
  return findPromptFile(lang, key, files)?.load;
}

export interface ReadAloudOptions {
  /** For tests; the app uses the shipped files. */
  files?: PromptAudioFiles;
  /** Told what synthesis did each time it had to read something, e.g. 'no-voice'. */
  onSpeak?(result: SpeakResult): void;
}

/** Bumped by every read, so an older one still loading or playing stops where it is. */
let currentRead = 0;
let currentPrompt: PlaybackHandle | null = null;

/**
 * Reads texts aloud in order. keys[i], when given, is texts[i]'s i18n key: if a file was
 * recorded for it, the file plays instead of synthesis, then the rest carries on. A file that
 * cannot be loaded or played is read by synthesis instead, so the child always hears it.
 *
 * With no files involved this calls speak() before it returns, inside the tap: iPad Safari
 * speaks only from a user gesture.
 */
export async function readAloud(texts: readonly string[], keys: readonly (string | undefined)[], lang: string, options: ReadAloudOptions = {}): Promise<void> {
  const files = options.files ?? BUNDLED;
  const read = ++currentRead;
  const live = () => read === currentRead;
  currentPrompt?.stop();
  currentPrompt = null;

  const steps = texts.map((text, i) => {
    const key = keys[i];
    return { text, file: key ? findPromptFile(lang, key, files) : undefined };
  });

  const say = async (said: string[], more: boolean) => {
    const result = speak(said, lang);
    options.onSpeak?.(result);
    // A file after this must wait its turn, or the two voices would talk over each other.
    if (result === 'spoken' && more) await synthesisFinished(live, said.join(' ').length);
  };

  let i = 0;
  while (i < steps.length && live()) {
    const file = steps[i].file;
    if (!file) {
      // Texts in a row with no file go to synthesis together, as they always did.
      let end = i;
      while (end < steps.length && !steps[end].file) end++;
      await say(
        steps.slice(i, end).map((s) => s.text),
        end < steps.length,
      );
      i = end;
      continue;
    }
    const played = await playFile(file, live);
    if (!played && live()) await say([steps[i].text], i + 1 < steps.length);
    i++;
  }
}

/** Plays one file to its end. False when it could not be loaded or played. */
async function playFile(file: PromptFile, live: () => boolean): Promise<boolean> {
  try {
    const url = await file.load();
    if (!live()) return true;
    const audio = await fetchAudio(url, MIME_TYPES[file.format]);
    if (!live()) return true;
    // Through the recordings' player (loaded only now, so the first screen does not carry it):
    // one sound at a time, and Record stops it before the microphone opens.
    const { playRecording } = await import('./playback');
    if (!live()) return true;
    stopSpeaking();
    const handle = await playRecording(audio, MIME_TYPES[file.format]);
    if (!live()) {
      handle.stop();
      return true;
    }
    currentPrompt = handle;
    await new Promise<void>((resolve) => handle.onEnd(resolve));
    if (currentPrompt === handle) currentPrompt = null;
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's bytes as a Blob, which the player takes. Vite inlines very small files as data:
 * URLs, which the CSP's connect-src does not let fetch() read, so those are decoded here.
 */
async function fetchAudio(url: string, mimeType: string): Promise<Blob> {
  if (url.startsWith('data:')) {
    const comma = url.indexOf(',');
    const meta = url.slice('data:'.length, comma);
    const data = url.slice(comma + 1);
    const bytes = meta.endsWith(';base64') ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(data));
    return new Blob([bytes], { type: meta.split(';')[0] || mimeType });
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`prompt audio ${response.status}`);
  return response.blob();
}

/** Resolves when the device's voice has finished, the read was replaced, or after a generous limit. */
function synthesisFinished(live: () => boolean, characters: number): Promise<void> {
  // speak() gives no end event; the synthesiser's own flags say when it is done. The limit
  // (about half as fast as slow speech) keeps a stuck synthesiser from holding the files back.
  const limitMs = 3000 + characters * 150;
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      const s = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
      if (!live() || !s || (!s.speaking && !s.pending) || Date.now() - started > limitMs) resolve();
      else setTimeout(check, 100);
    };
    setTimeout(check, 100);
  });
}

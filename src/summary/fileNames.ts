import type { Session } from '../model/types';

/**
 * Names for exported files. Case-record systems cut long names and admins restrict odd
 * characters, and a file name travels further than the file's content (e-mails, upload
 * logs), so names are short plain ASCII and carry only the date and the child's initial,
 * never the full name: `voicemap-2026-11-28-A-summary.pdf`.
 */

export type ExportFile =
  | { kind: 'summary-pdf' }
  | { kind: 'summary-docx' }
  | { kind: 'summary-text' }
  | { kind: 'data-json' }
  | { kind: 'all-zip' }
  /**
   * occurrence counts the session's drawings of the same place, shared or not, so a name never
   * changes with what else is ticked; 2 and up get a number so names stay unique.
   */
  | { kind: 'drawing'; place: string; occurrence?: number }
  /**
   * Recordings are exported as MP3, named by their place ('scale-2' for the second scale) and
   * their order there, counting every recording of the place, shared or not.
   */
  | { kind: 'recording'; place: string; occurrence: number };

/** The type of every exported recording file. */
export const RECORDING_FILE_TYPE = 'audio/mpeg';

export type FileNameFor = (file: ExportFile) => string;

/** The default names' length; a council's own template may use up to MAX_TEMPLATE_NAME_LENGTH. */
export const MAX_FILE_NAME_LENGTH = 59;

/** Letters with no decomposition to a base Latin letter. */
const LATIN_EXTRA: Record<string, string> = {
  Ł: 'L',
  ł: 'L',
  Ø: 'O',
  ø: 'O',
  Đ: 'D',
  đ: 'D',
  Ð: 'D',
  ð: 'D',
  Þ: 'T',
  þ: 'T',
  Æ: 'A',
  æ: 'A',
  Œ: 'O',
  œ: 'O',
  ß: 'S',
  ẞ: 'S',
  ı: 'I',
  Ħ: 'H',
  ħ: 'H',
  Ŧ: 'T',
  ŧ: 'T',
  Ŋ: 'N',
  ŋ: 'N',
  Ɲ: 'N',
  Ə: 'E',
  ə: 'E',
  Ɛ: 'E',
  ɛ: 'E',
  Ɔ: 'O',
  ɔ: 'O',
  Ƴ: 'Y',
  ƴ: 'Y',
  Ɓ: 'B',
  ɓ: 'B',
  Ɗ: 'D',
  ɗ: 'D',
  Ƙ: 'K',
  ƙ: 'K',
  Ŀ: 'L',
  ŀ: 'L',
};

/** First letters of Greek and Cyrillic names, which have usual Latin spellings. */
const GREEK_CYRILLIC: Record<string, string> = {
  Α: 'A',
  Β: 'V',
  Γ: 'G',
  Δ: 'D',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'I',
  Θ: 'T',
  Ι: 'I',
  Κ: 'K',
  Λ: 'L',
  Μ: 'M',
  Ν: 'N',
  Ξ: 'X',
  Ο: 'O',
  Π: 'P',
  Ρ: 'R',
  Σ: 'S',
  Τ: 'T',
  Υ: 'Y',
  Φ: 'F',
  Χ: 'C',
  Ψ: 'P',
  Ω: 'O',
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Ґ: 'G',
  Д: 'D',
  Е: 'E',
  Ё: 'Y',
  Є: 'Y',
  Ж: 'Z',
  З: 'Z',
  И: 'I',
  І: 'I',
  Ї: 'Y',
  Й: 'Y',
  К: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ў: 'U',
  Ф: 'F',
  Х: 'K',
  Ц: 'T',
  Ч: 'C',
  Ш: 'S',
  Щ: 'S',
  Ъ: 'X',
  Ы: 'Y',
  Ь: 'X',
  Э: 'E',
  Ю: 'Y',
  Я: 'Y',
  Ђ: 'D',
  Ј: 'J',
  Љ: 'L',
  Њ: 'N',
  Ћ: 'C',
  Џ: 'D',
};

/**
 * The child's initial as one ASCII capital: accents dropped (Ș -> S), a few letters mapped
 * by hand (Ł -> L), Greek and Cyrillic transliterated, and 'X' for any other script.
 */
export function childInitial(name: string): string {
  const first = [...name].find((ch) => /[\p{L}\p{N}]/u.test(ch));
  if (first === undefined) return 'X';
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[A-Za-z0-9]$/.test(base)) return base.toUpperCase();
  const mapped = LATIN_EXTRA[first] ?? GREEK_CYRILLIC[first] ?? GREEK_CYRILLIC[first.toUpperCase()];
  return mapped ?? 'X';
}

/** The calendar date, local to the device that exports, as YYYY-MM-DD. */
export function fileDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'undated';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const AUDIO_EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'video/webm': 'webm',
};

/** A file extension for a recording's MIME type; 'webm;codecs=opus' and the like are fine. */
export function audioExtension(mimeType: string): string {
  const essence = mimeType.split(';')[0].trim().toLowerCase();
  return AUDIO_EXTENSIONS[essence] ?? 'bin';
}

/** Turns a place id into a short ASCII slug; place ids already are, this only guards. */
function placeSlug(place: string): string {
  const slug = place
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 20)
    .replace(/-+$/, '');
  return slug || 'page';
}

function suffixFor(file: ExportFile): string {
  switch (file.kind) {
    case 'summary-pdf':
      return 'summary.pdf';
    case 'summary-docx':
      return 'summary.docx';
    case 'summary-text':
      return 'summary.txt';
    case 'data-json':
      return 'data.json';
    case 'all-zip':
      return 'all.zip';
    case 'drawing': {
      const n = file.occurrence !== undefined && file.occurrence > 1 ? `-${file.occurrence}` : '';
      return `${placeSlug(file.place)}-drawing${n}.png`;
    }
    case 'recording':
      return `${placeSlug(file.place)}-recording-${Math.max(1, Math.floor(file.occurrence))}.mp3`;
  }
}

/** How a council wants its files named: a device setting of the worker's, never child data. */
export interface FileNaming {
  /**
   * The start of every name, with tokens {date} (YYYY-MM-DD), {initials} (the child's, up to
   * three, in ASCII), {activity} (the session's activities), {place} (a drawing's or a
   * recording's place) and {seq} (this session's number among the device's sessions of that
   * day). What the file is (summary.pdf, house-of-worries-drawing.png) always follows.
   */
  template?: string;
  /** 1 for the day's first session on this device, 2 for the next, ... */
  sequence?: number;
  /** The session's activities, e.g. ['three-houses', 'scale']. */
  activities?: readonly string[];
  /** Any text to ASCII (any-ascii in the app, loaded with the export code); a small table otherwise. */
  transliterate?: (text: string) => string;
}

export const DEFAULT_FILE_NAME_TEMPLATE = 'voicemap-{date}-{initials}';
/** Mosaic cuts names at 80 characters. */
export const MAX_TEMPLATE_NAME_LENGTH = 80;

/** Up to three initials in ASCII: 'Amira Haddad' -> 'AH', 'أمل' -> 'A' (with any-ascii), 'Łucja' -> 'L'. */
export function childInitials(name: string, transliterate?: (text: string) => string): string {
  const words = name
    .split(/[\s\-_.]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 3);
  const initials = words
    .map((word) => {
      if (transliterate) {
        const ascii = transliterate(word).replace(/[^A-Za-z0-9]/g, '');
        if (ascii !== '') return ascii[0].toUpperCase();
      }
      const one = childInitial(word);
      return one;
    })
    .join('');
  return initials || 'X';
}

/** Only letters, digits, dot, hyphen and underscore; runs of anything else become one hyphen. */
function asciiSlug(text: string, transliterate?: (text: string) => string): string {
  const ascii = transliterate ? transliterate(text) : text.normalize('NFD').replace(/\p{M}/gu, '');
  return ascii
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

function placeOf(file: ExportFile): string | undefined {
  return file.kind === 'drawing' || file.kind === 'recording' ? file.place : undefined;
}

/**
 * e.g. exportFileName(session, { kind: 'summary-pdf' }) -> 'voicemap-2026-11-28-A-summary.pdf'.
 * Always ASCII and at most 80 characters; what the file is stays whole at the end, so names
 * in one export differ even when the council's part has to be shortened.
 */
export function exportFileName(session: Pick<Session, 'childName' | 'createdAt'>, file: ExportFile, naming: FileNaming = {}): string {
  const template = naming.template?.trim() || DEFAULT_FILE_NAME_TEMPLATE;
  const sequence = Math.max(1, Math.floor(naming.sequence ?? 1));
  const place = placeOf(file);
  const usesPlace = template.includes('{place}');
  const tokens: Record<string, string> = {
    date: fileDate(session.createdAt),
    initials: naming.transliterate ? childInitials(session.childName, naming.transliterate) : childInitial(session.childName),
    activity: (naming.activities ?? []).join('+'),
    place: place !== undefined ? placeSlug(place) : '',
    seq: String(sequence),
  };
  const fill = (placeToken: string) => {
    let out = asciiSlug(
      template.replace(/\{(date|initials|activity|place|seq)\}/g, (_, token: string) => (token === 'place' ? placeToken : tokens[token])),
      naming.transliterate,
    );
    // Two children with the same initial on the same day must not get the same names.
    if (!template.includes('{seq}') && sequence > 1) out = `${out}-${sequence}`;
    return out || 'voicemap';
  };
  let prefix = fill(tokens.place);
  // The place is in the name once: from the template when it asks for it, else in the suffix,
  // which is never shortened (so if the template's place would be cut, it moves to the suffix).
  let suffix = usesPlace && place !== undefined ? suffixFor(file).slice(placeSlug(place).length + 1) : suffixFor(file);
  if (usesPlace && place !== undefined && prefix.length + suffix.length + 1 > MAX_TEMPLATE_NAME_LENGTH) {
    prefix = fill('');
    suffix = suffixFor(file);
  }
  const room = MAX_TEMPLATE_NAME_LENGTH - suffix.length - 1;
  if (prefix.length > room) {
    // Shortened: the day's number goes last, where the cut cannot take it, so two children's
    // names still differ.
    const tail = `-${sequence}`;
    prefix = (prefix.slice(0, Math.max(1, room - tail.length)).replace(/[-.]+$/, '') || 'v') + tail;
  }
  const name = `${prefix}-${suffix}`;
  if (name.length <= MAX_TEMPLATE_NAME_LENGTH) return name;
  // Only absurd counters get here; keep the extension so the file still opens.
  const dot = name.lastIndexOf('.');
  const ext = name.slice(dot);
  return name.slice(0, MAX_TEMPLATE_NAME_LENGTH - ext.length) + ext;
}

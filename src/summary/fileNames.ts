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

export const MAX_FILE_NAME_LENGTH = 59;

/** Letters with no decomposition to a base Latin letter. */
const LATIN_EXTRA: Record<string, string> = {
  Ł: 'L', ł: 'L', Ø: 'O', ø: 'O', Đ: 'D', đ: 'D', Ð: 'D', ð: 'D', Þ: 'T', þ: 'T',
  Æ: 'A', æ: 'A', Œ: 'O', œ: 'O', ß: 'S', ẞ: 'S', ı: 'I', Ħ: 'H', ħ: 'H', Ŧ: 'T', ŧ: 'T',
  Ŋ: 'N', ŋ: 'N', Ɲ: 'N', Ə: 'E', ə: 'E', Ɛ: 'E', ɛ: 'E', Ɔ: 'O', ɔ: 'O', Ƴ: 'Y', ƴ: 'Y',
  Ɓ: 'B', ɓ: 'B', Ɗ: 'D', ɗ: 'D', Ƙ: 'K', ƙ: 'K', Ŀ: 'L', ŀ: 'L',
};

/** First letters of Greek and Cyrillic names, which have usual Latin spellings. */
const GREEK_CYRILLIC: Record<string, string> = {
  Α: 'A', Β: 'V', Γ: 'G', Δ: 'D', Ε: 'E', Ζ: 'Z', Η: 'I', Θ: 'T', Ι: 'I', Κ: 'K', Λ: 'L',
  Μ: 'M', Ν: 'N', Ξ: 'X', Ο: 'O', Π: 'P', Ρ: 'R', Σ: 'S', Τ: 'T', Υ: 'Y', Φ: 'F', Χ: 'C',
  Ψ: 'P', Ω: 'O',
  А: 'A', Б: 'B', В: 'V', Г: 'G', Ґ: 'G', Д: 'D', Е: 'E', Ё: 'Y', Є: 'Y', Ж: 'Z', З: 'Z',
  И: 'I', І: 'I', Ї: 'Y', Й: 'Y', К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O', П: 'P', Р: 'R',
  С: 'S', Т: 'T', У: 'U', Ў: 'U', Ф: 'F', Х: 'K', Ц: 'T', Ч: 'C', Ш: 'S', Щ: 'S', Ъ: 'X',
  Ы: 'Y', Ь: 'X', Э: 'E', Ю: 'Y', Я: 'Y', Ђ: 'D', Ј: 'J', Љ: 'L', Њ: 'N', Ћ: 'C', Џ: 'D',
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

/** e.g. exportFileName(session, { kind: 'summary-pdf' }) -> 'voicemap-2026-11-28-A-summary.pdf'. */
export function exportFileName(session: Pick<Session, 'childName' | 'createdAt'>, file: ExportFile): string {
  const name = `voicemap-${fileDate(session.createdAt)}-${childInitial(session.childName)}-${suffixFor(file)}`;
  if (name.length <= MAX_FILE_NAME_LENGTH) return name;
  // Only absurd counters get here; keep the extension so the file still opens.
  const dot = name.lastIndexOf('.');
  const ext = name.slice(dot);
  return name.slice(0, MAX_FILE_NAME_LENGTH - ext.length) + ext;
}

import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export interface ZipFile {
  name: string;
  bytes: Uint8Array;
}

/** Already compressed formats: deflating them again costs time on a tablet and saves nothing. */
const STORED = /\.(png|jpe?g|webm|ogg|m4a|mp3|aac|mp4|zip|docx)$/i;

/**
 * One zip holding every exported file ("Download all"). Names must be unique: two files
 * under one name would silently lose one, so that is an error.
 */
export function makeZip(files: readonly ZipFile[], options: { mtime?: Date } = {}): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (Object.prototype.hasOwnProperty.call(entries, file.name)) {
      throw new Error(`Two files in one zip are both called ${file.name}`);
    }
    entries[file.name] = [file.bytes, { level: STORED.test(file.name) ? 0 : 6, mtime: options.mtime }];
  }
  return zipSync(entries);
}

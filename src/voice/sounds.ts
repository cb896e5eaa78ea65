import { Howl } from 'howler';
import placeUrl from '../../assets/sounds/place.wav?url';
import tapUrl from '../../assets/sounds/tap.wav?url';

/**
 * The app's only sounds. The same gentle sound follows every entry in every place: a worry
 * gets exactly the sound a good thing gets (docs/PRACTICE.md rule 5). Nothing celebratory.
 */
const MUTE_KEY = 'voicemap.muted';

let place: Howl | null = null;
let tap: Howl | null = null;

function load() {
  place ??= new Howl({ src: [placeUrl], volume: 0.5, preload: true });
  tap ??= new Howl({ src: [tapUrl], volume: 0.4, preload: true });
}

/**
 * Mute is a device setting, not child data, so localStorage is fine for it. It silences the
 * effects only (each checks it before playing): read-aloud and recordings are content,
 * played on purpose, and are not muted by it.
 */
export function isMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setMuted(muted: boolean): void {
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  if (muted) {
    place?.stop();
    tap?.stop();
  }
}

/** A child's own setting (sounds off for this child), on top of the device's mute. */
let childSounds = true;

export function setChildSounds(enabled: boolean): void {
  childSounds = enabled;
}

export function playEntrySound(): void {
  if (isMuted() || !childSounds) return;
  load();
  place?.play();
}

export function playTapSound(): void {
  if (isMuted() || !childSounds) return;
  load();
  tap?.play();
}

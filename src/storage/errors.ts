/**
 * Typed storage errors. The UI shows a translated message chosen by `code`, so codes are stable
 * and never reworded; the English `message` is only a fallback and for developers.
 * Messages never include child data, so an error can be shown or reported safely.
 */

export type StorageErrorCode =
  | 'passphrase-too-short'
  | 'passphrase-too-common'
  | 'wrong-passphrase'
  | 'vault-exists'
  | 'vault-missing'
  | 'vault-locked'
  | 'vault-damaged'
  | 'vault-rekeyed'
  | 'storage-full'
  | 'storage-unavailable'
  | 'decrypt-failed'
  | 'backup-format'
  | 'backup-damaged'
  | 'backup-too-large'
  | 'backup-version'
  | 'backup-other-passphrase';

export abstract class StorageError extends Error {
  abstract readonly code: StorageErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Subclass names survive minification only if set explicitly.
    this.name = new.target.name;
  }
}

export class PassphraseTooShortError extends StorageError {
  readonly code = 'passphrase-too-short';
  constructor(readonly minLength: number) {
    super(`The passphrase must be at least ${minLength} characters long, or four words.`);
  }
}

/** On a list of passwords attackers try first, so length alone would not protect it. */
export class PassphraseTooCommonError extends StorageError {
  readonly code = 'passphrase-too-common';
  constructor() {
    super('That passphrase is one of the most common ones. Please choose another.');
  }
}

export class WrongPassphraseError extends StorageError {
  readonly code = 'wrong-passphrase';
  constructor() {
    super('That passphrase is not right. Nothing has been changed; please try again.');
  }
}

/** Creating a second vault would orphan everything encrypted under the first one. */
export class VaultExistsError extends StorageError {
  readonly code = 'vault-exists';
  constructor() {
    super('A passphrase has already been set on this device.');
  }
}

export class VaultMissingError extends StorageError {
  readonly code = 'vault-missing';
  constructor() {
    super('No passphrase has been set on this device yet.');
  }
}

export class VaultLockedError extends StorageError {
  readonly code = 'vault-locked';
  constructor() {
    super('The saved work is locked. Enter the passphrase to unlock it.');
  }
}

/** The vault's own settings record is unusable; nothing can be decrypted without it. */
export class VaultDamagedError extends StorageError {
  readonly code = 'vault-damaged';
  constructor(options?: { cause?: unknown }) {
    super('The saved settings on this device are damaged, so the saved work cannot be opened.', options);
  }
}

/**
 * The passphrase was changed (in another window) and this one did not get the new key: it must
 * not write anything sealed under the old key, which the new passphrase could never open.
 */
export class VaultRekeyedError extends StorageError {
  readonly code = 'vault-rekeyed';
  constructor() {
    super('The passphrase was changed in another window. Lock, then unlock with the new passphrase.');
  }
}

/** The device refused the write; the caller keeps the change in memory and may retry. */
export class StorageFullError extends StorageError {
  readonly code = 'storage-full';
  constructor(options?: { cause?: unknown }) {
    super('This device is out of storage space. The change was not saved; free some space and try again.', options);
  }
}

export class StorageUnavailableError extends StorageError {
  readonly code = 'storage-unavailable';
  constructor(options?: { cause?: unknown }) {
    super('This browser is not letting Voicemap save work (storage is unavailable, for example in a private window).', options);
  }
}

/** A single record could not be decrypted: damaged, or encrypted under another key. */
export class DecryptionError extends StorageError {
  readonly code = 'decrypt-failed';
  constructor(options?: { cause?: unknown }) {
    super('This item could not be decrypted.', options);
  }
}

export class BackupFormatError extends StorageError {
  readonly code = 'backup-format';
  constructor() {
    super('This file is not a Voicemap backup.');
  }
}

export class BackupDamagedError extends StorageError {
  readonly code = 'backup-damaged';
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`This Voicemap backup is damaged or incomplete (${detail}). Nothing has been changed.`, options);
  }
}

export class BackupTooLargeError extends StorageError {
  readonly code = 'backup-too-large';
  constructor(readonly maxBytes: number) {
    super(`This file is too large to be a Voicemap backup (over ${Math.round(maxBytes / (1024 * 1024))} MB).`);
  }
}

export class BackupVersionError extends StorageError {
  readonly code = 'backup-version';
  constructor(readonly version: unknown) {
    super('This backup was made by a newer version of Voicemap. Update Voicemap, then try again.');
  }
}

/**
 * The backup was made under another passphrase or on another device, so the unlocked key cannot
 * open it; the UI then asks for the passphrase it was made with.
 */
export class BackupOtherPassphraseError extends StorageError {
  readonly code = 'backup-other-passphrase';
  constructor() {
    super('This backup was made with a different passphrase. Please type that passphrase.');
  }
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}

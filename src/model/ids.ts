/** Random ids; crypto.randomUUID exists in every browser we support (secure context). */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

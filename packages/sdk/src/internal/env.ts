/** Whether this code runs in a web page (or something pretending to be one). */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/** A fresh idempotency key; one per call, reused by all its retries. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

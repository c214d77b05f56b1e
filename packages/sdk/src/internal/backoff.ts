/** First retry waits about this long; each further retry doubles it. */
export const INITIAL_RETRY_DELAY_MS = 500;
/** No backoff wait is longer than this. */
export const MAX_RETRY_DELAY_MS = 8_000;
/** A `Retry-After` longer than this is not waited out: the error goes to the caller. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Statuses worth another try: timeout, rate limit, transient server failures. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Backoff before retry `attempt` (1-based), without jitter: 0.5 s, 1 s, 2 s … capped. */
export function retryDelay(attempt: number): number {
  return Math.min(INITIAL_RETRY_DELAY_MS * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

/** Shaves up to a quarter off a delay so that many clients do not retry in step. */
export function jitter(delayMs: number, random: () => number = Math.random): number {
  return delayMs * (1 - random() * 0.25);
}

/** Milliseconds a `Retry-After` header asks to wait (seconds or an HTTP date); undefined if absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

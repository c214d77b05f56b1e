import { DAY, HOUR, MINUTE } from '../clock.js';

/**
 * Delay before each attempt of one delivery, Standard Webhooks / Svix style: the first
 * at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (8 attempts over ~28 h).
 * docs/webhooks.md states the same table.
 */
export const RETRY_SCHEDULE_MS: readonly number[] = [0, 5_000, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];

/** An endpoint whose every attempt failed for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * DAY;

/** How long one attempt may take before it counts as failed. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** When attempt `attempt + 1` is due after attempt `attempt` (1-based) failed at `failedAt`; null when none is left. */
export function nextAttemptAt(
  attempt: number,
  failedAt: Date,
  schedule: readonly number[] = RETRY_SCHEDULE_MS,
): Date | null {
  const delay = schedule[attempt];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}

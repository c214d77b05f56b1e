import * as z from 'zod/mini';
import { Count, Timestamp } from './common.js';

/** Body of `POST /v1/dev/clock`: how far to move a dev server's clock forward. */
export const DevClockInput = z.object({
  /** Milliseconds, at most a year. */
  advanceMs: z.number().check(z.int(), z.minimum(1), z.maximum(366 * 24 * 3_600_000)),
});
export type DevClockInput = z.input<typeof DevClockInput>;

/** A dev server's time after moving it, and what the campaign's clock did then. */
export const DevClock = z.object({
  object: z.literal('clock'),
  now: Timestamp,
  autoApproved: Count,
  reminders: Count,
  told: Count,
});
export type DevClock = z.infer<typeof DevClock>;

import * as z from 'zod/mini';

export const ErrorCode = z.enum([
  'validation_error',
  'authentication_error',
  'permission_error',
  'not_found',
  'invalid_transition',
  'idempotency_error',
  'rate_limited',
  'payload_too_large',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error body every failing endpoint returns. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Per-field messages keyed by dotted path, e.g. `profile.whatsapp`. */
    fields: z.optional(z.record(z.string(), z.string())),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

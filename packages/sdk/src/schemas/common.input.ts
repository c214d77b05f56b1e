import * as z from 'zod/mini';

// Building blocks of request bodies and query params: what the server validates
// and forms check before sending. Response entities never import this module.

/** An ISO 8601 date-time with offset, as the API accepts it. */
export const TimestampInput = z.iso.datetime({ offset: true });

/** A whole amount of Indonesian rupiah (IDR has no minor unit in practice). */
export const RupiahInput = z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000));

/** A non-negative whole count (followers, likes, slots …). */
export const CountInput = z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000));

/** Trimmed text between `min` and `max` characters. */
export const text = (max: number, min = 1) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Trimmed text that may be empty. */
export const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const PageParams = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type PageParams = z.infer<typeof PageParams>;

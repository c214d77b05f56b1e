import * as z from 'zod/mini';

/** Social platforms a campaign can run on. */
export const Platform = z.enum(['instagram', 'tiktok', 'youtube', 'facebook']);
export type Platform = z.infer<typeof Platform>;
export const PLATFORMS = Platform.options;

/** Content formats a deliverable can take. */
export const ContentFormat = z.enum(['feed', 'reel', 'story', 'video', 'short', 'live']);
export type ContentFormat = z.infer<typeof ContentFormat>;

/** An ISO 8601 date-time with offset, as the API sends and accepts it. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A whole amount of Indonesian rupiah (IDR has no minor unit in practice). */
export const Rupiah = z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000));

/** A non-negative whole count (followers, likes, slots …). */
export const Count = z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000));

/** Trimmed text between `min` and `max` characters. */
export const text = (max: number, min = 1) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Trimmed text that may be empty. */
export const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** An id with a known prefix, such as `cmp_…`. */
export const prefixedId = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]{6,40}$`)));

export const CampaignId = prefixedId('cmp');
export const ParticipationId = prefixedId('par');
export const KolId = prefixedId('kol');
export const UploadId = prefixedId('upl');
export const BrandId = prefixedId('brd');

/** One page of a cursor-paginated list. */
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    object: z.literal('list'),
    data: z.array(item),
    hasMore: z.boolean(),
    nextCursor: z.nullable(z.string()),
  });

export const PageParams = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type PageParams = z.infer<typeof PageParams>;

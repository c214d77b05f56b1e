import * as z from 'zod/mini';
import { PLATFORMS } from '../platforms.js';

// Primitives of response entities: shape and format only. Input rules (trimming,
// lengths, bounds, URL parsing, coercion) live in common.input.ts, so a page that
// only reads entities does not bundle them.

/** Social platforms a campaign can run on. */
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;
export { PLATFORMS };

/** Content formats a deliverable can take. */
export const ContentFormat = z.enum(['feed', 'reel', 'story', 'video', 'short', 'live']);
export type ContentFormat = z.infer<typeof ContentFormat>;

/**
 * An ISO 8601 date-time with seconds and a `Z` or `±hh:mm` offset: exactly the
 * strings `z.iso.datetime({ offset: true })` accepts (calendar dates, leap days
 * included), as a plain pattern, which bundles far smaller than the ISO builder.
 */
export const ISO_OFFSET_DATETIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** An ISO 8601 date-time with offset, as the API sends it. */
export const Timestamp = z.string().check(z.regex(ISO_OFFSET_DATETIME, { error: 'datetime' }));

/** A whole amount of Indonesian rupiah, as the API sends it (bounds of input: `RupiahInput`). */
export const Rupiah = z.number().check(z.int());

/** A whole count (followers, likes, slots …), as the API sends it (bounds of input: `CountInput`). */
export const Count = z.number().check(z.int());

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

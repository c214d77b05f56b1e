import * as z from 'zod/mini';
import {
  BrandId,
  CampaignId,
  ContentFormat,
  Count,
  HttpUrl,
  PageParams,
  Platform,
  Rupiah,
  Timestamp,
  listOf,
  text,
} from './common.js';

export const Brand = z.object({
  id: BrandId,
  name: text(120),
  logoUrl: z.nullable(z.string()),
});
export type Brand = z.infer<typeof Brand>;

export const CampaignStatus = z.enum(['draft', 'open', 'closed', 'completed']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const CompensationType = z.enum(['paid', 'barter', 'paid_and_product']);
export type CompensationType = z.infer<typeof CompensationType>;

export const Deliverable = z.object({
  platform: Platform,
  format: ContentFormat,
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
});
export type Deliverable = z.infer<typeof Deliverable>;

export const Compensation = z.object({
  type: CompensationType,
  /** Fee in whole rupiah; 0 for barter. */
  fee: Rupiah,
  productDescription: z.nullable(z.string().check(z.maxLength(500))),
});
export type Compensation = z.infer<typeof Compensation>;

export const AgeRangeMonths = z.object({
  min: z.number().check(z.int(), z.minimum(0), z.maximum(240)),
  max: z.number().check(z.int(), z.minimum(0), z.maximum(240)),
});

export const Requirements = z.object({
  /** Minimum followers per platform, e.g. `{ instagram: 5000 }`. */
  minFollowers: z.partialRecord(Platform, Count),
  cities: z.array(text(80)),
  provinces: z.array(text(80)),
  /** Age range of at least one child, in months; null when any mother may apply. */
  childAgeMonths: z.nullable(AgeRangeMonths),
  niches: z.array(text(60)),
});
export type Requirements = z.infer<typeof Requirements>;

export const Timeline = z.object({
  applyBy: Timestamp,
  draftDue: Timestamp,
  postWindow: z.object({ start: Timestamp, end: Timestamp }),
  insightDue: Timestamp,
});
export type Timeline = z.infer<typeof Timeline>;

export const Campaign = z.object({
  id: CampaignId,
  object: z.literal('campaign'),
  slug: z.string(),
  brand: Brand,
  title: z.string(),
  summary: z.string(),
  /** Markdown. */
  description: z.string(),
  coverUrl: z.nullable(z.string()),
  platforms: z.array(Platform),
  deliverables: z.array(Deliverable),
  compensation: Compensation,
  slots: Count,
  slotsFilled: Count,
  requirements: Requirements,
  timeline: Timeline,
  tags: z.array(z.string()),
  status: CampaignStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignList = listOf(Campaign);
export type CampaignList = z.infer<typeof CampaignList>;

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));

/** Body of `POST /v1/campaigns` (officer). */
export const CampaignCreateInput = z.object({
  brand: z.object({ name: text(120), logoUrl: z.optional(z.nullable(HttpUrl)) }),
  title: text(160, 3),
  slug: z.optional(Slug),
  summary: text(300),
  description: text(20_000),
  coverUrl: z.optional(z.nullable(HttpUrl)),
  platforms: z.array(Platform).check(z.minLength(1), z.maxLength(4)),
  deliverables: z.array(Deliverable).check(z.minLength(1), z.maxLength(20)),
  compensation: z.object({
    type: CompensationType,
    fee: Rupiah,
    productDescription: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(500)))),
  }),
  slots: z.number().check(z.int(), z.minimum(1), z.maximum(10_000)),
  requirements: z.optional(
    z.object({
      minFollowers: z.optional(z.partialRecord(Platform, Count)),
      cities: z.optional(z.array(text(80)).check(z.maxLength(100))),
      provinces: z.optional(z.array(text(80)).check(z.maxLength(40))),
      childAgeMonths: z.optional(z.nullable(AgeRangeMonths)),
      niches: z.optional(z.array(text(60)).check(z.maxLength(30))),
    }),
  ),
  timeline: Timeline,
  tags: z.optional(z.array(text(40)).check(z.maxLength(20))),
});
export type CampaignCreateInput = z.input<typeof CampaignCreateInput>;

/** Body of `PATCH /v1/campaigns/:id` (officer): any subset of the create fields. */
export const CampaignUpdateInput = z.partial(CampaignCreateInput);
export type CampaignUpdateInput = z.input<typeof CampaignUpdateInput>;

/** Query of `GET /v1/campaigns`. */
export const CampaignListParams = z.extend(PageParams, {
  status: z.optional(CampaignStatus),
  platform: z.optional(Platform),
  compensation: z.optional(CompensationType),
  tag: z.optional(z.string().check(z.maxLength(40))),
  brand: z.optional(z.string().check(z.maxLength(120))),
  q: z.optional(z.string().check(z.maxLength(120))),
});
export type CampaignListParams = z.input<typeof CampaignListParams>;

import * as z from 'zod/mini';
import { BrandId, CampaignId, ContentFormat, Count, Platform, Rupiah, Timestamp, listOf } from './common.js';

// Response entities: shape and formats. Request bodies and query params are in campaign.input.ts.

export const Brand = z.object({
  id: BrandId,
  name: z.string(),
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
  quantity: z.number().check(z.int()),
});
export type Deliverable = z.infer<typeof Deliverable>;

export const Compensation = z.object({
  type: CompensationType,
  /** Fee in whole rupiah; 0 for barter. */
  fee: Rupiah,
  productDescription: z.nullable(z.string()),
  /**
   * Market value of the product she receives (`barter`, `paid_and_product`), in whole rupiah;
   * null when the brand did not state one. Shown beside the fee, and added to the taxed gross
   * only where the tax config says so (`computePayout`).
   */
  productValue: z.nullable(Rupiah),
});
export type Compensation = z.infer<typeof Compensation>;

export const AgeRangeMonths = z.object({
  min: z.number().check(z.int()),
  max: z.number().check(z.int()),
});

export const Requirements = z.object({
  /** Minimum followers per platform, e.g. `{ instagram: 5000 }`. */
  minFollowers: z.partialRecord(Platform, Count),
  cities: z.array(z.string()),
  provinces: z.array(z.string()),
  /** Age range of at least one child, in months; null when any mother may apply. */
  childAgeMonths: z.nullable(AgeRangeMonths),
  niches: z.array(z.string()),
});
export type Requirements = z.infer<typeof Requirements>;

export const Timeline = z.object({
  applyBy: Timestamp,
  draftDue: Timestamp,
  postWindow: z.object({ start: Timestamp, end: Timestamp }),
  insightDue: Timestamp,
});
export type Timeline = z.infer<typeof Timeline>;

/** How the campaign's clock runs: review rounds, how long a review may take, when insight is due. */
export const CampaignRules = z.object({
  /** How many times the officer may send a draft back (default 2). */
  maxRevisionRounds: Count,
  /** Hours a draft or an insight may wait for review before the system approves it (default 72). */
  reviewHours: Count,
  /** Days after posting the insight is due, for formats other than stories (stories: 24 hours; default 7). */
  insightDueDays: Count,
  /** Indonesian working days from the insight's approval to the transfer (default 14). */
  paymentWorkingDays: Count,
});
export type CampaignRules = z.infer<typeof CampaignRules>;

/** The rules a campaign gets when it names none. */
export const DEFAULT_CAMPAIGN_RULES: CampaignRules = { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 };

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
  rules: CampaignRules,
  tags: z.array(z.string()),
  status: CampaignStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignList = listOf(Campaign);
export type CampaignList = z.infer<typeof CampaignList>;

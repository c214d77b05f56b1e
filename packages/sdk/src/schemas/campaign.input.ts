import * as z from 'zod/mini';
import { CampaignStatus, CompensationType } from './campaign.js';
import { ContentFormat, Platform } from './common.js';
import { CountInput, HttpUrl, PageParams, RupiahInput, TimestampInput, text } from './common.input.js';

// Request bodies and query params of campaigns: every rule the server enforces.

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));

const DeliverableInput = z.object({
  platform: Platform,
  format: ContentFormat,
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
});

const AgeRangeMonthsInput = z.object({
  min: z.number().check(z.int(), z.minimum(0), z.maximum(240)),
  max: z.number().check(z.int(), z.minimum(0), z.maximum(240)),
});

const TimelineInput = z.object({
  applyBy: TimestampInput,
  draftDue: TimestampInput,
  postWindow: z.object({ start: TimestampInput, end: TimestampInput }),
  insightDue: TimestampInput,
});

/** Body of `POST /v1/campaigns` (officer). */
export const CampaignCreateInput = z.object({
  brand: z.object({ name: text(120), logoUrl: z.optional(z.nullable(HttpUrl)) }),
  title: text(160, 3),
  slug: z.optional(Slug),
  summary: text(300),
  description: text(20_000),
  coverUrl: z.optional(z.nullable(HttpUrl)),
  platforms: z.array(Platform).check(z.minLength(1), z.maxLength(4)),
  deliverables: z.array(DeliverableInput).check(z.minLength(1), z.maxLength(20)),
  compensation: z.object({
    type: CompensationType,
    fee: RupiahInput,
    productDescription: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(500)))),
    /** Market value of the product, in whole rupiah; only for `barter` and `paid_and_product`. */
    productValue: z.optional(z.nullable(RupiahInput)),
  }),
  slots: z.number().check(z.int(), z.minimum(1), z.maximum(10_000)),
  requirements: z.optional(
    z.object({
      minFollowers: z.optional(z.partialRecord(Platform, CountInput)),
      cities: z.optional(z.array(text(80)).check(z.maxLength(100))),
      provinces: z.optional(z.array(text(80)).check(z.maxLength(40))),
      childAgeMonths: z.optional(z.nullable(AgeRangeMonthsInput)),
      niches: z.optional(z.array(text(60)).check(z.maxLength(30))),
    }),
  ),
  timeline: TimelineInput,
  /** Review rounds and time limits; each left out keeps its default (`DEFAULT_CAMPAIGN_RULES`). */
  rules: z.optional(
    z.object({
      maxRevisionRounds: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10))),
      reviewHours: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(720))),
      insightDueDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
      paymentWorkingDays: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(90))),
    }),
  ),
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

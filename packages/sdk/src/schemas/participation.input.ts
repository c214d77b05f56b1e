import * as z from 'zod/mini';
import { CampaignId, UploadId, type Platform } from './common.js';
import { optionalText, text } from './common.input.js';
import { KolProfileInput } from './kol.input.js';
import { MetricValuesInput } from './metrics.input.js';
import { Role, Stage } from './participation.js';

// Request bodies and query params of participations: every rule the server
// enforces and forms check.

export const ApplicationAnswers = z.object({
  whyMe: text(2000, 20),
  contentIdea: text(2000, 20),
  /** The KOL confirms she meets the requirements and will follow the brief. */
  eligibility: z.object({
    meetsRequirements: z.literal(true),
    willFollowBrief: z.literal(true),
  }),
});
export type ApplicationAnswers = z.input<typeof ApplicationAnswers>;

export const Attribution = z.object({
  /** Where the form sat, e.g. `orami-article:mpasi-pertama` or `brand-site`. */
  source: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  utm: z.optional(z.record(z.string().check(z.regex(/^utm_[a-z_]{1,30}$/)), z.string().check(z.maxLength(200)))),
  pageUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type Attribution = z.input<typeof Attribution>;

/** Body of `POST /v1/campaigns/:id/applications` (KOL). */
export const ApplicationInput = z.object({
  profile: KolProfileInput,
  answers: ApplicationAnswers,
  consent: z.literal(true),
  attribution: z.optional(Attribution),
});
export type ApplicationInput = z.input<typeof ApplicationInput>;

/** Body of `POST /v1/participations/:id/drafts` (KOL). */
export const DraftInput = z.object({
  caption: text(5000),
  mediaIds: z.array(UploadId).check(z.minLength(1), z.maxLength(20)),
  note: optionalText(2000),
});
export type DraftInput = z.input<typeof DraftInput>;

const PLATFORM_HOSTS: Record<Platform, RegExp> = {
  instagram: /(^|\.)instagram\.com$/,
  tiktok: /(^|\.)tiktok\.com$/,
  youtube: /(^|\.)(youtube\.com|youtu\.be)$/,
  facebook: /(^|\.)(facebook\.com|fb\.watch)$/,
};

/** Which platform a post URL belongs to, or null when it is none of ours. */
export function platformOfUrl(url: string): Platform | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [platform, pattern] of Object.entries(PLATFORM_HOSTS)) {
    if (pattern.test(host)) return platform as Platform;
  }
  return null;
}

/** Body of `POST /v1/participations/:id/post` (KOL). The URL must be on one of the campaign's platforms. */
export const PostInput = z.object({
  url: z.url({ protocol: /^https?$/ }).check(
    z.maxLength(2000),
    z.refine((url) => platformOfUrl(url) !== null, { error: 'url_platform' }),
  ),
});
export type PostInput = z.input<typeof PostInput>;

export const InsightMetric = z.object({
  deliverableIndex: z.number().check(z.int(), z.minimum(0), z.maximum(49)),
  values: MetricValuesInput,
});

/** Body of `POST /v1/participations/:id/insights` (KOL). */
export const InsightInput = z.object({
  metrics: z.array(InsightMetric).check(z.minLength(1), z.maxLength(50)),
  screenshotIds: z.array(UploadId).check(z.minLength(1), z.maxLength(20)),
  note: optionalText(2000),
});
export type InsightInput = z.input<typeof InsightInput>;

/** Body of `POST /v1/participations/:id/payout` (officer). */
export const PayoutInput = z.object({
  amount: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000_000)),
  reference: text(120),
});
export type PayoutInput = z.input<typeof PayoutInput>;

/** Body of reject / request-revision / request-fix: the officer's words to the KOL. */
export const ReviewNoteInput = z.object({ note: text(2000) });
export type ReviewNoteInput = z.input<typeof ReviewNoteInput>;

export const OptionalNoteInput = z.object({ note: optionalText(2000) });
export type OptionalNoteInput = z.input<typeof OptionalNoteInput>;

/** Body of a move that takes nothing (acknowledging the brief). */
export const EmptyInput = z.object({});
export type EmptyInput = z.input<typeof EmptyInput>;

/** Query of `GET /v1/participations`. */
export const ParticipationListParams = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  campaignId: z.optional(CampaignId),
  stage: z.optional(Stage),
  /** Only participations whose next move is this role's (`STAGES[stage].actor`): the reviewer's queue is `officer`. */
  waitingOn: z.optional(Role),
  /**
   * By the last move (`updatedAt`): `oldest` first is a review queue's order (waiting longest first),
   * `newest` the latest moved first. Left out: newest application first (`createdAt`).
   */
  order: z.optional(z.enum(['newest', 'oldest'])),
});
export type ParticipationListParams = z.input<typeof ParticipationListParams>;

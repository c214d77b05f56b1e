import * as z from 'zod/mini';
import { CampaignId, Count, listOf, KolId, ParticipationId, Platform, Rupiah, Timestamp, UploadId } from './common.js';
import { Child, SocialAccount } from './kol.js';
import { MetricValues } from './metrics.js';

// Response entities of a KOL's place in a campaign. Request bodies and query
// params are in participation.input.ts.

export const Stage = z.enum([
  'applied',
  'accepted',
  'drafting',
  'in_review',
  'revision_requested',
  'approved',
  'posted',
  'insight_review',
  'insight_revision_requested',
  'completed',
  'rejected',
  'withdrawn',
  'paid',
]);
export type Stage = z.infer<typeof Stage>;

export const Role = z.enum(['kol', 'officer']);
export type Role = z.infer<typeof Role>;

/** Who can appear in history: the two roles, and the server itself (automatic approval after the review time limit). */
export const ActorRole = z.enum(['kol', 'officer', 'system']);
export type ActorRole = z.infer<typeof ActorRole>;

/** Who made a move: a KOL (her id), an officer (the key's label) or the system (what it did, e.g. `auto-approval`). */
export const Actor = z.object({ role: ActorRole, id: z.string() });
export type Actor = z.infer<typeof Actor>;

export const HistoryEntry = z.object({
  from: z.nullable(Stage),
  to: Stage,
  action: z.string(),
  actor: Actor,
  note: z.nullable(z.string()),
  at: Timestamp,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Application = z.object({
  profile: z.object({
    name: z.string(),
    email: z.string(),
    whatsapp: z.string(),
    city: z.string(),
    province: z.nullable(z.string()),
    socialAccounts: z.array(SocialAccount),
    children: z.array(Child),
    niches: z.array(z.string()),
  }),
  answers: z.object({
    whyMe: z.string(),
    contentIdea: z.string(),
    eligibility: z.object({ meetsRequirements: z.boolean(), willFollowBrief: z.boolean() }),
  }),
  attribution: z.object({
    source: z.nullable(z.string()),
    utm: z.record(z.string(), z.string()),
    pageUrl: z.nullable(z.string()),
  }),
  submittedAt: Timestamp,
});
export type Application = z.infer<typeof Application>;

export const DraftStatus = z.enum(['in_review', 'revision_requested', 'approved']);

export const Draft = z.object({
  version: z.number().check(z.int()),
  caption: z.string(),
  mediaIds: z.array(UploadId),
  note: z.nullable(z.string()),
  status: DraftStatus,
  feedback: z.nullable(z.string()),
  submittedAt: Timestamp,
  /** Sent after its due date; kept, and marked. */
  late: z.optional(z.boolean()),
  reviewedAt: z.nullable(Timestamp),
});
export type Draft = z.infer<typeof Draft>;

export const Post = z.object({
  url: z.string(),
  platform: Platform,
  postedAt: Timestamp,
  /** Sent after its due date; kept, and marked. */
  late: z.optional(z.boolean()),
});
export type Post = z.infer<typeof Post>;

export const Insight = z.object({
  version: z.number().check(z.int()),
  metrics: z.array(
    z.object({
      deliverableIndex: Count,
      values: MetricValues,
      engagementRate: z.nullable(z.number()),
    }),
  ),
  screenshotIds: z.array(UploadId),
  note: z.nullable(z.string()),
  engagementRate: z.nullable(z.number()),
  status: z.enum(['in_review', 'fix_requested', 'approved']),
  officerNote: z.nullable(z.string()),
  submittedAt: Timestamp,
  /** Sent after its due date; kept, and marked. */
  late: z.optional(z.boolean()),
  reviewedAt: z.nullable(Timestamp),
});
export type Insight = z.infer<typeof Insight>;

export const Payout = z.object({
  amount: Rupiah,
  status: z.enum(['pending', 'paid']),
  paidAt: z.nullable(Timestamp),
  reference: z.nullable(z.string()),
});
export type Payout = z.infer<typeof Payout>;

export const Participation = z.object({
  id: ParticipationId,
  object: z.literal('participation'),
  campaignId: CampaignId,
  kolId: KolId,
  stage: Stage,
  application: Application,
  drafts: z.array(Draft),
  post: z.nullable(Post),
  insights: z.array(Insight),
  payout: z.nullable(Payout),
  history: z.array(HistoryEntry),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Participation = z.infer<typeof Participation>;

/** One page of participations. */
export const ParticipationList = listOf(Participation);
export type ParticipationList = z.infer<typeof ParticipationList>;

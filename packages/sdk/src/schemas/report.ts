import * as z from 'zod/mini';
import { CampaignId, Count, ParticipationId, Platform, Rupiah } from './common.js';
import { Stage } from './stage.js';

// A campaign's results for its brand and officers. Its own module: KOL pages never import it.

/** One KOL holding a place in the campaign, with the figures of her approved insight (zero before one). */
export const CampaignReportParticipant = z.object({
  participationId: ParticipationId,
  kolName: z.string(),
  stage: Stage,
  postUrl: z.nullable(z.string()),
  platform: z.nullable(Platform),
  reach: Count,
  impressions: Count,
  /** Likes, comments, shares, saves and replies (`engagementsOf`). */
  engagements: Count,
  /** Percent, two decimals (`overallEngagementRate` over her deliverables); null without an audience figure. */
  engagementRate: z.nullable(z.number()),
  /** Her payout's amount once her insight is approved (pending or paid); null before. */
  fee: z.nullable(Rupiah),
});
export type CampaignReportParticipant = z.infer<typeof CampaignReportParticipant>;

export const CampaignReport = z.object({
  object: z.literal('campaign_report'),
  campaignId: CampaignId,
  /** How many participations stand in each stage (every stage, zeros included). */
  byStage: z.record(Stage, Count),
  /** Every participation that holds or held a place (accepted onwards), oldest application first. */
  participants: z.array(CampaignReportParticipant),
  totals: z.object({
    participants: Count,
    /** Participants who published their post. */
    posts: Count,
    reach: Count,
    impressions: Count,
    engagements: Count,
    engagementRate: z.nullable(z.number()),
    /** Every payout, pending or paid: the fees earned by approved insights. */
    feeSpent: Rupiah,
    /** `feeSpent` over `engagements`, rupiah with two decimals; null with no engagement. */
    costPerEngagement: z.nullable(z.number()),
  }),
});
export type CampaignReport = z.infer<typeof CampaignReport>;

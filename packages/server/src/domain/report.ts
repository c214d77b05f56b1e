import {
  STAGES,
  engagementsOf,
  overallEngagementRate,
  type Campaign,
  type CampaignReport,
  type CampaignReportParticipant,
  type MetricValues,
  type Participation,
  type Stage,
} from '@ibusibuk/sdk';

const sum = (numbers: readonly number[]): number => numbers.reduce((total, n) => total + n, 0);

/** The figures of the participation's latest approved insight, one entry per deliverable; none before approval. */
const approvedFigures = (participation: Participation): MetricValues[] =>
  [...participation.insights].reverse().find((insight) => insight.status === 'approved')?.metrics.map((metric) => metric.values) ?? [];

/**
 * A campaign's report, from its participations: counts per stage, one row per KOL holding a place
 * (accepted onwards), and totals. Engagement maths are the SDK's, so the report agrees with what
 * the KOL saw when she submitted her insight.
 */
export function campaignReport(campaign: Campaign, participations: readonly Participation[]): CampaignReport {
  const byStage = Object.fromEntries((Object.keys(STAGES) as Stage[]).map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const participation of participations) byStage[participation.stage]++;

  const placed = participations.filter((participation) => STAGES[participation.stage].holdsPlace);
  const figures = placed.map(approvedFigures);
  const participants: CampaignReportParticipant[] = placed.map((participation, i) => {
    const values = figures[i]!;
    return {
      participationId: participation.id,
      kolName: participation.application.profile.name,
      stage: participation.stage,
      postUrl: participation.post?.url ?? null,
      platform: participation.post?.platform ?? null,
      reach: sum(values.map((v) => v.reach ?? 0)),
      impressions: sum(values.map((v) => v.impressions ?? 0)),
      engagements: sum(values.map(engagementsOf)),
      engagementRate: values.length > 0 ? overallEngagementRate(values) : null,
      // What the brand pays for her: the gross fee (the tax withheld from it goes to the tax office, not back to the brand).
      fee: participation.payout ? (participation.payout.statement?.gross ?? participation.payout.amount) : null,
    };
  });

  const engagements = sum(participants.map((p) => p.engagements));
  const feeSpent = sum(participants.map((p) => p.fee ?? 0));
  const all = figures.flat();
  return {
    object: 'campaign_report',
    campaignId: campaign.id,
    byStage,
    participants,
    totals: {
      participants: participants.length,
      posts: participants.filter((p) => p.postUrl !== null).length,
      reach: sum(participants.map((p) => p.reach)),
      impressions: sum(participants.map((p) => p.impressions)),
      engagements,
      engagementRate: all.length > 0 ? overallEngagementRate(all) : null,
      feeSpent,
      costPerEngagement: engagements > 0 ? Math.round((feeSpent / engagements) * 100) / 100 : null,
    },
  };
}

import type { Deliverable, MetricValues, Participation, Platform } from '@ibusibuk/sdk/client';
import { insightFlags, type InsightFlag } from '@ibusibuk/sdk/insight';

/**
 * The plausibility flags of a participation's figures, as both sides see them: the KOL before she
 * sends (the insight submitter) and the officer on the insight (the review queue). Her followers
 * are those she gave when applying, per platform; the post's time is the link she sent.
 */
export function flagsOf(
  p: Pick<Participation, 'application' | 'post'>,
  deliverables: readonly Deliverable[],
  metrics: readonly { deliverableIndex: number; values: MetricValues }[],
): InsightFlag[] {
  const followers: Partial<Record<Platform, number>> = {};
  for (const a of p.application.profile.socialAccounts) followers[a.platform] = Math.max(followers[a.platform] ?? 0, a.followers);
  const figures = metrics.flatMap((m) => {
    const d = deliverables[m.deliverableIndex];
    return d ? [{ platform: d.platform, format: d.format, values: m.values }] : [];
  });
  return insightFlags({ deliverables: figures, followers, ...(p.post ? { postedAt: p.post.postedAt } : {}) });
}

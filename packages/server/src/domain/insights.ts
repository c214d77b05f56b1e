import type { Deliverable, Insight, InsightInput } from '@ibusibuk/sdk';
import { engagementRate, metricFields, overallEngagementRate } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';

type Input = z.output<typeof InsightInput>;

/**
 * Per-field problems of an insight against the campaign's deliverables: each
 * deliverable reported at most once, with every metric its platform and format ask for.
 */
export function insightProblems(input: Input, deliverables: readonly Deliverable[]): Record<string, Localized> {
  const fields: Record<string, Localized> = {};
  const seen = new Set<number>();
  input.metrics.forEach((metric, i) => {
    const deliverable = deliverables[metric.deliverableIndex];
    if (!deliverable) {
      fields[`metrics.${i}.deliverableIndex`] = m.deliverableUnknown(deliverables.length);
      return;
    }
    if (seen.has(metric.deliverableIndex)) {
      fields[`metrics.${i}.deliverableIndex`] = m.deliverableTwice;
      return;
    }
    seen.add(metric.deliverableIndex);
    for (const key of metricFields(deliverable.platform, deliverable.format)) {
      if (metric.values[key] === undefined) fields[`metrics.${i}.values.${key}`] = m.metricRequired;
    }
  });
  return fields;
}

/** The insights with version n+1 appended, waiting for the officer. */
export function withNewInsight(insights: readonly Insight[], input: Input, at: Date, late = false): Insight[] {
  const metrics = [...input.metrics]
    .sort((a, b) => a.deliverableIndex - b.deliverableIndex)
    .map((metric) => ({
      deliverableIndex: metric.deliverableIndex,
      values: metric.values,
      engagementRate: engagementRate(metric.values),
    }));
  return [
    ...insights,
    {
      version: insights.length + 1,
      metrics,
      screenshotIds: input.screenshotIds,
      note: input.note || null,
      engagementRate: overallEngagementRate(metrics.map((metric) => metric.values)),
      status: 'in_review',
      officerNote: null,
      submittedAt: at.toISOString(),
      ...(late ? { late: true } : {}),
      reviewedAt: null,
    },
  ];
}

/** The insights with the latest one reviewed. */
export function withLatestInsightReviewed(
  insights: readonly Insight[],
  status: 'approved' | 'fix_requested',
  officerNote: string | null,
  at: Date,
): Insight[] {
  return insights.map((insight, i) =>
    i === insights.length - 1 ? { ...insight, status, officerNote, reviewedAt: at.toISOString() } : insight,
  );
}

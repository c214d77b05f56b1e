import type { ContentFormat, Platform } from '../schemas/common.js';

// The metric table and engagement maths: plain data and arithmetic, without zod, so the
// review queue and the plausibility flags use them without loading any schema. The schema of
// reported values (schemas/metrics.ts) is built from METRIC_KEYS.

/** Every performance figure a platform may report for a post. */
export const METRIC_KEYS = ['reach', 'impressions', 'views', 'likes', 'comments', 'shares', 'saves', 'replies', 'linkClicks'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
/** Reported figures by metric, each a count. */
export type MetricValues = Partial<Record<MetricKey, number>>;

const FEED: MetricKey[] = ['reach', 'impressions', 'likes', 'comments', 'shares', 'saves'];
const SHORT_VIDEO: MetricKey[] = ['reach', 'views', 'likes', 'comments', 'shares', 'saves'];
const STORY: MetricKey[] = ['reach', 'impressions', 'replies', 'linkClicks'];
const LIVE: MetricKey[] = ['views', 'likes', 'comments'];

/**
 * The metrics a KOL reports for one deliverable: what the platform's insight
 * screen shows for that format. One table, read by the server and the elements.
 */
const METRICS: Record<Platform, Partial<Record<ContentFormat, MetricKey[]>>> = {
  instagram: { feed: FEED, reel: SHORT_VIDEO, story: STORY, video: SHORT_VIDEO, live: LIVE },
  tiktok: {
    video: ['views', 'likes', 'comments', 'shares', 'saves'],
    short: ['views', 'likes', 'comments', 'shares', 'saves'],
    story: ['views', 'likes', 'comments'],
    live: LIVE,
  },
  youtube: {
    video: ['views', 'likes', 'comments', 'shares'],
    short: ['views', 'likes', 'comments', 'shares'],
    live: LIVE,
  },
  facebook: {
    feed: ['reach', 'impressions', 'likes', 'comments', 'shares'],
    reel: ['reach', 'views', 'likes', 'comments', 'shares'],
    video: ['reach', 'views', 'likes', 'comments', 'shares'],
    story: ['reach', 'replies'],
    live: LIVE,
  },
};

const FALLBACK: MetricKey[] = ['reach', 'views', 'likes', 'comments', 'shares'];

/** The metric fields a deliverable of this platform and format asks for. */
export function metricFields(platform: Platform, format: ContentFormat): readonly MetricKey[] {
  return METRICS[platform][format] ?? FALLBACK;
}

const INTERACTIONS: MetricKey[] = ['likes', 'comments', 'shares', 'saves', 'replies'];

/** Engagements: likes, comments, shares, saves and story replies. */
export const engagementsOf = (values: MetricValues): number => INTERACTIONS.reduce((sum, key) => sum + (values[key] ?? 0), 0);

/**
 * Engagement rate in percent, two decimals: interactions over reach (or views
 * where the platform reports no reach). Null when there is no audience figure.
 */
export function engagementRate(values: MetricValues): number | null {
  const audience = values.reach || values.views || 0;
  if (audience <= 0) return null;
  return Math.round((engagementsOf(values) / audience) * 10_000) / 100;
}

/**
 * Engagement over several deliverables: every interaction over every
 * deliverable's audience (its reach, else its views).
 */
export function overallEngagementRate(all: readonly MetricValues[]): number | null {
  const total: MetricValues = { reach: 0 };
  for (const values of all) {
    total.reach = (total.reach ?? 0) + (values.reach || values.views || 0);
    for (const key of INTERACTIONS) total[key] = (total[key] ?? 0) + (values[key] ?? 0);
  }
  return engagementRate(total);
}

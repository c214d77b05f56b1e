import type { Locale } from '../locale.js';
import type { ContentFormat, Platform } from '../schemas/common.js';
import { engagementRate, metricFields, type MetricKey, type MetricValues } from './metric-table.js';
import { formatCount } from './count.js';

// Figures in an insight report that cannot, or can hardly, be true. They ask the KOL to
// look again and the officer to look closer; they never block a submission.

/** One deliverable's reported figures. */
export interface DeliverableFigures {
  platform: Platform;
  format: ContentFormat;
  values: MetricValues;
  /** Followers of the account it was posted on; else the report's. */
  followers?: number;
  /** When this deliverable went live; else the report's. */
  postedAt?: Date | string;
  /** When its insight screenshot was taken; else the report's. */
  screenshotTakenAt?: Date | string;
}

export interface InsightReport {
  /** In the order of `InsightInput.metrics`. */
  deliverables: readonly DeliverableFigures[];
  /** One count, or one per platform (a KOL's accounts differ in size). */
  followers?: number | Partial<Record<Platform, number>>;
  postedAt?: Date | string;
  screenshotTakenAt?: Date | string;
}

export type InsightFlagCode =
  | 'above_reach'
  | 'below_reach'
  | 'engagement_above_followers'
  | 'absurd_value'
  | 'screenshot_before_post';

export interface InsightFlag {
  code: InsightFlagCode;
  /** Dotted path as in `InsightInput`, e.g. `metrics.0.values.likes`, or `screenshotIds`. */
  field: string;
  /** Index in `deliverables`, or null for the report as a whole. */
  deliverableIndex: number | null;
  /** The figures the flag compares, for elements that word it themselves. */
  params: Record<string, number | string>;
  message: Record<Locale, string>;
}

/** Where plausibility ends. */
export const INSIGHT_FLAG_LIMITS = {
  /**
   * Interactions above this percentage of followers: a post that goes viral beyond the
   * followers can get there, an ordinary one cannot (typical Instagram and TikTok rates
   * are a few percent of followers).
   */
  engagementOfFollowersPercent: 50,
  /** A single figure above this for one post by an Ibu Sibuk KOL is most likely a typo. */
  absurdValue: 100_000_000,
};
export type InsightFlagLimits = typeof INSIGHT_FLAG_LIMITS;

// As the metric fields name them, lower case to sit inside a sentence.
const LABELS: Record<Locale, Record<MetricKey, string>> = {
  id: {
    reach: 'jangkauan',
    impressions: 'tayangan',
    views: 'penayangan',
    likes: 'suka',
    comments: 'komentar',
    shares: 'dibagikan',
    saves: 'disimpan',
    replies: 'balasan story',
    linkClicks: 'klik tautan',
  },
  en: {
    reach: 'reach',
    impressions: 'impressions',
    views: 'views',
    likes: 'likes',
    comments: 'comments',
    shares: 'shares',
    saves: 'saves',
    replies: 'story replies',
    linkClicks: 'link clicks',
  },
};

// Each account likes or saves a post once at most, and must have seen it to do so.
const ONCE_PER_ACCOUNT: MetricKey[] = ['likes', 'saves'];
// Every account reached saw it at least once.
const AT_LEAST_REACH: MetricKey[] = ['views', 'impressions'];

const time = (value: Date | string | undefined) => (value === undefined ? NaN : new Date(value).getTime());
// Figures that reached here unvalidated are echoed as they are rather than thrown on.
const count = (value: number, locale: Locale) =>
  Number.isSafeInteger(value) && value >= 0 ? formatCount(value, locale) : String(value);
const iso = (value: Date | string | undefined) => new Date(time(value)).toISOString();

/** Plausibility flags for an insight report; an empty list when nothing looks off. */
export function insightFlags(report: InsightReport, limits: InsightFlagLimits = INSIGHT_FLAG_LIMITS): InsightFlag[] {
  const flags: InsightFlag[] = [];
  const words = (locale: Locale, key: MetricKey, value: number) => `${LABELS[locale][key]} ${count(value, locale)}`;
  const sentenceEn = (key: MetricKey, value: number) => words('en', key, value).replace(/^./, (c) => c.toUpperCase());

  report.deliverables.forEach((deliverable, index) => {
    const { values } = deliverable;
    const fields = metricFields(deliverable.platform, deliverable.format);
    const path = `metrics.${index}`;
    const flag = (code: InsightFlagCode, field: string, params: InsightFlag['params'], message: InsightFlag['message']) =>
      flags.push({ code, field, deliverableIndex: index, params, message });

    for (const key of fields) {
      const value = values[key];
      if (value !== undefined && value > limits.absurdValue) {
        flag('absurd_value', `${path}.values.${key}`, { metric: key, value, limit: limits.absurdValue }, {
          id: `Angka ${words('id', key, value)} tidak masuk akal untuk satu konten. Ada angka nol yang berlebih?`,
          en: `${sentenceEn(key, value)} is not plausible for one post. An extra zero?`,
        });
      }
    }

    // The audience each account counts once in: reach, or views where the format has no reach.
    const audienceKey = fields.includes('reach') ? 'reach' : fields.includes('views') ? 'views' : null;
    const audience = audienceKey ? values[audienceKey] : undefined;
    if (audienceKey && audience !== undefined) {
      for (const key of ONCE_PER_ACCOUNT) {
        const value = values[key];
        if (!fields.includes(key) || value === undefined || value <= audience) continue;
        flag('above_reach', `${path}.values.${key}`, { metric: key, value, audienceMetric: audienceKey, audience }, {
          id: `Angka ${words('id', key, value)} lebih banyak dari ${words('id', audienceKey, audience)}, padahal setiap akun hanya dihitung sekali. Cek lagi angkanya, ya.`,
          en: `${sentenceEn(key, value)} exceed ${words('en', audienceKey, audience)}, yet each account counts once. Please check the figures.`,
        });
      }
    }

    const reach = values.reach;
    if (fields.includes('reach') && reach !== undefined) {
      for (const key of AT_LEAST_REACH) {
        const value = values[key];
        if (!fields.includes(key) || value === undefined || value >= reach) continue;
        flag('below_reach', `${path}.values.${key}`, { metric: key, value, reach }, {
          id: `Angka ${words('id', key, value)} lebih sedikit dari ${words('id', 'reach', reach)}, padahal setiap akun yang terjangkau melihatnya paling tidak sekali. Cek lagi angkanya, ya.`,
          en: `${sentenceEn(key, value)} fall short of ${words('en', 'reach', reach)}, yet every account reached saw it at least once. Please check the figures.`,
        });
      }
    }

    const followers =
      deliverable.followers ??
      (typeof report.followers === 'number' ? report.followers : report.followers?.[deliverable.platform]);
    if (followers !== undefined && followers > 0) {
      // engagementRate over followers instead of reach: interactions per follower, in percent.
      const rate = engagementRate({ ...values, reach: followers });
      if (rate !== null && rate > limits.engagementOfFollowersPercent) {
        const id = count(followers, 'id');
        const en = count(followers, 'en');
        flag('engagement_above_followers', path, { engagementOfFollowersPercent: rate, followers, limit: limits.engagementOfFollowersPercent }, {
          id: `Interaksinya setara ${String(rate).replace('.', ',')} % dari ${id} pengikut. Bisa terjadi kalau kontennya viral; kalau tidak, cek lagi angkanya, ya.`,
          en: `Interactions come to ${rate} % of ${en} followers. That happens when a post goes viral; if not, please check the figures.`,
        });
      }
    }
  });

  const shotBeforePost = (posted: Date | string | undefined, shot: Date | string | undefined) => time(shot) < time(posted);
  const screenshotMessage = {
    id: 'Tangkapan layar insight diambil sebelum konten diunggah. Unggah tangkapan layar yang diambil setelah konten tayang, ya.',
    en: 'The insight screenshot was taken before the post went live. Please upload one taken after posting.',
  };
  if (shotBeforePost(report.postedAt, report.screenshotTakenAt)) {
    flags.push({
      code: 'screenshot_before_post',
      field: 'screenshotIds',
      deliverableIndex: null,
      params: { postedAt: iso(report.postedAt), screenshotTakenAt: iso(report.screenshotTakenAt) },
      message: screenshotMessage,
    });
  }
  report.deliverables.forEach((deliverable, index) => {
    if (deliverable.postedAt === undefined && deliverable.screenshotTakenAt === undefined) return;
    const posted = deliverable.postedAt ?? report.postedAt;
    const shot = deliverable.screenshotTakenAt ?? report.screenshotTakenAt;
    if (!shotBeforePost(posted, shot)) return;
    flags.push({
      code: 'screenshot_before_post',
      field: 'screenshotIds',
      deliverableIndex: index,
      params: { postedAt: iso(posted), screenshotTakenAt: iso(shot) },
      message: screenshotMessage,
    });
  });
  return flags;
}

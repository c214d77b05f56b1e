import { describe, expect, it } from 'vitest';
import { insightFlags, INSIGHT_FLAG_LIMITS, type DeliverableFigures, type InsightReport } from '../src/index.js';

const reel: DeliverableFigures = {
  platform: 'instagram',
  format: 'reel',
  values: { reach: 8_000, views: 11_000, likes: 420, comments: 35, shares: 12, saves: 40 },
};
const tiktok: DeliverableFigures = {
  platform: 'tiktok',
  format: 'video',
  values: { views: 20_000, likes: 900, comments: 50, shares: 20, saves: 30 },
};
const clean: InsightReport = {
  deliverables: [reel, tiktok],
  followers: { instagram: 12_000, tiktok: 5_000 },
  postedAt: '2026-02-02T10:00:00+07:00',
  screenshotTakenAt: '2026-02-09T20:00:00+07:00',
};

const codes = (report: InsightReport) => insightFlags(report).map(({ code, field, deliverableIndex }) => ({ code, field, deliverableIndex }));

describe('insightFlags', () => {
  it('raises nothing on a plausible report', () => {
    expect(insightFlags(clean)).toEqual([]);
  });

  it('flags likes above reach, in both languages', () => {
    const [flag, ...rest] = insightFlags({ ...clean, deliverables: [{ ...reel, values: { ...reel.values, reach: 4_000, likes: 5_000 } }] });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      code: 'above_reach',
      field: 'metrics.0.values.likes',
      deliverableIndex: 0,
      params: { metric: 'likes', value: 5_000, audienceMetric: 'reach', audience: 4_000 },
    });
    expect(flag!.message.id).toContain('Angka suka 5.000 lebih banyak dari jangkauan 4.000');
    expect(flag!.message.en).toContain('Likes 5,000 exceed reach 4,000');
  });

  it('compares with views where the platform counts no reach', () => {
    const report = { ...clean, deliverables: [{ ...tiktok, values: { ...tiktok.values, likes: 25_000 } }] };
    expect(insightFlags(report)[0]).toMatchObject({ code: 'above_reach', params: { audienceMetric: 'views', audience: 20_000 } });
  });

  it('flags views below reach on a video format', () => {
    expect(codes({ ...clean, deliverables: [{ ...reel, values: { ...reel.values, views: 6_000 } }] })).toEqual([
      { code: 'below_reach', field: 'metrics.0.values.views', deliverableIndex: 0 },
    ]);
  });

  it('flags impressions below reach on a feed post', () => {
    const feed: DeliverableFigures = { platform: 'instagram', format: 'feed', values: { reach: 5_000, impressions: 4_000, likes: 300 } };
    expect(codes({ ...clean, deliverables: [feed] })).toEqual([
      { code: 'below_reach', field: 'metrics.0.values.impressions', deliverableIndex: 0 },
    ]);
  });

  it(`flags interactions above ${INSIGHT_FLAG_LIMITS.engagementOfFollowersPercent} % of followers`, () => {
    // 2.600 + 300 + 100 + 100 = 3.100 interactions on 5.000 TikTok followers = 62 %
    const viral: DeliverableFigures = { ...tiktok, values: { views: 60_000, likes: 2_600, comments: 300, shares: 100, saves: 100 } };
    const [flag, ...rest] = insightFlags({ ...clean, deliverables: [viral] });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      code: 'engagement_above_followers',
      field: 'metrics.0',
      params: { engagementOfFollowersPercent: 62, followers: 5_000, limit: 50 },
    });
    expect(flag!.message.id).toContain('62 % dari 5.000 pengikut');
  });

  it('reads one follower count for every platform, or a deliverable its own', () => {
    // 900 + 50 + 20 + 30 = 1.000 interactions: 50 % of 2.000 is not above the limit, of 1.900 it is
    expect(insightFlags({ ...clean, deliverables: [tiktok], followers: 2_000 })).toEqual([]);
    expect(codes({ ...clean, deliverables: [{ ...tiktok, followers: 1_900 }] })).toEqual([
      { code: 'engagement_above_followers', field: 'metrics.0', deliverableIndex: 0 },
    ]);
  });

  it('flags a screenshot taken before the post', () => {
    const [flag, ...rest] = insightFlags({ ...clean, screenshotTakenAt: new Date('2026-02-02T02:59:00Z') });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      code: 'screenshot_before_post',
      field: 'screenshotIds',
      deliverableIndex: null,
      params: { postedAt: '2026-02-02T03:00:00.000Z', screenshotTakenAt: '2026-02-02T02:59:00.000Z' },
    });
  });

  it('checks a deliverable posted at another time against its own date', () => {
    const later = { ...tiktok, postedAt: '2026-02-10T09:00:00+07:00' };
    expect(codes({ ...clean, deliverables: [reel, later] })).toEqual([
      { code: 'screenshot_before_post', field: 'screenshotIds', deliverableIndex: 1 },
    ]);
  });

  it('flags absurd magnitudes', () => {
    const typo = { ...reel, values: { ...reel.values, reach: 800_000_000, views: 1_100_000_000 } };
    expect(codes({ ...clean, deliverables: [typo] })).toEqual([
      { code: 'absurd_value', field: 'metrics.0.values.reach', deliverableIndex: 0 },
      { code: 'absurd_value', field: 'metrics.0.values.views', deliverableIndex: 0 },
    ]);
  });

  it('does not throw on figures no schema checked', () => {
    const odd = { ...reel, values: { ...reel.values, reach: 100.5, likes: 200 } };
    expect(insightFlags({ ...clean, deliverables: [odd] })[0]!.message.en).toContain('reach 100.5');
  });

  it('stays quiet without the figures a check needs', () => {
    const bare: InsightReport = { deliverables: [{ platform: 'instagram', format: 'reel', values: { likes: 50 } }] };
    expect(insightFlags(bare)).toEqual([]);
  });
});

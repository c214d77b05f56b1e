import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './support.js';

// The campaign report of the demo seed's campaign, against a table worked out by hand.
let api: Api;
// The demo seed makes a few hundred writes: about 2 s on SQLite, 9 s on PostgreSQL on a loaded machine.
beforeAll(async () => {
  api = await startApi({ seed: 'demo', clockIntervalMs: 0, webhookPollMs: 0 });
}, 60_000);
afterAll(() => api.close());

describe('the report of the demo seed’s MPASI campaign', () => {
  it('equals the hand-computed table', async () => {
    const report = await api.officer.campaigns.report('mpasi-organik-pertama-si-kecil');
    // Who holds a place: Siti (revision requested), Dewi (draft in review), Ayu (insight in review),
    // Nurul (completed); Rina and Maya have applied.
    expect(report.byStage).toMatchObject({ applied: 2, revision_requested: 1, in_review: 1, insight_review: 1, completed: 1 });
    expect(report.participants.map((p) => p.kolName).sort()).toEqual(['Ayu Kartika', 'Dewi Lestari', 'Nurul Hidayah', 'Siti Rahmawati']);

    // Only Nurul's insight is approved. The seed writes followers × ratio × wobble, rounded, from her
    // 7.500 Instagram followers; wobble 0,85 for the reel (deliverable 0) and 0,92 for the stories (1):
    //   reel:    reach 7500×0,62×0,85 = 3.952,5 → 3.953; likes 350,6 → 351; comments 38,3 → 38;
    //            shares 25,5 → 26; saves 57,4 → 57  (views 7.331 count for nothing here)
    //   stories: reach 7500×0,62×0,92 = 4.278; impressions 7500×0,9×0,92 = 6.210; replies 20,7 → 21
    //   reach 3.953 + 4.278 = 8.231; engagements 351+38+26+57+21 = 493; rate 493 / 8.231 = 5,99 %
    //   fee spent: the gross fee Rp1.500.000 (the PPh 21 withheld is paid for her, not refunded);
    //   cost per engagement 1.500.000 / 493 = 3.042,60
    const nurul = report.participants.find((p) => p.kolName === 'Nurul Hidayah')!;
    expect(nurul).toMatchObject({ stage: 'completed', platform: 'instagram', reach: 8_231, impressions: 6_210, engagements: 493, engagementRate: 5.99, fee: 1_500_000 });
    expect(report.totals).toEqual({
      participants: 4,
      posts: 2,
      reach: 8_231,
      impressions: 6_210,
      engagements: 493,
      engagementRate: 5.99,
      feeSpent: 1_500_000,
      costPerEngagement: 3_042.6,
    });
  });
});

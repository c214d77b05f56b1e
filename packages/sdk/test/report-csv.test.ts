import { describe, expect, it } from 'vitest';
import { campaignReportCsv, type CampaignReport } from '../src/index.js';

const report: CampaignReport = {
  object: 'campaign_report',
  campaignId: 'cmp_demo',
  byStage: { applied: 0, accepted: 0, drafting: 0, in_review: 0, revision_requested: 0, approved: 0, posted: 0, insight_review: 0, insight_revision_requested: 0, completed: 1, rejected: 0, withdrawn: 0, paid: 1 },
  participants: [
    { participationId: 'par_a', kolName: 'Rina Marlina', stage: 'paid', postUrl: 'https://www.instagram.com/reel/A/', platform: 'instagram', reach: 18400, impressions: 24100, engagements: 1657, engagementRate: 9.01, fee: 1425000 },
    { participationId: 'par_b', kolName: '=Siti; "Bunda"', stage: 'completed', postUrl: null, platform: null, reach: 0, impressions: 0, engagements: 0, engagementRate: null, fee: null },
  ],
  totals: { participants: 2, posts: 1, reach: 18400, impressions: 24100, engagements: 1657, engagementRate: 9.01, feeSpent: 1425000, costPerEngagement: 860.0 },
};

describe('campaignReportCsv', () => {
  it('writes field names, stage keys, commas and decimal points for programs by default', () => {
    const lines = campaignReportCsv(report).split('\r\n');
    expect(lines[0]).toBe('participationId,kolName,stage,platform,postUrl,reach,impressions,engagements,engagementRate,fee');
    expect(lines[1]).toBe('par_a,Rina Marlina,paid,instagram,https://www.instagram.com/reel/A/,18400,24100,1657,9.01,1425000');
    expect(lines[3]).toBe('total,"2 participants, 1 posts",,,,18400,24100,1657,9.01,1425000');
  });

  it('writes for an Indonesian Excel with locale id: byte-order mark, semicolons, decimal comma, Indonesian words, formulas defused', () => {
    const csv = campaignReportCsv(report, { locale: 'id' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('ID partisipasi;KOL;Tahap;Platform;Postingan;Jangkauan;Tayangan;Interaksi;Engagement rate (%);Fee (Rp)');
    expect(lines[1]).toBe('par_a;Rina Marlina;Sudah dibayar;instagram;https://www.instagram.com/reel/A/;18400;24100;1657;9,01;1425000');
    expect(lines[2]).toBe(`par_b;"'=Siti; ""Bunda""";Selesai, menunggu pembayaran;;;0;0;0;;`);
    expect(lines[3]).toBe('Total;2 peserta, 1 postingan;;;;18400;24100;1657;9,01;1425000');
    expect(lines[4]).toBe('');
  });

  it('writes English words with commas and decimal points with locale en', () => {
    const lines = campaignReportCsv(report, { locale: 'en' }).slice(1).split('\r\n');
    expect(lines[1]).toBe('par_a,Rina Marlina,Paid,instagram,https://www.instagram.com/reel/A/,18400,24100,1657,9.01,1425000');
    expect(lines[3]).toBe('Total,"2 participants, 1 posts",,,,18400,24100,1657,9.01,1425000');
  });
});

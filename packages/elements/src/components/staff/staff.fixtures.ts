import { computePayout, type Brief, type Campaign, type Participation, type PayoutProfile, type Stage, type Upload } from '@ibusibuk/sdk';
import { demoBrief, demoCampaign, participationAt } from '../campaign/campaign.fixtures.js';
import type { CampaignReport } from '@ibusibuk/sdk';
import type { ApplicantsData } from '../applicants/applicants.component.js';
import type { ReviewQueueData } from '../review-queue/review-queue.component.js';
import type { PayoutsData } from '../payouts/payouts.component.js';
import type { CampaignReportData } from '../campaign-report/campaign-report.component.js';

// Data for the staff console's stories and controlled-mode tests, shaped like the API's responses.

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const picture = (hue: number, label: string) =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><rect width="400" height="500" fill="hsl(${hue} 70% 88%)"/><circle cx="200" cy="210" r="95" fill="hsl(${hue} 55% 68%)"/><text x="200" y="420" font-family="sans-serif" font-size="34" text-anchor="middle" fill="hsl(${hue} 40% 30%)">${label}</text></svg>`,
  );

interface Person {
  id: string;
  name: string;
  city: string;
  province: string;
  instagram: number;
  tiktok?: number;
  child?: [number, number];
}

const PEOPLE: Person[] = [
  { id: 'Rina', name: 'Rina Marlina', city: 'Bandung', province: 'Jawa Barat', instagram: 12_500, child: [2025, 11] },
  { id: 'Siti', name: 'Siti Rahmawati', city: 'Jakarta', province: 'DKI Jakarta', instagram: 48_200, tiktok: 21_000, child: [2025, 9] },
  { id: 'Dewi', name: 'Dewi Lestari', city: 'Medan', province: 'Sumatera Utara', instagram: 3_100, child: [2023, 2] },
  { id: 'Ayu', name: 'Ayu Pratiwi', city: 'Surabaya', province: 'Jawa Timur', instagram: 8_900, tiktok: 15_400, child: [2025, 12] },
  { id: 'Nurul', name: 'Nurul Hidayah', city: 'Yogyakarta', province: 'DI Yogyakarta', instagram: 26_000 },
  { id: 'Fitri', name: 'Fitri Handayani', city: 'Jakarta', province: 'DKI Jakarta', instagram: 7_400, child: [2025, 10] },
];

export const staffCampaign = (overrides: Partial<Campaign> = {}): Campaign => demoCampaign(overrides);

/** `who`'s participation at `stage`, entering it `hours` ago. */
export function staffParticipation(who: number, stage: Stage, hours = 5, campaign: Campaign = staffCampaign()): Participation {
  const person = PEOPLE[who % PEOPLE.length]!;
  const base = participationAt(stage, campaign);
  const history = base.history.map((h, i, all) => (i === all.length - 1 ? { ...h, at: ago(hours) } : h));
  const p: Participation = {
    ...base,
    id: `par_staff${person.id}${stage}`.slice(0, 30),
    kolId: `kol_staff${person.id}`,
    application: {
      ...base.application,
      submittedAt: ago(24 * (who + 1)),
      profile: {
        ...base.application.profile,
        name: person.name,
        email: `${person.id.toLowerCase()}@contoh.id`,
        city: person.city,
        province: person.province,
        socialAccounts: [
          { platform: 'instagram', handle: `@${person.id.toLowerCase()}.bunda`, followers: person.instagram },
          ...(person.tiktok ? [{ platform: 'tiktok' as const, handle: `@${person.id.toLowerCase()}.mama`, followers: person.tiktok }] : []),
        ],
        children: person.child ? [{ birthYear: person.child[0], birthMonth: person.child[1] }] : [],
      },
    },
    history,
    updatedAt: ago(hours),
  };
  if (stage === 'in_review' && p.drafts.length === 1) {
    const first = p.drafts[0]!;
    p.drafts = [
      { ...first, version: 1, status: 'revision_requested', feedback: 'Tolong tampilkan kemasan produk lebih jelas di 3 detik pertama, ya.', reviewedAt: ago(hours + 20), submittedAt: ago(hours + 30) },
      { ...first, version: 2 },
    ];
  }
  if (stage === 'in_review') {
    p.drafts = p.drafts.map((d, i, all) =>
      i === all.length - 1
        ? { ...d, mediaIds: ['upl_staffPhoto01', 'upl_staffPhoto02'], caption: 'MPASI pertama si Kecil pakai bubur organik, siap dalam 5 menit! #SiKecilOrganik @sikecilorganik', submittedAt: ago(hours) }
        : { ...d, caption: 'MPASI pertama si Kecil! #SiKecilOrganik' },
    );
  }
  if (stage === 'insight_review') {
    p.insights = [
      {
        version: 1,
        metrics: [
          { deliverableIndex: 0, values: { reach: 18_400, views: 24_100, likes: 1_320, comments: 86, shares: 41, saves: 210 }, engagementRate: 9.02 },
          { deliverableIndex: 2, values: { views: 15_800, likes: 940, comments: 52, shares: 30, saves: 75 }, engagementRate: 6.94 },
        ],
        screenshotIds: ['upl_staffShot01', 'upl_staffShot02'],
        note: 'Angka diambil 7 hari setelah tayang.',
        engagementRate: 8.11,
        status: 'in_review',
        officerNote: null,
        submittedAt: ago(hours),
        reviewedAt: null,
      },
    ];
  }
  return p;
}

export function staffUploads(): Upload[] {
  const upload = (id: string, hue: number, label: string): Upload => ({
    id,
    object: 'upload',
    kolId: 'kol_staffRina',
    kind: 'image',
    mimeType: 'image/svg+xml',
    size: 2048,
    url: picture(hue, label),
    urlExpiresAt: ago(-1),
    createdAt: ago(10),
  });
  return [upload('upl_staffPhoto01', 30, 'Foto 1'), upload('upl_staffPhoto02', 340, 'Foto 2'), upload('upl_staffShot01', 200, 'Insight 1'), upload('upl_staffShot02', 160, 'Insight 2')];
}

export function applicantsData(): ApplicantsData {
  const campaign = staffCampaign();
  return {
    campaign,
    participations: [
      staffParticipation(0, 'applied', 30, campaign),
      staffParticipation(1, 'applied', 20, campaign),
      staffParticipation(2, 'applied', 10, campaign),
      staffParticipation(3, 'applied', 5, campaign),
      staffParticipation(4, 'accepted', 50, campaign),
      staffParticipation(5, 'rejected', 60, campaign),
    ],
  };
}

export function reviewQueueData(): ReviewQueueData {
  const campaign = staffCampaign();
  const brief: Brief = demoBrief(campaign);
  return {
    participations: [staffParticipation(0, 'in_review', 30, campaign), staffParticipation(1, 'insight_review', 50, campaign), staffParticipation(3, 'in_review', 4, campaign)],
    campaigns: [campaign],
    briefs: [brief],
    uploads: staffUploads(),
  };
}

/** `p` with the payout the server computes: the fee less PPh 21, due in five working days. */
function withStatement(p: Participation, hasNpwp: boolean): Participation {
  const st = computePayout({ fee: p.payout!.amount, hasNpwp });
  const statement = { gross: st.gross, taxBase: st.taxBase, tax: st.tax, net: st.net, withNpwp: hasNpwp, configId: st.configId };
  return { ...p, payout: { ...p.payout!, amount: st.net, statement, expectedBy: '2026-06-12' } };
}

export function payoutsData(): PayoutsData {
  const campaign = staffCampaign();
  const nurul = withStatement(staffParticipation(4, 'completed', 40, campaign), true);
  const siti = withStatement(staffParticipation(1, 'completed', 10, campaign), false);
  const bank: PayoutProfile = {
    object: 'payout_profile',
    details: { method: 'bank', bankCode: '014', accountNumber: '8730127890', holderName: 'Nurul Hidayah' },
    masked: 'BCA •••• 7890',
    taxId: { kind: 'npwp', number: '09.254.294.3-407.000' },
    updatedAt: ago(24 * 30),
  };
  const none: PayoutProfile = { object: 'payout_profile', details: null, masked: null, taxId: null, updatedAt: null };
  return {
    campaigns: [campaign],
    participations: [nurul, siti, withStatement(staffParticipation(5, 'paid', 200, campaign), true)],
    profiles: { [nurul.id]: bank, [siti.id]: none },
  };
}

export function reportData(): CampaignReportData {
  const campaign = staffCampaign();
  const row = (i: number, stage: Stage, reach: number, impressions: number, engagements: number, fee: number | null) => ({
    participationId: `par_report${i}`,
    kolName: PEOPLE[i]!.name,
    stage,
    postUrl: reach ? `https://www.instagram.com/reel/DEMO${i}/` : null,
    platform: reach ? ('instagram' as const) : null,
    reach,
    impressions,
    engagements,
    engagementRate: reach ? Math.round((engagements / reach) * 10_000) / 100 : null,
    fee,
  });
  const participants = [
    row(0, 'paid', 18_400, 24_100, 1_657, 1_500_000),
    row(1, 'completed', 42_800, 51_300, 3_020, 1_500_000),
    row(3, 'insight_review', 9_600, 12_200, 640, null),
    row(4, 'posted', 0, 0, 0, null),
    row(5, 'drafting', 0, 0, 0, null),
  ];
  const report: CampaignReport = {
    object: 'campaign_report',
    campaignId: campaign.id,
    byStage: {
      applied: 6, accepted: 1, drafting: 1, in_review: 0, revision_requested: 0, approved: 0, posted: 1, insight_review: 1,
      insight_revision_requested: 0, completed: 1, rejected: 3, withdrawn: 1, paid: 1,
    },
    participants,
    totals: {
      participants: participants.length,
      posts: 4,
      reach: 70_800,
      impressions: 87_600,
      engagements: 5_317,
      engagementRate: 7.51,
      feeSpent: 3_000_000,
      costPerEngagement: 564.23,
    },
  };
  return { campaign, report };
}

import type { Brief, Campaign, Insight, Participation, Stage } from '@ibusibuk/sdk';

// Data for stories and controlled-mode tests: shaped exactly like the API's responses.

const DAY = 86_400_000;
const iso = (days: number, from = Date.now()): string => new Date(from + days * DAY).toISOString();

/** A soft illustrated cover, inline so stories work offline. */
export const COVER_SVG =
  'data:image/svg+xml,' +
  encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fde7d4"/><stop offset="1" stop-color="#f7c6da"/></linearGradient></defs>
  <rect width="1200" height="675" fill="url(#g)"/>
  <circle cx="930" cy="160" r="90" fill="#fff3b0" opacity=".9"/>
  <ellipse cx="600" cy="520" rx="300" ry="70" fill="#fff" opacity=".75"/>
  <path d="M420 500c0-120 80-200 180-200s180 80 180 200z" fill="#fff"/>
  <path d="M450 490c10-90 70-150 150-150s140 60 150 150z" fill="#f5b041"/>
  <circle cx="560" cy="400" r="22" fill="#e74c3c"/><circle cx="630" cy="380" r="26" fill="#7dcea0"/><circle cx="600" cy="440" r="20" fill="#f9e79f"/>
  <rect x="760" y="300" width="26" height="200" rx="13" fill="#d98880" transform="rotate(20 773 400)"/>
</svg>`);

export function demoCampaign(overrides: Partial<Campaign> = {}): Campaign {
  const now = Date.now();
  return {
    id: 'cmp_demoKecilOrganik01',
    object: 'campaign',
    slug: 'mpasi-organik-si-kecil',
    brand: { id: 'brd_siKecilOrganik', name: 'Si Kecil Organik', logoUrl: null },
    title: 'Cerita MPASI Pertama bersama Si Kecil Organik',
    summary: 'Bagikan momen MPASI pertama si Kecil dengan bubur organik tanpa gula dan garam tambahan.',
    description: [
      'Si Kecil Organik mencari **Bunda kreator** yang sedang atau akan memulai MPASI.',
      '',
      'Yang Bunda lakukan:',
      '- Coba 2 varian bubur organik selama seminggu',
      '- Ceritakan pengalaman menyiapkan MPASI yang praktis',
      '- Bagikan tips memperkenalkan rasa baru ke si Kecil',
      '',
      'Produk dikirim gratis ke alamat Bunda. [Baca tentang produk kami](https://example.com/produk).',
    ].join('\n'),
    coverUrl: COVER_SVG,
    platforms: ['instagram', 'tiktok'],
    deliverables: [
      { platform: 'instagram', format: 'reel', quantity: 1 },
      { platform: 'instagram', format: 'story', quantity: 3 },
      { platform: 'tiktok', format: 'video', quantity: 1 },
    ],
    compensation: { type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket 6 varian bubur organik (6–12 bulan)', productValue: 420_000 },
    slots: 20,
    slotsFilled: 17,
    requirements: {
      minFollowers: { instagram: 5000 },
      cities: ['Jakarta', 'Bandung', 'Surabaya'],
      provinces: [],
      childAgeMonths: { min: 6, max: 12 },
      niches: ['parenting', 'MPASI'],
    },
    rules: { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 },
    timeline: {
      applyBy: iso(3, now),
      draftDue: iso(10, now),
      postWindow: { start: iso(14, now), end: iso(21, now) },
      insightDue: iso(28, now),
    },
    tags: ['MPASI', 'Organik', 'Bayi 6–12 bulan'],
    status: 'open',
    createdAt: iso(-7, now),
    updatedAt: iso(-7, now),
    ...overrides,
  };
}

export function demoBrief(campaign: Campaign = demoCampaign()): Brief {
  return {
    object: 'brief',
    campaignId: campaign.id,
    version: 1,
    objective: 'Mengenalkan bubur organik Si Kecil Organik sebagai MPASI pertama yang praktis dan aman.',
    body: 'Tunjukkan proses menyiapkan bubur **kurang dari 5 menit**.',
    keyMessages: ['Tanpa gula dan garam tambahan', 'Bahan organik bersertifikat'],
    dos: ['Tampilkan wajah si Kecil saat mencoba', 'Sebut varian yang dicoba'],
    donts: ['Jangan membandingkan dengan merek lain'],
    hashtags: ['#SiKecilOrganik', '#MPASIPertama'],
    mentions: ['@sikecilorganik'],
    captionGuidelines: 'Gunakan bahasa sehari-hari, maksimal 150 kata.',
    references: [],
    updatedAt: campaign.updatedAt,
  };
}

const PATH: Stage[] = [
  'applied',
  'accepted',
  'drafting',
  'in_review',
  'revision_requested',
  'in_review',
  'approved',
  'posted',
  'insight_review',
  'insight_revision_requested',
  'insight_review',
  'completed',
  'paid',
];

/** A participation that went the usual way (one draft revision, one insight fix) up to `stage`. */
export function participationAt(stage: Stage, campaign: Campaign = demoCampaign()): Participation {
  const now = Date.now();
  const at = (i: number) => iso(-(PATH.length - i), now);
  const upTo = stage === 'rejected' || stage === 'withdrawn' ? ['applied' as Stage, stage] : PATH.slice(0, PATH.indexOf(stage) + 1);
  const history = upTo.map((to, i) => ({
    from: i === 0 ? null : upTo[i - 1]!,
    to,
    action: to,
    actor: { role: i === 0 || to === 'withdrawn' ? ('kol' as const) : ('officer' as const), id: 'kol_demoRina0001' },
    note:
      to === 'rejected'
        ? 'Terima kasih, Bunda. Untuk kampanye ini kami mencari kreator dengan si Kecil usia 6–12 bulan.'
        : to === 'revision_requested'
          ? 'Tolong tampilkan kemasan produk lebih jelas di 3 detik pertama, ya.'
          : null,
    at: at(i),
  }));
  const reached = (s: Stage) => upTo.includes(s);
  const draftCount = upTo.filter((s) => s === 'in_review').length;
  return {
    id: 'par_demoRina0001',
    object: 'participation',
    campaignId: campaign.id,
    kolId: 'kol_demoRina0001',
    stage,
    application: {
      profile: {
        name: 'Rina Marlina',
        email: 'rina@contoh.id',
        whatsapp: '+6281234567890',
        city: 'Bandung',
        province: 'Jawa Barat',
        socialAccounts: [{ platform: 'instagram', handle: '@rina.bundasehat', followers: 12_500 }],
        children: [{ birthYear: 2025, birthMonth: 11 }],
        niches: ['parenting', 'MPASI'],
      },
      answers: {
        whyMe: 'Saya sedang memulai MPASI untuk anak kedua dan rutin berbagi resep di Instagram.',
        contentIdea: 'Reels "sehari MPASI" dari menyiapkan bubur sampai si Kecil lahap makan.',
        eligibility: { meetsRequirements: true, willFollowBrief: true },
      },
      attribution: { source: 'brand-site', utm: {}, pageUrl: null },
      submittedAt: at(0),
    },
    drafts: Array.from({ length: draftCount }, (_, i) => {
      const revised = i + 1 < draftCount || stage === 'revision_requested';
      return {
        version: i + 1,
        caption: 'MPASI pertama si Kecil! #SiKecilOrganik #MPASIPertama @sikecilorganik',
        mediaIds: ['upl_demoDraft00' + (i + 1)],
        note: null,
        status: revised ? ('revision_requested' as const) : reached('approved') ? ('approved' as const) : ('in_review' as const),
        feedback: revised ? 'Tolong tampilkan kemasan produk lebih jelas di 3 detik pertama, ya.' : null,
        submittedAt: at(3 + i * 2),
        reviewedAt: revised || reached('approved') ? at(4 + i * 2) : null,
      };
    }),
    post: reached('posted') ? { url: 'https://www.instagram.com/reel/DEMO123/', platform: 'instagram', postedAt: at(7) } : null,
    insights: [],
    payout: reached('completed')
      ? {
          amount: campaign.compensation.fee,
          status: stage === 'paid' ? 'paid' : 'pending',
          paidAt: stage === 'paid' ? at(12) : null,
          reference: stage === 'paid' ? 'TRF-2026-0612-001' : null,
        }
      : null,
    history,
    createdAt: at(0),
    updatedAt: at(upTo.length - 1),
  };
}

/** Stages at which she has sent her post's insight. */
const INSIGHT_SENT: Stage[] = ['insight_review', 'insight_revision_requested', 'completed', 'paid'];

/** `participationAt(stage)` plus the insight she would have sent by then (for the demo campaign's three deliverables). */
export function withInsight(stage: Stage, campaign: Campaign = demoCampaign()): Participation {
  const p = participationAt(stage, campaign);
  if (!INSIGHT_SENT.includes(stage)) return p;
  const fix = stage === 'insight_revision_requested';
  const insight: Insight = {
    version: 1,
    metrics: [
      { deliverableIndex: 0, values: { reach: 12_500, views: 18_300, likes: 940, comments: 85, shares: 40, saves: 120 }, engagementRate: 9.48 },
      { deliverableIndex: 1, values: { reach: 4200, impressions: 5100, replies: 12, linkClicks: 60 }, engagementRate: 0.29 },
      { deliverableIndex: 2, values: { views: 22_000, likes: 1300, comments: 70, shares: 55, saves: 90 }, engagementRate: 6.88 },
    ],
    screenshotIds: ['upl_demoShot0001', 'upl_demoShot0002'],
    note: null,
    engagementRate: 7.12,
    status: fix ? 'fix_requested' : stage === 'insight_review' ? 'in_review' : 'approved',
    officerNote: fix ? 'Angka jangkauan Reels tidak sama dengan tangkapan layar. Mohon unggah tangkapan layar halaman Insight yang lengkap, ya.' : null,
    submittedAt: p.updatedAt,
    reviewedAt: fix ? p.updatedAt : null,
  };
  return { ...p, insights: [insight] };
}

import type { Campaign, Participation } from '../../src/index.js';

const at = '2026-06-01T00:00:00.000Z';

/** A campaign exactly as the API sends it. */
export function campaign(n = 1, overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: `cmp_test${String(n).padStart(4, '0')}`,
    object: 'campaign',
    slug: `kampanye-${n}`,
    brand: { id: 'brd_test0001', name: 'Susu Bunda', logoUrl: null },
    title: `Kampanye ${n}`,
    summary: 'Ringkasan',
    description: '# Deskripsi',
    coverUrl: null,
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_500_000, productDescription: null, productValue: null },
    slots: 10,
    slotsFilled: 0,
    requirements: { minFollowers: {}, cities: [], provinces: [], childAgeMonths: null, niches: [] },
    rules: { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 },
    timeline: {
      applyBy: '2026-07-01T00:00:00.000Z',
      draftDue: '2026-07-10T00:00:00.000Z',
      postWindow: { start: '2026-07-15T00:00:00.000Z', end: '2026-07-20T00:00:00.000Z' },
      insightDue: '2026-07-30T00:00:00.000Z',
    },
    tags: [],
    status: 'open',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A participation in stage `applied`, as the API sends it. */
export function participation(overrides: Partial<Participation> = {}): Participation {
  return {
    id: 'par_test0001',
    object: 'participation',
    campaignId: 'cmp_test0001',
    kolId: 'kol_test0001',
    stage: 'applied',
    application: {
      profile: {
        name: 'Siti',
        email: 'siti@example.com',
        whatsapp: '+6281234567890',
        city: 'Jakarta',
        province: null,
        socialAccounts: [{ platform: 'instagram', handle: '@siti', followers: 12000 }],
        children: [],
        niches: [],
      },
      answers: { whyMe: 'x'.repeat(20), contentIdea: 'y'.repeat(20), eligibility: { meetsRequirements: true, willFollowBrief: true } },
      attribution: { source: null, utm: {}, pageUrl: null },
      submittedAt: at,
    },
    drafts: [],
    post: null,
    insights: [],
    payout: null,
    history: [{ from: null, to: 'applied', action: 'apply', actor: { role: 'kol', id: 'kol_test0001' }, note: null, at }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A list body of the API. */
export const list = <T>(data: T[], nextCursor: string | null = null) => ({
  object: 'list',
  data,
  hasMore: nextCursor !== null,
  nextCursor,
});

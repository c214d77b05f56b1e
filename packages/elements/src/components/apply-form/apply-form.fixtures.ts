import type { Campaign, KolProfile } from '@ibusibuk/sdk';

// Data for stories and controlled-mode tests, shaped exactly like the API's responses.

const DAY = 86_400_000;
const iso = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

/** An open campaign with every kind of requirement. */
export function applyCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'cmp_applyDemo000001',
    object: 'campaign',
    slug: 'mpasi-organik-si-kecil',
    brand: { id: 'brd_siKecilOrganik', name: 'Si Kecil Organik', logoUrl: null },
    title: 'Cerita MPASI Pertama bersama Si Kecil Organik',
    summary: 'Bagikan momen MPASI pertama si Kecil dengan bubur organik.',
    description: 'Si Kecil Organik mencari Bunda kreator yang sedang memulai MPASI.',
    coverUrl: null,
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket bubur organik', productValue: 350_000 },
    slots: 20,
    slotsFilled: 4,
    requirements: {
      minFollowers: { instagram: 5000 },
      cities: ['Jakarta', 'Bandung'],
      provinces: ['Jawa Barat'],
      childAgeMonths: { min: 6, max: 24 },
      niches: ['parenting', 'MPASI'],
    },
    rules: { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 },
    timeline: {
      applyBy: iso(5),
      draftDue: iso(12),
      postWindow: { start: iso(14), end: iso(21) },
      insightDue: iso(28),
    },
    tags: ['MPASI'],
    status: 'open',
    createdAt: iso(-3),
    updatedAt: iso(-3),
    ...overrides,
  };
}

/** A campaign any mother may apply to. */
export const openToAll = (): Campaign =>
  applyCampaign({
    id: 'cmp_applyDemoOpen001',
    title: 'Review Mainan Edukatif Kayu',
    brand: { id: 'brd_kayuCeria', name: 'Kayu Ceria', logoUrl: null },
    requirements: { minFollowers: {}, cities: [], provinces: [], childAgeMonths: null, niches: [] },
  });

/** A KOL who applied before: her saved profile. */
export function savedProfile(overrides: Partial<KolProfile> = {}): KolProfile {
  return {
    id: 'kol_demoRina0001',
    object: 'kol',
    email: 'rina@contoh.id',
    name: 'Rina Marlina',
    whatsapp: '+6281234567890',
    city: 'Bandung',
    province: 'Jawa Barat',
    socialAccounts: [{ platform: 'instagram', handle: '@rina.bundasehat', followers: 12_500 }],
    children: [{ birthYear: 2025, birthMonth: 8 }],
    niches: ['parenting', 'mpasi'],
    ...overrides,
  };
}

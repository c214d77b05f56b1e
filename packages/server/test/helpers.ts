import { DEFAULT_CAMPAIGN_RULES } from '@ibusibuk/sdk';
import type { CampaignFields } from '../src/domain/campaign.js';

/** A campaign's stored fields with sensible defaults, for store-level tests. */
export function campaignFields(overrides: Partial<CampaignFields> = {}): CampaignFields {
  return {
    slug: `kampanye-${Math.random().toString(36).slice(2, 8)}`,
    brand: { name: 'Si Kecil Organik', logoUrl: null },
    title: 'MPASI Pertama',
    summary: 'Ringkasan',
    description: 'Deskripsi',
    coverUrl: null,
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_000_000, productDescription: null, productValue: null },
    slots: 2,
    requirements: { minFollowers: {}, cities: [], provinces: [], childAgeMonths: null, niches: [] },
    rules: DEFAULT_CAMPAIGN_RULES,
    timeline: {
      applyBy: '2026-06-15T00:00:00.000Z',
      draftDue: '2026-06-22T00:00:00.000Z',
      postWindow: { start: '2026-06-25T00:00:00.000Z', end: '2026-07-02T00:00:00.000Z' },
      insightDue: '2026-07-09T00:00:00.000Z',
    },
    tags: [],
    status: 'open',
    ...overrides,
  };
}

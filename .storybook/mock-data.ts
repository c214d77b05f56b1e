/** What the Storybook mock API (mock-api.ts) answers with: the elements' own fixtures. */
import { applyCampaign, openToAll, savedProfile } from '../packages/elements/src/components/apply-form/apply-form.fixtures.js';
import { participationAt } from '../packages/elements/src/components/campaign/campaign.fixtures.js';
import type { MockData } from './mock-api.js';

/** A campaign she applied to before: the form's "already registered" state. */
export const APPLIED_BEFORE = applyCampaign({
  id: 'cmp_sudahDaftar00001',
  slug: 'tujuh-hari-tanpa-ruam-popok',
  brand: { id: 'brd_popokLembut', name: 'Popok Lembut', logoUrl: null },
  title: 'Tantangan 7 Hari tanpa Ruam Popok',
  summary: 'Ceritakan tujuh hari si Kecil memakai popok baru dan hasilnya untuk kulitnya.',
});

export function storyData(): MockData {
  return {
    kol: savedProfile(),
    campaigns: [applyCampaign(), openToAll(), APPLIED_BEFORE],
    appliedTo: [APPLIED_BEFORE.id],
    participationFor: (campaign, profile) => {
      const participation = participationAt('applied', campaign);
      return { ...participation, application: { ...participation.application, profile } };
    },
    payoutProfile: {
      details: { method: 'bank', bankCode: '014', accountNumber: '0123457890', holderName: 'Rina Marlina' },
      taxId: { kind: 'npwp', number: '0912345678901000' },
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IbuSibukError } from '@ibusibuk/sdk';
import { campaignInput, participationAt, perform, startApi, type Api } from './support.js';

let api: Api;
let campaignId: string;
beforeAll(async () => {
  api = await startApi();
  campaignId = (await api.openCampaign()).id;
});
afterAll(() => api.close());

describe('payouts the Indonesian way', () => {
  it('keeps where her fees go, masked for the screen, and shows it in full to her and the officer', async () => {
    const { participation, kol } = await participationAt(api, campaignId, 'accepted');
    await expect(kol.payoutProfiles.get()).resolves.toMatchObject({ details: null, masked: null, taxId: null });
    const saved = await kol.payoutProfiles.update({
      details: { method: 'bank', bankCode: '014', accountNumber: '1234 5678 90', holderName: 'Siti Rahmawati' },
      taxId: { kind: 'nik', number: '3273014107900001' },
    });
    expect(saved).toMatchObject({ masked: 'BCA •••• 7890', details: { accountNumber: '1234567890' }, taxId: { kind: 'nik' } });
    await expect(api.officer.payoutProfiles.forParticipation(participation.id)).resolves.toEqual(saved);
    const other = await api.newKol();
    await expect(other.payoutProfiles.forParticipation(participation.id)).rejects.toMatchObject({ status: 403 });
  });

  it('withholds PPh 21 at the NPWP rate when she gave a NIK, and records only that amount', async () => {
    const { participation, kol, actors } = await participationAt(api, campaignId, 'insight_review');
    await kol.payoutProfiles.update({
      details: { method: 'ewallet', provider: 'gopay', phone: '081234567890', name: 'Siti' },
      taxId: { kind: 'nik', number: '3273014107900001' },
    });
    const completed = await perform('approveInsight', participation.id, actors);
    // Rp1.500.000: 50 % base Rp750.000 × 5 % = Rp37.500 withheld; Rp1.462.500 transferred.
    expect(completed.payout).toMatchObject({ amount: 1_462_500, statement: { tax: 37_500, withNpwp: true } });
    const paid = await api.officer.payouts.record(participation.id, { amount: 1_462_500, reference: 'TRF-2026-06-0002' });
    expect(paid.payout).toMatchObject({ status: 'paid', amount: 1_462_500, statement: { tax: 37_500 } });
  });

  it('keeps a product’s market value on the campaign, outside the withholding by default, and refuses one on a fee-only campaign', async () => {
    const withProduct = await api.openCampaign({
      compensation: { type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket MPASI 1 bulan', productValue: 450_000 },
    });
    expect(withProduct.compensation).toEqual({ type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket MPASI 1 bulan', productValue: 450_000 });
    const { participation, kol, actors } = await participationAt(api, withProduct.id, 'insight_review');
    await kol.payoutProfiles.update({
      details: { method: 'ewallet', provider: 'ovo', phone: '081234567891', name: 'Rina' },
      taxId: { kind: 'nik', number: '3273014107900002' },
    });
    const completed = await perform('approveInsight', participation.id, actors);
    // PPh21_NON_EMPLOYEE_2024 leaves the product out of gross income: the same Rp37.500 as a fee alone.
    expect(completed.payout).toMatchObject({ amount: 1_462_500, statement: { gross: 1_500_000, tax: 37_500 } });

    const refused = await api.officer.campaigns
      .create(campaignInput({ compensation: { type: 'paid', fee: 1_000_000, productValue: 200_000 } }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(IbuSibukError);
    expect(refused).toMatchObject({ status: 400, code: 'validation_error', fields: { 'compensation.productValue': expect.stringContaining('barter') } });
    const unchanged = await api.officer.campaigns.update(withProduct.id, { compensation: { type: 'barter', fee: 0, productValue: 450_000 } });
    expect(unchanged.compensation).toMatchObject({ type: 'barter', productValue: 450_000, productDescription: null });
  });
});

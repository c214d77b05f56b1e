import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/campaign/campaign.js';
import '../src/components/review-queue/review-queue.js';
import '../src/components/payouts/payouts.js';
import type { IbuSibukReviewQueue } from '../src/components/review-queue/review-queue.component.js';
import type { IbuSibukPayouts } from '../src/components/payouts/payouts.component.js';
import { $, $$, inStaffProvider, staffToken, text } from './support/staff.js';
import { until } from './support/dom.js';
import { officer } from './fixtures.js';
import { freshCampaign, kolCampaign, newKol, submittedDraft, submittedInsight, tabTo } from './support/journey.js';

// The officer's side and the KOL's side of one participation, in Chromium against the real server:
// each officer move is made in the staff elements, and the KOL's own campaign shows its result.

describe('staff console journey (staff session, real server)', () => {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('an officer reviews a submitted draft with the keyboard only, approves the insight, records the payout, and the KOL sees each result', async function () {
    this.timeout(90_000);
    const campaign = await freshCampaign();
    const { token: kolToken, kol } = await newKol();
    await kol.payoutProfiles.update({
      details: { method: 'bank', bankCode: '014', accountNumber: '8730127890', holderName: 'Dewi Anggraini' },
      taxId: { kind: 'npwp', number: '092542943407000' },
    });
    let p = await submittedDraft(kol, campaign);
    expect((await kolCampaign(kolToken, campaign, 'in_review')).textContent).to.contain('Draf sedang ditinjau');

    // The draft, with Tab, Enter and Space only.
    const queue = await inStaffProvider<IbuSibukReviewQueue>(`<ibusibuk-review-queue campaign="${campaign.id}"></ibusibuk-review-queue>`, token);
    await until(() => $$(queue, '.item').length === 1, 10_000, 'the draft in the queue');
    await expect(queue).to.be.accessible();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((a) => a.classList.contains('item'), 'the queue item');
    await sendKeys({ press: 'Enter' });
    await until(() => $(queue, '#review-note'), 5000, 'the draft opened');
    expect($(queue, '#detail-title')!.textContent).to.contain('Draf v1');
    await expect(queue).to.be.accessible();
    await tabTo((a) => a.id === 'review-note', 'the note');
    await sendKeys({ type: 'Bagus sekali, silakan tayang.' });
    await tabTo((a) => a.classList.contains('approve'), 'approve');
    const approved = oneEvent(queue, 'ibusibuk-draft-approve');
    await sendKeys({ press: 'Space' });
    expect((await approved).detail.participation.stage).to.equal('approved');
    p = await officer('participations', 'get', p.id);
    expect(p.history.at(-1)!.note).to.equal('Bagus sekali, silakan tayang.');
    expect((await kolCampaign(kolToken, campaign, 'approved')).textContent).to.contain('Draf disetujui, saatnya tayang!');

    // The insight.
    p = await submittedInsight(kol, campaign, p);
    expect((await kolCampaign(kolToken, campaign, 'insight_review')).textContent).to.contain('Insight sedang dicek');
    const queue2 = await inStaffProvider<IbuSibukReviewQueue>(`<ibusibuk-review-queue campaign="${campaign.id}"></ibusibuk-review-queue>`, token);
    await until(() => $$(queue2, '.item').length === 1, 10_000, 'the insight in the queue');
    $<HTMLButtonElement>(queue2, '.item')!.click();
    await until(() => $(queue2, '.approve'), 5000, 'the insight opened');
    expect($(queue2, '#detail-title')!.textContent).to.contain('Insight v1');
    await expect(queue2).to.be.accessible();
    const done = oneEvent(queue2, 'ibusibuk-insight-approve');
    $<HTMLButtonElement>(queue2, '.approve')!.click();
    expect((await done).detail.participation.stage).to.equal('completed');
    expect((await kolCampaign(kolToken, campaign, 'completed')).textContent).to.contain('Semua tugas selesai!');

    // The payout: gross, tax, net, due date, where to transfer, the net prefilled.
    p = await officer('participations', 'get', p.id);
    const statement = p.payout!.statement!;
    expect(statement).to.include({ gross: 1_500_000, tax: 37_500, net: 1_462_500, withNpwp: true });
    const payouts = await inStaffProvider<IbuSibukPayouts>(`<ibusibuk-payouts campaign="${campaign.id}"></ibusibuk-payouts>`, token);
    await until(() => $(payouts, '[part="destination"] .account'), 10_000, 'the pending payout with its destination');
    const row = $(payouts, '[part="pending"]')!;
    const shown = row.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.match(/Fee \(bruto\)\s?Rp\s?1\.500\.000/);
    expect(shown).to.match(/PPh 21 dipotong\s?− Rp\s?37\.500/);
    expect(shown).to.match(/Diterima KOL \(neto\)\s?Rp\s?1\.462\.500/);
    expect(shown).to.match(/Dibayar paling lambat\s?\d{1,2} \w{3} 2026/);
    expect(p.payout!.expectedBy).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.querySelector('.account')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Rekening bank BCA •••• 7890');
    expect(shown).to.contain('a.n. Dewi Anggraini');
    const amount = row.querySelector<HTMLInputElement>(`#amount-${p.id}`)!;
    expect(amount.value).to.equal('1462500');
    await expect(payouts).to.be.accessible();
    await tabTo((a) => a.id === `reference-${p.id}`, 'the reference');
    await sendKeys({ type: 'TRF-20260603-0042' });
    const recorded = oneEvent(payouts, 'ibusibuk-payout-record');
    await sendKeys({ press: 'Enter' });
    expect((await recorded).detail.participation.stage).to.equal('paid');
    await until(() => $(payouts, `[data-paid="${p.id}"]`), 5000, 'the recorded row');
    expect(text(payouts)).to.contain('TRF-20260603-0042');
    await expect(payouts).to.be.accessible();
    expect((await officer('participations', 'get', p.id)).payout.reference).to.equal('TRF-20260603-0042');
    expect((await kolCampaign(kolToken, campaign, 'paid')).textContent).to.contain('Pembayaran sudah dikirim');
  });
});

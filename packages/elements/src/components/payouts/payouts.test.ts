import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './payouts.js';
import '../provider/provider.js';
import type { IbuSibukPayouts } from './payouts.component.js';
import { payoutsData } from '../staff/staff.fixtures.js';
import { $, $$, inStaffProvider, shadow, staffToken, text } from '../../../test/support/staff.js';
import { officer } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';
import { freshCampaign, newKol, submittedDraft, submittedInsight } from '../../../test/support/journey.js';

async function controlled(locale = 'id') {
  const el = await fixture<IbuSibukPayouts>(html`<ibusibuk-payouts locale=${locale} .data=${payoutsData()}></ibusibuk-payouts>`);
  await el.updateComplete;
  return el;
}

describe('<ibusibuk-payouts> controlled', () => {
  it('shows each pending payout with fee, tax withheld, net, due date and where to transfer, the net prefilled (id)', async () => {
    const el = await controlled();
    const rows = $$(el, '[part="pending"]');
    expect(rows.map((r) => r.querySelector('h4')!.textContent)).to.deep.equal(['Nurul Hidayah', 'Siti Rahmawati']);
    const statement = [...rows[0]!.querySelectorAll('.statement div')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(statement).to.have.length(4);
    expect(statement[0]).to.match(/^Fee \(bruto\)\s?Rp\s?1\.500\.000$/);
    expect(statement[1]).to.match(/^PPh 21 dipotong\s?− Rp\s?37\.500$/);
    expect(statement[2]).to.match(/^Diterima KOL \(neto\)\s?Rp\s?1\.462\.500$/);
    expect(statement[3]).to.match(/^Dibayar paling lambat\s?12 Jun 2026$/);
    expect(rows[0]!.querySelector<HTMLInputElement>('input')!.value).to.equal('1462500');
    const to = rows[0]!.querySelector('[part="destination"]')!.textContent!.replace(/\s+/g, ' ');
    expect(to).to.contain('Rekening bank BCA •••• 7890');
    expect(to).to.contain('a.n. Nurul Hidayah');
    // Without an NPWP more is withheld, and the row says why.
    expect(rows[1]!.querySelector('.statement')!.textContent).to.contain('Tanpa NPWP: tarif 20% lebih tinggi');
    expect(rows[1]!.querySelector<HTMLInputElement>('input')!.value).to.equal('1455000');
    const paid = $$(el, '[part="recorded"] tbody tr');
    expect(paid).to.have.length(1);
    expect(paid[0]!.textContent).to.contain('TRF-2026-0612-001');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the KOL gave no payout details, and keeps the form to record', async () => {
    const el = await controlled();
    const siti = $$(el, '[part="pending"]')[1]!;
    const note = siti.querySelector('[part="destination"]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('Data pembayaran belum diisi');
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('Siti Rahmawati belum mengisi rekening bank atau e-wallet');
    expect(siti.querySelector('form.pay button[type="submit"]')).to.exist;
  });

  it('asks for the transfer reference before recording', async () => {
    const el = await controlled();
    const form = $$<HTMLFormElement>(el, 'form.pay')[0]!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Nomor referensi transfer wajib diisi.');
    expect(shadow(el).activeElement!.id).to.match(/^reference-/);
    await expect(el).to.be.accessible();
  });

  it('speaks English (en)', async () => {
    const el = await controlled('en');
    expect($(el, 'h2')!.textContent).to.equal('KOL payouts');
    expect(text(el)).to.contain('Transfer reference');
    expect(text(el)).to.contain('PPh 21 withheld');
    expect(text(el)).to.contain('No payout details yet');
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-payouts> against the server (staff session)', function () {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('records the payout of a KOL who gave no payout details, saying so first', async function () {
    this.timeout(60_000);
    const campaign = await freshCampaign();
    const { kol } = await newKol('Ayu Pratiwi');
    let p = await submittedDraft(kol, campaign, 'Ayu Pratiwi');
    await officer('drafts', 'approve', p.id, {});
    p = await submittedInsight(kol, campaign, p);
    p = await officer('insights', 'approve', p.id, {});
    const el = await inStaffProvider<IbuSibukPayouts>(`<ibusibuk-payouts campaign="${campaign.id}"></ibusibuk-payouts>`, token);
    await until(() => $(el, '[part="destination"]'), 10_000, 'the pending payout');
    expect($(el, '[part="destination"]')!.textContent).to.contain('Ayu Pratiwi belum mengisi rekening bank atau e-wallet');
    await expect(el).to.be.accessible();
    const form = $<HTMLFormElement>(el, 'form.pay')!;
    expect(form.querySelector<HTMLInputElement>(`#amount-${p.id}`)!.value).to.equal(String(p.payout!.amount));
    const ref = form.querySelector<HTMLInputElement>(`#reference-${p.id}`)!;
    ref.value = 'TRF-TEST-0001';
    ref.dispatchEvent(new Event('input'));
    const recorded = oneEvent(el, 'ibusibuk-payout-record');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await recorded).detail.participation.stage).to.equal('paid');
    expect((await officer('participations', 'get', p.id)).payout.reference).to.equal('TRF-TEST-0001');
    await until(() => $(el, `[data-paid="${p.id}"]`), 3000, 'the recorded row');
    await expect(el).to.be.accessible();
  });

  it('lists a barter participation without a transfer to record', async () => {
    const el = await inStaffProvider<IbuSibukPayouts>('<ibusibuk-payouts></ibusibuk-payouts>', token, 'en');
    await until(() => $(el, '[part="pending"]'), 10_000, 'the pending payouts');
    const nurul = $$(el, '[part="pending"]').find((r) => r.textContent!.includes('Nurul Hidayah'))!;
    expect(nurul.textContent).to.contain('Barter campaign: there is no fee to transfer.');
    expect(nurul.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './payouts.js';
import '../provider/provider.js';
import type { IbuSibukPayouts } from './payouts.component.js';
import { payoutsData } from '../staff/staff.fixtures.js';
import { $, $$, inStaffProvider, shadow, staffToken, text } from '../../../test/support/staff.js';
import { officer } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';

async function controlled(locale = 'id') {
  const el = await fixture<IbuSibukPayouts>(html`<ibusibuk-payouts locale=${locale} .data=${payoutsData()}></ibusibuk-payouts>`);
  await el.updateComplete;
  return el;
}

describe('<ibusibuk-payouts> controlled', () => {
  it('lists completed participations with the amount prefilled, and recorded payouts with reference and date (id)', async () => {
    const el = await controlled();
    const rows = $$(el, '[part="pending"]');
    expect(rows.map((r) => r.querySelector('h4')!.textContent)).to.deep.equal(['Nurul Hidayah', 'Siti Rahmawati']);
    expect(rows[0]!.querySelector<HTMLInputElement>('input')!.value).to.equal('1500000');
    const paid = $$(el, '[part="recorded"] tbody tr');
    expect(paid).to.have.length(1);
    expect(paid[0]!.textContent).to.contain('TRF-2026-0612-001');
    await expect(el).to.be.accessible();
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
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-payouts> against the server (staff session)', function () {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('records a payout with its reference', async () => {
    const el = await inStaffProvider<IbuSibukPayouts>('<ibusibuk-payouts></ibusibuk-payouts>', token);
    await until(() => $(el, '[part="pending"]'), 10_000, 'a completed participation');
    const form = $<HTMLFormElement>(el, 'form.pay')!;
    const id = form.querySelector('input')!.id.replace('amount-', '');
    const ref = form.querySelector<HTMLInputElement>('input[id^="reference-"]')!;
    ref.value = 'TRF-TEST-0001';
    ref.dispatchEvent(new Event('input'));
    const recorded = oneEvent(el, 'ibusibuk-payout-record');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await recorded).detail.participation.stage).to.equal('paid');
    const p = await officer('participations', 'get', id);
    expect(p.payout.reference).to.equal('TRF-TEST-0001');
    await until(() => $(el, `[data-paid="${id}"]`), 3000, 'the recorded row');
    await expect(el).to.be.accessible();
  });
});

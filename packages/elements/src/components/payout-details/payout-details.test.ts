import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient } from '@ibusibuk/sdk';
import { apiBase, PUBLISHABLE_KEY, signInKol } from '../../../test/fixtures.js';
import '../provider/provider.js';
import './payout-details.js';
import type { IbuSibukPayoutDetails } from './payout-details.component.js';
import { $, until } from '../../../test/support/dom.js';

async function mount(token: string, locale: 'id' | 'en' = 'id', attrs: { locked?: boolean; onlyIfMissing?: boolean } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<ibusibuk-provider
    api-base=${apiBase()}
    publishable-key=${PUBLISHABLE_KEY}
    session-token=${token}
    locale=${locale}
  >
    <ibusibuk-payout-details ?locked=${attrs.locked ?? false} ?only-if-missing=${attrs.onlyIfMissing ?? false}></ibusibuk-payout-details>
  </ibusibuk-provider>`);
  return wrapper.querySelector('ibusibuk-payout-details')!;
}

async function set(el: IbuSibukPayoutDetails, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: IbuSibukPayoutDetails, name: string, value: string) {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

describe('<ibusibuk-payout-details>', () => {
  it('asks where her fee goes, refuses a bad number, saves to the server and shows it masked', async () => {
    const { token } = await signInKol();
    const el = await mount(token);
    await until(() => $(el, 'form'), 8000, 'the form');
    expect($(el, 'h3')!.textContent).to.equal('Rekening untuk fee Bunda');
    expect($(el, '.intro')!.textContent).to.contain('Boleh diisi nanti');
    expect($(el, '[data-tax-note]')!.textContent).to.equal('Tanpa NPWP/NIK, PPh 21 yang dipotong dari fee Bunda 20 % lebih tinggi.');
    await expect(el).to.be.accessible();

    await set(el, '#pd-details-bankCode', '014');
    await set(el, '#pd-details-accountNumber', '12');
    await set(el, '#pd-details-holderName', 'Dewi Anggraini');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '#pd-details-accountNumber-error'), 2000, 'the field error');
    expect($(el, '#pd-details-accountNumber-error')!.textContent).to.equal('Nomor rekening terdiri dari 5–20 angka.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('pd-details-accountNumber');

    await set(el, '#pd-details-accountNumber', '123 456 7890');
    await choose(el, 'taxKind', 'npwp');
    await set(el, '#pd-taxId-number', '12.345.678.9-012.345');
    const saved = oneEvent(el, 'ibusibuk-payout-profile-save');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    const { detail } = await saved;
    expect(detail.profile.masked).to.equal('BCA •••• 7890');
    await el.updateComplete;
    expect($(el, '[data-masked]')!.textContent).to.equal('BCA •••• 7890');
    expect($(el, '[data-tax-id]')!.textContent).to.equal('NPWP sudah diisi');
    expect(el.shadowRoot!.textContent).not.to.contain('1234567890');
    await expect(el).to.be.accessible();

    const stored = await createClient({ baseUrl: apiBase(), sessionToken: token }).payoutProfiles.get();
    expect(stored.details).to.deep.equal({ method: 'bank', bankCode: '014', accountNumber: '1234567890', holderName: 'Dewi Anggraini' });
    expect(stored.taxId).to.deep.equal({ kind: 'npwp', number: '123456789012345' });
  });

  it('changes to an e-wallet without a tax id, and says more tax is withheld (en)', async () => {
    const { token } = await signInKol();
    const kol = createClient({ baseUrl: apiBase(), sessionToken: token });
    await kol.payoutProfiles.update({ details: { method: 'bank', bankCode: '008', accountNumber: '9876543210', holderName: 'Sari' }, taxId: null });
    const el = await mount(token, 'en');
    await until(() => $(el, '[data-masked]'), 8000, 'the summary');
    expect($(el, '[data-masked]')!.textContent).to.equal('Bank Mandiri •••• 3210');
    expect($(el, '[data-tax-id]')!.textContent).to.equal('Not given: 20 % more tax withheld');

    $<HTMLButtonElement>(el, '#pd-edit')!.click();
    await until(() => $(el, 'form'), 2000, 'the form');
    expect($<HTMLInputElement>(el, '#pd-details-accountNumber')!.value).to.equal('9876543210');
    await choose(el, 'method', 'ewallet');
    await set(el, '#pd-details-provider', 'gopay');
    await set(el, '#pd-details-phone', '0812-3456-4567');
    await set(el, '#pd-details-name', 'Sari Wulandari');
    expect($(el, '[data-tax-note]')!.textContent).to.equal('Without an NPWP or NIK, 20 % more PPh 21 is withheld from your fee.');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'ibusibuk-payout-profile-save');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await saved;
    await el.updateComplete;
    expect($(el, '[data-masked]')!.textContent).to.equal('GoPay •••• 4567');
    expect((await kol.payoutProfiles.get()).details).to.deep.equal({ method: 'ewallet', provider: 'gopay', phone: '+6281234564567', name: 'Sari Wulandari' });
  });

  it('shows the details without a change button once the payout is recorded', async () => {
    const { token } = await signInKol();
    await createClient({ baseUrl: apiBase(), sessionToken: token }).payoutProfiles.update({
      details: { method: 'bank', bankCode: '014', accountNumber: '1234567890', holderName: 'Dewi' },
    });
    const el = await mount(token, 'id', { locked: true });
    await until(() => $(el, '[data-masked]'), 8000, 'the summary');
    expect($(el, '#pd-edit')).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('tidak bisa diubah lagi');
  });

  it('with only-if-missing, renders nothing once details are given', async () => {
    const { token } = await signInKol();
    await createClient({ baseUrl: apiBase(), sessionToken: token }).payoutProfiles.update({
      details: { method: 'bank', bankCode: '014', accountNumber: '1234567890', holderName: 'Dewi' },
    });
    const el = await mount(token, 'id', { onlyIfMissing: true });
    await new Promise((r) => setTimeout(r, 500));
    await el.updateComplete;
    expect($(el, '[part="base"]')).to.equal(null);
  });
});

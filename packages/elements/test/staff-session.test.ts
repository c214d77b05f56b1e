import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/applicants/applicants.js';
import '../src/components/campaign-report/campaign-report.js';
import type { IbuSibukApplicants } from '../src/components/applicants/applicants.component.js';
import type { IbuSibukProvider } from '../src/components/provider/provider.component.js';
import { $, $$, inStaffProvider, staffToken } from './support/staff.js';
import { until } from './support/dom.js';
import { apiBase, publicClient } from './fixtures.js';
import { freshCampaign, newKol, application } from './support/journey.js';

/** A provider whose page hands out staff sessions through `fetchSessionToken`, around a campaign report. */
async function providerAsking(fetchSessionToken: () => Promise<string>, sessionToken = '') {
  const campaign = (await publicClient().campaigns.list({ limit: 100 })).data.find((c) => c.title === 'MPASI Organik Pertama Si Kecil')!;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = document.createElement('ibusibuk-provider') as IbuSibukProvider;
  provider.setAttribute('api-base', apiBase());
  if (sessionToken) provider.setAttribute('session-token', sessionToken);
  provider.fetchSessionToken = fetchSessionToken;
  provider.innerHTML = `<ibusibuk-campaign-report campaign="${campaign.id}"></ibusibuk-campaign-report>`;
  const errors: string[] = [];
  provider.addEventListener('ibusibuk-error-show', (e) => errors.push((e as CustomEvent).detail.code));
  wrapper.append(provider);
  return { report: provider.firstElementChild as HTMLElement, errors };
}

describe('staff session in the provider (real server)', () => {
  it('asks the page for a staff session when it has none (fetchSessionToken)', async () => {
    let asked = 0;
    const { report } = await providerAsking(async () => {
      asked++;
      return staffToken({ permissions: ['reports.read'] });
    });
    await until(() => $(report, '.stats'), 10_000, 'the report');
    expect(asked).to.equal(1);
  });

  it('asks again after a 401 and retries the request once with the fresh session', async () => {
    let asked = 0;
    const { report } = await providerAsking(async () => {
      asked++;
      return staffToken({ permissions: ['reports.read'] });
    }, 'sst_expiredOrRevokedXXXXXXXXXXXXXXXXXXXXXX');
    await until(() => $(report, '.stats'), 10_000, 'the report after the retry');
    expect(asked).to.equal(1);
  });

  it('retries each request only once: a fresh session that is refused too shows the failure, without asking in a loop', async () => {
    let asked = 0;
    const { report } = await providerAsking(async () => {
      asked++;
      return 'sst_stillRefusedXXXXXXXXXXXXXXXXXXXXXXXXXX';
    }, 'sst_expiredOrRevokedXXXXXXXXXXXXXXXXXXXXXX');
    await until(() => $(report, '[role="alert"]'), 10_000, 'the failure');
    const after = asked;
    await new Promise((r) => setTimeout(r, 500));
    // At most once per request the element made (the campaign and its report), and no loop.
    expect(after).to.be.within(1, 2);
    expect(asked).to.equal(after);
  });
});

describe('<ibusibuk-applicants> accepting several (real server)', () => {
  it('accepts both selected, one succeeds and the other reports the campaign is full', async function () {
    this.timeout(60_000);
    const campaign = await freshCampaign({ slots: 1 });
    for (const name of ['Rina Marlina', 'Siti Rahmawati']) {
      const { kol } = await newKol(name);
      await kol.applications.create(campaign.id, application(name));
    }
    const el = await inStaffProvider<IbuSibukApplicants>(`<ibusibuk-applicants campaign="${campaign.id}"></ibusibuk-applicants>`, await staffToken());
    await until(() => $$(el, '.row').length === 2, 10_000, 'the two applicants');
    await expect(el).to.be.accessible();
    const all = $<HTMLInputElement>(el, '.bulk-bar input[type="checkbox"]')!;
    all.click();
    await el.updateComplete;
    const done = new Promise<CustomEvent>((resolve) => el.addEventListener('ibusibuk-applicants-accept', (e) => resolve(e as CustomEvent), { once: true }));
    $<HTMLButtonElement>(el, '.accept-selected')!.click();
    const { detail } = await done;
    expect(detail.accepted).to.have.length(1);
    expect(detail.failed).to.have.length(1);
    expect(detail.failed[0].message).to.equal('Kuota kampanye sudah penuh (1 slot terisi).');
    await el.updateComplete;
    const result = $(el, '.bulk-result')!.textContent!.replace(/\s+/g, ' ');
    expect(result).to.contain('Kuota kampanye sudah penuh (1 slot terisi).');
    await expect(el).to.be.accessible();
  });
});

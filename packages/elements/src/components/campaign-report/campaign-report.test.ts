import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './campaign-report.js';
import '../provider/provider.js';
import type { IbuSibukCampaignReport } from './campaign-report.component.js';
import { reportData } from '../staff/staff.fixtures.js';
import { $, $$, inStaffProvider, staffToken, text } from '../../../test/support/staff.js';
import { publicClient } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';

async function controlled(locale = 'id') {
  const el = await fixture<IbuSibukCampaignReport>(html`<ibusibuk-campaign-report locale=${locale} .data=${reportData()}></ibusibuk-campaign-report>`);
  await el.updateComplete;
  return el;
}

/** Captures the Blob the element hands to URL.createObjectURL, and stops the browser from saving it. */
async function downloaded(el: IbuSibukCampaignReport): Promise<{ text: string; bytes: Uint8Array; filename: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:about:blank#test';
  };
  const clicked = new Promise<string>((resolve) => {
    const stop = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault();
        el.shadowRoot!.removeEventListener('click', stop, { capture: true });
        resolve(a.download);
      }
    };
    el.shadowRoot!.addEventListener('click', stop, { capture: true });
  });
  try {
    const event = oneEvent(el, 'ibusibuk-report-download');
    $<HTMLButtonElement>(el, '[part="download"]')!.click();
    const filename = await clicked;
    await event;
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    return { text: new TextDecoder().decode(bytes), bytes, filename };
  } finally {
    URL.createObjectURL = original;
  }
}

describe('<ibusibuk-campaign-report> controlled', () => {
  it('shows totals, the funnel and reach charts with their tables, and results per KOL (id)', async () => {
    const el = await controlled();
    expect($(el, 'h2')!.textContent).to.equal('Cerita MPASI Pertama bersama Si Kecil Organik');
    const stats = $$(el, '.stat').map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(stats.some((s) => /^Jangkauan\s*70\.800$/.test(s))).to.equal(true);
    expect(stats.find((s) => s.startsWith('Biaya per interaksi'))).to.match(/Rp\s?564/);
    const funnel = $$(el, '.funnel rect');
    expect(funnel).to.have.length(7);
    expect($(el, '.funnel')!.getAttribute('role')).to.equal('img');
    const funnelRows = $$(el, 'section[aria-labelledby="funnel-h"] tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(funnelRows[0]).to.equal('Mendaftar 16 6');
    expect(funnelRows[1]).to.equal('Diterima 6 1');
    expect(funnelRows.at(-1)).to.equal('Dibayar 1 1');
    expect($$(el, '.reach rect')).to.have.length(3);
    expect($(el, '.reach')!.getAttribute('aria-label')).to.contain('Tertinggi: Siti Rahmawati, 42.800');
    expect($$(el, '.results tbody tr')).to.have.length(5);
    expect($(el, '.results tfoot')!.textContent).to.contain('70.800');
    await expect(el).to.be.accessible();
  });

  it('downloads a UTF-8 CSV with a byte-order mark, in the separators an Indonesian Excel reads', async () => {
    const el = await controlled();
    const csv = await downloaded(el);
    expect(csv.filename).to.equal('laporan-mpasi-organik-si-kecil.csv');
    expect([...csv.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('ID partisipasi;KOL;Tahap;Platform;Postingan;Jangkauan;Tayangan;Interaksi;Engagement rate (%);Fee (Rp)');
    expect(lines[1]).to.equal('par_report0;Rina Marlina;Sudah dibayar;instagram;https://www.instagram.com/reel/DEMO0/;18400;24100;1657;9,01;1500000');
    expect(lines.at(-1)).to.equal('Total;5 peserta, 4 postingan;;;;70800;87600;5317;7,51;3000000');
  });

  it('speaks English and writes an English CSV (en)', async () => {
    const el = await controlled('en');
    expect(text(el)).to.contain('Cost per engagement');
    expect($(el, '.reach')!.getAttribute('aria-label')).to.contain('Highest: Siti Rahmawati, 42,800');
    const csv = await downloaded(el);
    expect(csv.filename).to.equal('report-mpasi-organik-si-kecil.csv');
    expect(csv.text.split('\r\n')[1]).to.equal('par_report0,Rina Marlina,Paid,instagram,https://www.instagram.com/reel/DEMO0/,18400,24100,1657,9.01,1500000');
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-campaign-report> against the server (staff session)', function () {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('reports a seeded campaign', async () => {
    const campaign = (await publicClient().campaigns.list({ limit: 100 })).data.find((c) => c.title === 'MPASI Organik Pertama Si Kecil')!;
    const el = await inStaffProvider<IbuSibukCampaignReport>(`<ibusibuk-campaign-report campaign="${campaign.id}"></ibusibuk-campaign-report>`, token);
    await until(() => $(el, '.stats'), 10_000, 'the report');
    expect($(el, 'h2')!.textContent).to.equal(campaign.title);
    await expect(el).to.be.accessible();
  });
});

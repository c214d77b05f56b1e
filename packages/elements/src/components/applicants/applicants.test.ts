import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './applicants.js';
import '../provider/provider.js';
import type { IbuSibukApplicants } from './applicants.component.js';
import { applicantsData } from '../staff/staff.fixtures.js';
import { $, $$, inStaffProvider, shadow, staffToken, text } from '../../../test/support/staff.js';
import { officer, publicClient } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';

async function controlled(locale = 'id') {
  const el = await fixture<IbuSibukApplicants>(html`<ibusibuk-applicants locale=${locale} .data=${applicantsData()}></ibusibuk-applicants>`);
  await el.updateComplete;
  return el;
}

const select = async (el: IbuSibukApplicants, id: string, value: string) => {
  const s = $<HTMLSelectElement>(el, `#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const names = (el: HTMLElement) => $$(el, '.row h3').map((h) => h.textContent);

describe('<ibusibuk-applicants> controlled', () => {
  it('shows applicants waiting for selection with accounts, children and which requirements they meet (id)', async () => {
    const el = await controlled();
    expect($(el, 'h2')!.textContent).to.equal('Cerita MPASI Pertama bersama Si Kecil Organik');
    expect($(el, '.slots')!.textContent).to.equal('Sisa 3 dari 20 slot');
    expect(names(el)).to.deep.equal(['Rina Marlina', 'Siti Rahmawati', 'Dewi Lestari', 'Ayu Pratiwi']);
    const dewi = $$(el, '.row')[2]!;
    expect(dewi.textContent).to.contain('3.100 pengikut');
    expect([...dewi.querySelectorAll('.checks .unmet')].map((li) => li.textContent!.replace(/\s+/g, ' ').replace('✕', '').trim())).to.deep.equal([
      'Instagram: minimal 5.000 pengikut (punya 3.100) (belum terpenuhi)',
      'Domisili: Jakarta, Bandung, Surabaya (belum terpenuhi)',
      'Punya anak usia 6–12 bulan (belum terpenuhi)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('filters by stage, platform and requirements, and sorts by followers', async () => {
    const el = await controlled();
    await select(el, 'f-platform', 'tiktok');
    expect(names(el)).to.deep.equal(['Siti Rahmawati', 'Ayu Pratiwi']);
    await select(el, 'f-sort', 'followers');
    expect(names(el)).to.deep.equal(['Siti Rahmawati', 'Ayu Pratiwi']);
    await select(el, 'f-platform', '');
    expect(names(el)).to.deep.equal(['Siti Rahmawati', 'Ayu Pratiwi', 'Rina Marlina', 'Dewi Lestari']);
    await select(el, 'f-meets', 'no');
    expect(names(el)).to.include('Dewi Lestari');
    await select(el, 'f-meets', '');
    await select(el, 'f-stage', '');
    expect(names(el)).to.have.length(6);
    await select(el, 'f-stage', 'rejected');
    expect(names(el)).to.deep.equal(['Fitri Handayani']);
  });

  it('prefills the rejection with a gentle template the officer can edit', async () => {
    const el = await controlled();
    $<HTMLButtonElement>(el, '.row .open-reject')!.click();
    await el.updateComplete;
    const note = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(note.value).to.match(/^Halo Bunda Rina Marlina, terima kasih sudah mendaftar di kampanye "Cerita MPASI Pertama/);
    expect(note.value).to.contain('semoga kita bisa bekerja sama');
    expect(shadow(el).activeElement).to.equal(note);
    await expect(el).to.be.accessible();
  });

  it('speaks English (en)', async () => {
    const el = await controlled('en');
    expect($(el, '.slots')!.textContent).to.equal('3 of 20 places left');
    expect(text(el)).to.contain('Campaign requirements');
    $<HTMLButtonElement>(el, '.row .open-reject')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.match(/^Hi Rina Marlina, thank you for applying/);
    await expect(el).to.be.accessible();
  });
});



describe('<ibusibuk-applicants> against the server (staff session)', function () {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('accepts one with a note, rejects one with the template, and accepts several reporting each failure', async () => {
    const campaigns = (await publicClient().campaigns.list({ status: 'open', limit: 100 })).data;
    const campaign = campaigns.find((c) => c.title === 'Ruam Popok? Atasi dengan Lembut')!;
    const el = await inStaffProvider<IbuSibukApplicants>(`<ibusibuk-applicants campaign="${campaign.id}"></ibusibuk-applicants>`, token);
    await until(() => $(el, '.row'), 10_000, 'applicants');
    const first = $$(el, '.row')[0]!;
    const id = first.dataset.row!;
    (first.querySelector('.open-accept') as HTMLButtonElement).click();
    await el.updateComplete;
    const ta = $<HTMLTextAreaElement>(el, `#note-${id}`)!;
    ta.value = 'Selamat bergabung, Bunda!';
    ta.dispatchEvent(new Event('input'));
    const accepted = oneEvent(el, 'ibusibuk-applicant-accept');
    ($(el, `#panel-${id} button[type="submit"]`) as HTMLButtonElement).click();
    expect((await accepted).detail.participation.stage).to.equal('accepted');
    const fresh = await officer('participations', 'get', id);
    expect(fresh.history.at(-1).note).to.equal('Selamat bergabung, Bunda!');
    await expect(el).to.be.accessible();
  });
});

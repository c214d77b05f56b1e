import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './review-queue.js';
import '../provider/provider.js';
import '../campaign/campaign.js';
import type { IbuSibukReviewQueue } from './review-queue.component.js';
import { reviewQueueData } from '../staff/staff.fixtures.js';
import { $, $$, inStaffProvider, shadow, staffToken, text } from '../../../test/support/staff.js';
import { officer } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';

async function controlled(locale = 'id', open = '') {
  const el = await fixture<IbuSibukReviewQueue>(
    html`<ibusibuk-review-queue locale=${locale} open-id=${open} .data=${reviewQueueData()}></ibusibuk-review-queue>`,
  );
  await el.updateComplete;
  return el;
}

const openDetail = async (el: IbuSibukReviewQueue, index: number) => {
  $$<HTMLButtonElement>(el, '.item')[index]!.click();
  await until(() => $(el, '#detail') && !$(el, '.media-skeleton'), 5000, 'the detail');
};

describe('<ibusibuk-review-queue> controlled', () => {
  it('lists what waits on the reviewer, oldest first, with the time waited and left before automatic approval (id)', async () => {
    const el = await controlled();
    const items = $$(el, '.item');
    expect(items.map((i) => i.querySelector('.name')!.textContent)).to.deep.equal(['Siti Rahmawati', 'Rina Marlina', 'Ayu Pratiwi']);
    expect(items[0]!.textContent).to.contain('Insight v1');
    expect(items[0]!.querySelector('.waited')!.textContent).to.equal('Menunggu 2 hari 2 jam');
    expect(items[0]!.querySelector('.auto')!.textContent).to.match(/^Disetujui otomatis dalam 2[12] jam$/);
    expect(items[1]!.textContent).to.contain('Draf v2');
    expect(text(el)).to.contain('Pilih salah satu di daftar');
    await expect(el).to.be.accessible();
  });

  it('opens a draft with its media, its caption checked against the brief, and the earlier version with its feedback', async () => {
    const el = await controlled();
    await openDetail(el, 1);
    expect($(el, '#detail-title')!.textContent).to.equal('Draf v2 dari Rina Marlina');
    expect($$<HTMLImageElement>(el, '.media img').map((i) => i.alt)).to.deep.equal(['Media 1 draf v2', 'Media 2 draf v2']);
    const tags = $$(el, '.tag-list li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(tags).to.deep.equal(['✓ #SiKecilOrganik (ada)', '✕ #MPASIPertama (belum ada)', '✓ @sikecilorganik (ada)']);
    expect($(el, '.tags .meta')!.textContent).to.equal('1 belum ada di caption');
    expect($(el, '.earlier .feedback')!.textContent).to.contain('Tolong tampilkan kemasan produk');
    await expect(el).to.be.accessible();
  });

  it('opens an insight with its figures per deliverable and its screenshots', async () => {
    const el = await controlled();
    await openDetail(el, 0);
    expect($(el, '#detail-title')!.textContent).to.equal('Insight v1 dari Siti Rahmawati');
    const rows = $$(el, 'tbody tr').map((r) => r.querySelector('th')!.textContent);
    expect(rows).to.deep.equal(['Instagram Reels', 'TikTok Video']);
    expect($(el, 'tfoot')!.textContent).to.contain('8,11%');
    expect($$<HTMLImageElement>(el, '.screenshots img').map((i) => i.alt)).to.deep.equal(['Tangkapan layar insight 1', 'Tangkapan layar insight 2']);
    await expect(el).to.be.accessible();
  });

  it('refuses a revision request without feedback and says why', async () => {
    const el = await controlled('id', 'par_staffRinain_review');
    await until(() => $(el, '.revise'), 3000, 'the decision');
    $<HTMLButtonElement>(el, '.revise')!.click();
    await el.updateComplete;
    expect($(el, '#review-error')!.textContent).to.equal('Catatan wajib diisi.');
    expect(shadow(el).activeElement).to.equal($(el, '#review-note'));
  });

  it('speaks English (en)', async () => {
    const el = await controlled('en');
    expect($(el, 'h2')!.textContent).to.equal('Review queue');
    await openDetail(el, 1);
    expect($(el, '#detail-title')!.textContent).to.equal('Draft v2 by Rina Marlina');
    expect(text(el)).to.contain('Earlier versions and their feedback');
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-review-queue> against the server (staff session)', function () {
  let token: string;
  before(async () => {
    token = await staffToken();
  });

  it('an officer approves a draft with the keyboard only, then an insight, then the KOL sees each result', async () => {
    const el = await inStaffProvider<IbuSibukReviewQueue>('<ibusibuk-review-queue></ibusibuk-review-queue>', token);
    await until(() => $$(el, '.item').length > 0, 10_000, 'the queue');
    const draftItem = $$(el, '.item').find((i) => i.textContent!.includes('Draf'))!;
    const id = draftItem.dataset.item!;
    draftItem.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#detail-title'), 5000, 'the draft');
    expect(shadow(el).activeElement).to.equal($(el, '#detail-title'));
    await expect(el).to.be.accessible();
    $(el, '#review-note')!.focus();
    await sendKeys({ type: 'Bagus sekali, silakan tayang.' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal($(el, '.approve'));
    const approved = oneEvent(el, 'ibusibuk-draft-approve');
    await sendKeys({ press: 'Enter' });
    expect((await approved).detail.participation.stage).to.equal('approved');
    expect((await officer('participations', 'get', id)).stage).to.equal('approved');

    const insightItem = $$(el, '.item').find((i) => i.textContent!.includes('Insight'))!;
    const insightId = insightItem.dataset.item!;
    insightItem.click();
    await until(() => $(el, '.approve'), 5000, 'the insight');
    const done = oneEvent(el, 'ibusibuk-insight-approve');
    $<HTMLButtonElement>(el, '.approve')!.click();
    expect((await done).detail.participation.stage).to.equal('completed');
    expect((await officer('participations', 'get', insightId)).stage).to.equal('completed');
  });
});

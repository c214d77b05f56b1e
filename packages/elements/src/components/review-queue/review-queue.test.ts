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

  describe('shows the reviewer the figures that can hardly be true, in words', () => {
    /** The queue's insight (Siti: 48.200 Instagram and 21.000 TikTok followers) with her figures changed. */
    async function flagged(change: (reels: Record<string, number>, tiktok: Record<string, number>) => void, locale = 'id') {
      const data = reviewQueueData();
      const p = data.participations.find((x) => x.stage === 'insight_review')!;
      const [reels, tiktok] = p.insights[0]!.metrics;
      change(reels!.values as Record<string, number>, tiktok!.values as Record<string, number>);
      const el = await fixture<IbuSibukReviewQueue>(html`<ibusibuk-review-queue locale=${locale} .data=${data}></ibusibuk-review-queue>`);
      await openDetail(el, 0);
      return el;
    }
    const words = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
    const flagsIn = (el: IbuSibukReviewQueue) => Object.fromEntries($$(el, '[part="flags"] [data-flag]').map((li) => [li.dataset.flag, words(li)]));

    it('none on figures that fit together', async () => {
      const el = await flagged(() => undefined);
      expect($(el, '[part="flags"]')).to.equal(null);
    });

    const cases = [
      ['above_reach', (r: Record<string, number>) => ((r.reach = 520), (r.likes = 640)), 'Instagram Reels: Angka suka 640 lebih banyak dari jangkauan 520'],
      ['below_reach', (r: Record<string, number>) => (r.views = 9_000), 'Instagram Reels: Angka penayangan 9.000 lebih sedikit dari jangkauan 18.400'],
      ['engagement_above_followers', (_: unknown, t: Record<string, number>) => ((t.views = 40_000), (t.likes = 15_000)), 'TikTok Video: Interaksinya setara 72,18 % dari 21.000 pengikut'], // (15.000 + 52 + 30 + 75) / 21.000
      ['absurd_value', (_: unknown, t: Record<string, number>) => (t.views = 99_999_999_999), 'TikTok Video: Angka penayangan 99.999.999.999 tidak masuk akal untuk satu konten'],
    ] as const;
    for (const [code, change, said] of cases) {
      it(`flags ${code} on the insight`, async () => {
        const el = await flagged(change as (r: Record<string, number>, t: Record<string, number>) => void);
        const flags = flagsIn(el);
        expect(Object.keys(flags)).to.deep.equal([code]);
        expect(flags[code]).to.contain(said);
        expect(words($(el, '[part="flags"] h4'))).to.equal('1 angka perlu dicek');
        await expect(el).to.be.accessible();
      });
    }

    it('in English too', async () => {
      const el = await flagged((r) => ((r.reach = 520), (r.likes = 640)), 'en');
      expect(flagsIn(el)['above_reach']).to.contain('Instagram Reels: Likes 640 exceed reach 520, yet each account counts once.');
      expect(words($(el, '[part="flags"] h4'))).to.equal('1 figure to check');
    });
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

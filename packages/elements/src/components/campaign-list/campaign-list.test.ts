import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Campaign } from '@ibusibuk/sdk';
import './campaign-list.js';
import '../provider/provider.js';
import type { IbuSibukCampaignList } from './campaign-list.component.js';
import type { IbuSibukProvider } from '../provider/provider.component.js';
import { apiBase, PUBLISHABLE_KEY, publicClient } from '../../../test/fixtures.js';
import { makeCampaign, makeCampaigns } from '../../../test/campaign-fixtures.js';
import { shadow, shadowText, until } from '../../../test/support/dom.js';

const NOW = new Date('2026-06-01T03:00:00Z');
const UNREACHABLE = 'http://127.0.0.1:59997';

const cards = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('article.campaign')];
const titles = (el: HTMLElement) => cards(el).map((c) => c.querySelector('.title')!.textContent!.trim());

async function controlled(campaigns: Campaign[], attrs: Partial<IbuSibukCampaignList> = {}) {
  const el = await fixture<IbuSibukCampaignList>(html`<ibusibuk-campaign-list .now=${NOW} .campaigns=${campaigns}></ibusibuk-campaign-list>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

async function connected(attrs = '', base = apiBase()) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${base}" publishable-key="${PUBLISHABLE_KEY}"><ibusibuk-campaign-list ${attrs}></ibusibuk-campaign-list></ibusibuk-provider>`;
  const provider = wrapper.querySelector('ibusibuk-provider') as IbuSibukProvider;
  const list = wrapper.querySelector('ibusibuk-campaign-list') as IbuSibukCampaignList;
  list.now = NOW;
  return { provider, list };
}

// First in the file: English is fetched only when an element first needs it.
describe('<ibusibuk-campaign-list> language', () => {
  it('re-renders in English when its locale switches from id to en', async () => {
    const el = await controlled(makeCampaigns(2));
    expect(cards(el)[0]!.querySelector('.deadline')!.textContent!.trim()).to.equal('Besok terakhir');
    el.locale = 'en';
    await el.updateComplete;
    expect(cards(el)[0]!.querySelector('.deadline')!.textContent!.trim()).to.equal('Closes tomorrow');
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.placeholder).to.equal('Search campaigns or brands');
    expect(shadowText(el)).to.contain('2 campaigns');
  });
});

describe('<ibusibuk-campaign-list> controlled', () => {
  it('shows each campaign as a card with its fee in rupiah, barter, deadline, slots and platforms', async () => {
    const el = await controlled(makeCampaigns(4));
    expect(cards(el)).to.have.length(4);
    const [paid, barter, mixed] = cards(el);
    expect(paid!.querySelector('.fee')!.textContent).to.match(/^Rp\s1\.500\.000$/);
    expect(paid!.querySelector('.deadline')!.textContent!.trim()).to.equal('Besok terakhir');
    expect(paid!.querySelector('.slots')!.textContent!.trim()).to.equal('Sisa 20 slot');
    expect(barter!.querySelector('.fee')!.textContent!.trim()).to.equal('Barter produk');
    expect(barter!.querySelector('.deadline')!.textContent!.trim()).to.equal('2 hari lagi');
    expect(mixed!.querySelector('.fee')!.textContent).to.match(/^Rp\s750\.000 \+ produk$/);
    expect([...barter!.querySelectorAll('.platforms li')].map((li) => li.textContent)).to.deep.equal(['Instagram', 'TikTok']);
    const img = paid!.querySelector('img')!;
    expect(img.loading).to.equal('lazy');
    expect(img.alt).to.equal('Foto kampanye Review MPASI organik pertama si Kecil');
    expect(shadowText(el)).to.contain('4 kampanye');
  });

  it('speaks English when locale is en', async () => {
    const el = await controlled(makeCampaigns(3), { locale: 'en' });
    expect(cards(el)[0]!.querySelector('.fee')!.textContent).to.match(/^IDR\s1,500,000$|^Rp\s?1,500,000$/);
    expect(cards(el)[0]!.querySelector('.deadline')!.textContent!.trim()).to.equal('Closes tomorrow');
    expect(cards(el)[1]!.querySelector('.fee')!.textContent!.trim()).to.equal('Product barter');
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.placeholder).to.equal('Search campaigns or brands');
    await expect(el).to.be.accessible();
  });

  it('is accessible with cards and filters', async () => {
    const el = await controlled(makeCampaigns(6));
    await expect(el).to.be.accessible();
  });

  it('filters by the platform attribute and by the platform chips', async () => {
    const all = makeCampaigns(10);
    const el = await controlled(all, { platform: 'tiktok' });
    const expected = all.filter((c) => c.platforms.includes('tiktok')).map((c) => c.title);
    expect(titles(el)).to.deep.equal(expected);
    const youtube = shadow(el).querySelector<HTMLButtonElement>('[data-platform="youtube"]')!;
    youtube.click();
    await el.updateComplete;
    expect(youtube.getAttribute('aria-pressed')).to.equal('true');
    expect(el.platform).to.equal('youtube');
    expect(titles(el)).to.deep.equal(all.filter((c) => c.platforms.includes('youtube')).map((c) => c.title));
  });

  it('filters by compensation through the select and by words typed in the search box (debounced)', async () => {
    const all = makeCampaigns(12);
    const el = await controlled(all);
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    select.value = 'barter';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cards(el).every((c) => c.querySelector('.fee')!.textContent!.includes('Barter'))).to.be.true;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const search = shadow(el).querySelector<HTMLInputElement>('#q')!;
    search.value = 'camilan';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cards(el).length).to.equal(12, 'not yet: the search waits for typing to pause');
    await until(() => el.q === 'camilan', 2000, 'debounced search');
    await el.updateComplete;
    expect(titles(el).every((t) => t.toLowerCase().includes('camilan'))).to.be.true;
    expect(titles(el).length).to.be.greaterThan(0);
  });

  it('shows the empty state, and its button clears every filter', async () => {
    const el = await controlled(makeCampaigns(5), { q: 'tidak ada yang cocok', brand: 'Bunda Sehat' });
    expect(cards(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('Belum ada kampanye yang cocok');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('button.reset')!.click();
    await el.updateComplete;
    expect(el.q).to.equal(undefined);
    expect(el.brand).to.equal(undefined);
    expect(cards(el)).to.have.length(5);
  });

  it('shows the empty state without a reset button when there is nothing at all (English)', async () => {
    const el = await controlled([], { locale: 'en' });
    expect(shadowText(el)).to.contain('No matching campaigns yet');
    expect(shadow(el).querySelector('button.reset')).to.equal(null);
  });

  it('fits a 300px sidebar in the compact layout, with short fees on one line', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
    const el = document.createElement('ibusibuk-campaign-list');
    el.layout = 'compact';
    el.now = NOW;
    el.campaigns = makeCampaigns(6);
    wrap.append(el);
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(el.scrollWidth).to.be.at.most(300);
    const first = cards(el)[0]!;
    expect(first.querySelector('.fee')!.textContent).to.match(/^Rp 1,5\sjt$/);
    expect(getComputedStyle(first.querySelector('.summary')!).display).to.equal('none');
    const cover = first.querySelector<HTMLElement>('.cover')!;
    expect(cover.getBoundingClientRect().width).to.equal(72);
    const meta = first.querySelector<HTMLElement>('.meta')!;
    expect(meta.getBoundingClientRect().height).to.be.below(24, 'meta stays on one line');
    await expect(el).to.be.accessible();
  });

  it('shows "14 hari lagi" whole next to a long fee in the compact layout', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
    const el = document.createElement('ibusibuk-campaign-list');
    el.layout = 'compact';
    el.now = NOW;
    const long = makeCampaign(2);
    el.campaigns = [{ ...long, compensation: { type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket', productValue: null }, timeline: { ...long.timeline, applyBy: new Date(NOW.getTime() + 14 * 86_400_000).toISOString() } }];
    wrap.append(el);
    await el.updateComplete;
    const deadline = cards(el)[0]!.querySelector<HTMLElement>('.deadline')!;
    expect(deadline.textContent!.trim()).to.equal('14 hari lagi');
    expect(deadline.scrollWidth).to.be.at.most(deadline.clientWidth);
    const card = cards(el)[0]!.getBoundingClientRect();
    const box = deadline.getBoundingClientRect();
    expect(box.right).to.be.at.most(card.right);
    expect(box.height).to.be.below(24, 'on one line of its own');
  });

  it('fades the platform chips where more hide, and a chip reached by keyboard scrolls into view', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
    const el = document.createElement('ibusibuk-campaign-list');
    el.layout = 'compact';
    el.now = NOW;
    el.campaigns = makeCampaigns(2);
    wrap.append(el);
    await el.updateComplete;
    const row = shadow(el).querySelector<HTMLElement>('.chips')!;
    expect(row.scrollWidth).to.be.above(row.clientWidth, 'the row overflows at 300px');
    await until(() => row.dataset.more === 'end', 2000, 'the end fade');
    expect(getComputedStyle(row).maskImage).to.contain('gradient');
    const chips = [...row.querySelectorAll('button')];
    expect(chips.every((b) => b.tabIndex === 0)).to.equal(true);
    chips.at(-1)!.focus();
    await until(() => row.dataset.more === 'start', 2000, 'the start fade once scrolled to the end');
    const last = chips.at(-1)!.getBoundingClientRect();
    const shown = row.getBoundingClientRect();
    expect(last.left).to.be.at.least(shown.left);
    expect(last.right).to.be.at.most(shown.right);
  });

  it('dims pale covers under the dark theme', async () => {
    const el = await controlled(makeCampaigns(2));
    const cover = () => getComputedStyle(cards(el)[0]!.querySelector('.cover')!).filter;
    expect(cover()).to.equal('none');
    el.theme = 'dark';
    await el.updateComplete;
    expect(cover()).to.contain('brightness');
  });

  it('links cards through href-template and lets the page cancel the link', async () => {
    const el = await controlled(makeCampaigns(2), { hrefTemplate: 'https://brand.example/kampanye/{slug}?id={id}' });
    const link = cards(el)[0]!.querySelector<HTMLAnchorElement>('a.stretched')!;
    const c = makeCampaign(0);
    expect(link.getAttribute('href')).to.equal(`https://brand.example/kampanye/${c.slug}?id=${c.id}`);
    el.addEventListener('ibusibuk-campaign-select', (e) => e.preventDefault(), { once: true });
    const clicked = oneEvent(el, 'ibusibuk-campaign-select');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const event = await clicked;
    expect(event.detail.campaign.id).to.equal(c.id);
    expect(click.defaultPrevented).to.equal(true, 'the link is not followed');
  });

  it('fires ibusibuk-campaign-select from a button when there is no href-template', async () => {
    const el = await controlled(makeCampaigns(2));
    const button = cards(el)[1]!.querySelector<HTMLButtonElement>('button.stretched')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'ibusibuk-campaign-select');
    expect(event.detail.campaign.id).to.equal(makeCampaign(1).id);
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
  });

  it('keeps 10,000 campaigns smooth: only cards near the viewport are in the DOM', async () => {
    const all = makeCampaigns(10_000);
    const started = performance.now();
    const el = await controlled(all, { layout: 'compact' });
    const firstRender = performance.now() - started;
    const nodes = () => shadow(el).querySelectorAll('*').length;
    expect(shadowText(el)).to.contain('10.000 kampanye');
    expect(cards(el).length).to.be.at.most(72);
    expect(nodes()).to.be.below(3000);
    expect(firstRender).to.be.below(3000);
    // The list's padding holds the place of the cards that are not rendered: the page is as tall as the whole list.
    const list = shadow(el).querySelector<HTMLElement>('.list')!;
    expect(list.offsetHeight).to.be.above(10_000 * 50);
    // Jump to the middle: the cards there appear, those at the top leave.
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + list.offsetHeight / 2);
    const pos = (card: HTMLElement) => Number(card.parentElement!.getAttribute('aria-posinset'));
    await until(() => cards(el).some((c) => pos(c) > 4000 && pos(c) < 6000), 3000, 'cards in the middle');
    await until(() => !shadow(el).querySelector('[data-chunk="0"] article'), 3000, 'the top chunk to leave');
    // New chunks fill in a few cards a frame: wait until the cards stop changing.
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let last = -1, same = 0; same < 5; await frame()) {
      const n = cards(el).length;
      same = n === last ? same + 1 : 0;
      last = n;
    }
    const middle = cards(el).find((c) => pos(c) > 4000)!;
    expect(middle.getAttribute('data-id')).to.equal(all[pos(middle) - 1]!.id);
    expect(cards(el).length).to.be.at.most(96);
    expect(nodes()).to.be.below(3000);
    const item = middle.parentElement!;
    expect(item.getAttribute('aria-setsize')).to.equal('10000');
    // Cards in the DOM are a run of neighbours, in order.
    const shown = cards(el).map(pos);
    expect(shown).to.deep.equal(shown.map((_, i) => shown[0]! + i));
    window.scrollTo(0, 0);
  });
});

describe('<ibusibuk-campaign-list> connected', () => {
  it('loads the seeded open campaigns through the provider and announces the page', async () => {
    const expected = await publicClient().campaigns.list({ status: 'open', limit: 12 });
    const { list } = await connected();
    expect(shadow(list).querySelector('.skeletons')).to.exist;
    const loaded = await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    expect(loaded.detail.campaigns.map((c: Campaign) => c.id)).to.deep.equal(expected.data.map((c) => c.id));
    expect(titles(list)).to.deep.equal(expected.data.map((c) => c.title));
    expect(expected.data.length).to.be.greaterThan(3);
    expect(shadow(list).querySelector('[role="status"]')!.textContent).to.contain('kampanye ditampilkan');
    await expect(list).to.be.accessible();
  });

  it('shows its count only once the list is whole, so no screen size gives another number', async () => {
    let total = 0;
    for await (const _ of publicClient().campaigns.list({ status: 'open', limit: 100 })) total++;
    const { list } = await connected('layout="compact" page-size="4"');
    await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    expect(total).to.be.above(4);
    expect(shadow(list).querySelector('.count')).to.equal(null);
    expect(shadowText(list)).not.to.match(/\d\+ kampanye/);
    while (shadow(list).querySelector('.load-more')) {
      await list.loadMore();
      await list.updateComplete;
    }
    expect(shadow(list).querySelector('.count')!.textContent!.trim()).to.equal(`${total} kampanye`);
  });

  it('shows the brand whole in the compact thumbnails: a square logo, not a cropped wide cover', async () => {
    const { list } = await connected('layout="compact" page-size="4"');
    await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    const thumbs = () => cards(list).map((c) => c.querySelector<HTMLImageElement>('.cover img')!);
    await until(() => thumbs().every((img) => img.hidden || (img.complete && img.naturalWidth > 0)), 8000, 'the thumbnails');
    for (const img of thumbs().filter((i) => !i.hidden)) {
      const box = img.getBoundingClientRect();
      // object-fit: cover crops nothing when the picture has the box's shape.
      expect(Math.abs(img.naturalWidth / img.naturalHeight - box.width / box.height), img.src).to.be.below(0.02);
    }
    expect(thumbs().some((img) => !img.hidden)).to.equal(true);
  });

  it('asks the server for the platform given as an attribute, and again when a chip is chosen', async () => {
    const { list } = await connected('platform="tiktok"');
    await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    const tiktok = await publicClient().campaigns.list({ status: 'open', platform: 'tiktok', limit: 12 });
    expect(titles(list)).to.deep.equal(tiktok.data.map((c) => c.title));
    const chip = shadow(list).querySelector<HTMLButtonElement>('[data-platform="instagram"]')!;
    const next = oneEvent(list, 'ibusibuk-campaigns-load');
    chip.click();
    await next;
    await list.updateComplete;
    const instagram = await publicClient().campaigns.list({ status: 'open', platform: 'instagram', limit: 12 });
    expect(titles(list)).to.deep.equal(instagram.data.map((c) => c.title));
  });

  it('aborts the previous request when filters change quickly, showing only the last answer', async () => {
    const { list } = await connected();
    await oneEvent(list, 'ibusibuk-campaigns-load');
    const loads: string[][] = [];
    list.addEventListener('ibusibuk-campaigns-load', (e) => loads.push(e.detail.campaigns.map((c) => c.id)));
    list.compensation = 'barter';
    await list.updateComplete;
    list.compensation = 'paid';
    await until(() => loads.length > 0, 8000, 'a load');
    await new Promise((r) => setTimeout(r, 300));
    const paid = await publicClient().campaigns.list({ status: 'open', compensation: 'paid', limit: 12 });
    expect(loads).to.deep.equal([paid.data.map((c) => c.id)]);
  });

  it('loads further pages with the "Muat lebih banyak" button and by scrolling to the end', async () => {
    const all: string[] = [];
    for await (const c of publicClient().campaigns.list({ status: 'open', limit: 100 })) all.push(c.id);
    const { list } = await connected('page-size="2"');
    await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    // The sentinel may already be near the viewport and load the next page by itself; wait for a resting state.
    await until(() => shadow(list).querySelector('.load-more:not([disabled])') || cards(list).length === all.length, 8000, 'load more ready');
    const before = cards(list).length;
    const button = shadow(list).querySelector<HTMLButtonElement>('.load-more');
    if (button) {
      expect(button.textContent!.trim()).to.equal('Muat lebih banyak');
      button.click();
      await until(() => cards(list).length > before, 8000, 'the next page');
    }
    // Scrolling keeps loading until every open campaign is there.
    await until(
      () => {
        shadow(list).querySelector('.sentinel')?.scrollIntoView();
        return cards(list).length === all.length;
      },
      15000,
      'every page',
    );
    expect(cards(list).map((c) => c.dataset.id)).to.deep.equal(all);
    expect(shadow(list).querySelector('.load-more')).to.equal(null);
  });

  it('shows an error with a retry button when the API is unreachable, and recovers', async () => {
    const { provider, list } = await connected('', UNREACHABLE);
    const failed = await oneEvent(list, 'ibusibuk-error-show');
    expect(failed.detail.code).to.equal('network_error');
    await list.updateComplete;
    const notice = shadow(list).querySelector('[part="error"]')!;
    expect(notice.textContent).to.contain('Kampanye belum bisa dimuat');
    expect(notice.textContent).to.contain('Koneksi terputus');
    await expect(list).to.be.accessible();
    // Retry runs the request again (still unreachable: the error comes back).
    shadow(list).querySelector<HTMLButtonElement>('button.retry')!.click();
    await list.updateComplete;
    expect(shadow(list).querySelector('.skeletons')).to.exist;
    await until(() => shadow(list).querySelector('button.retry'), 15000, 'the error again');
    // With the right address the list loads.
    provider.apiBase = apiBase();
    await oneEvent(list, 'ibusibuk-campaigns-load');
    await list.updateComplete;
    expect(cards(list).length).to.be.greaterThan(0);
  });

  it('shows the error in English', async () => {
    const { list } = await connected('locale="en"', UNREACHABLE);
    await oneEvent(list, 'ibusibuk-error-show');
    await list.updateComplete;
    expect(shadowText(list)).to.contain('Campaigns could not be loaded');
    expect(shadow(list).querySelector('button.retry')!.textContent!.trim()).to.equal('Try again');
  });
});

import { computePayout } from '@ibusibuk/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, metricFields, type Campaign, type Participation, type Stage } from '@ibusibuk/sdk';
import { apiBase, officer, PUBLISHABLE_KEY, publicClient, signInKol } from '../../../test/fixtures.js';
import '../provider/provider.js';
import './insight-submitter.js';
import type { IbuSibukInsightSubmitter } from './insight-submitter.component.js';
import { $, $$, until } from '../../../test/support/dom.js';

async function png(hue = 200): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 180;
  canvas.height = 320;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = `hsl(${hue} 60% 92%)`;
  ctx.fillRect(0, 0, 180, 320);
  ctx.fillStyle = `hsl(${hue} 50% 60%)`;
  for (let i = 0; i < 8; i++) ctx.fillRect(16, 24 + i * 34, 148, 14);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], `insight-${hue}.png`, { type: 'image/png' });
}

function application(name = 'Dewi Anggraini') {
  return {
    profile: {
      name,
      whatsapp: '+6281298765432',
      city: 'Jakarta Selatan',
      province: 'DKI Jakarta',
      socialAccounts: [
        { platform: 'instagram' as const, handle: '@dewi.bunda', followers: 18_000 },
        { platform: 'facebook' as const, handle: 'dewi.bunda', followers: 9_000 },
        { platform: 'tiktok' as const, handle: '@dewi.bunda', followers: 9_000 },
      ],
      children: [{ birthYear: 2025, birthMonth: 9 }],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Saya aktif berbagi pengalaman mengasuh dua anak dan rutin mengulas produk bayi dengan jujur.',
      contentIdea: 'Foto rutinitas tidur malam si kecil dan story tanya-jawab seputar popok yang nyaman.',
      eligibility: { meetsRequirements: true as const, willFollowBrief: true as const },
    },
    consent: true as const,
  };
}

// Instagram feed, Instagram story ×2 and a Facebook feed post; platforms Instagram and Facebook.
const TITLE = 'Review Jujur Popok Lembut untuk Tidur Malam';
const FIX_NOTE = 'Angka reach feed Instagram tidak sama dengan screenshot. Mohon cek lagi, ya.';

/** A fresh KOL's participation in the seeded campaign, moved to `stage` through the real API. */
async function journey(stage: Stage, name?: string): Promise<{ token: string; campaign: Campaign; participation: Participation }> {
  const { token } = await signInKol();
  const kol = createClient({ baseUrl: apiBase(), sessionToken: token });
  const campaign = (await publicClient().campaigns.list({ limit: 100 })).data.find((c) => c.title === TITLE);
  if (!campaign) throw new Error(`no seeded campaign "${TITLE}"`);
  let p = await kol.applications.create(campaign.id, application(name));
  p = await officer('participations', 'accept', p.id, {});
  const brief = await kol.campaigns.brief(campaign.id);
  p = await kol.participations.acknowledgeBrief(p.id);
  const media = await kol.uploads.create(await png(330));
  p = await kol.drafts.submit(p.id, { caption: `Tidur nyenyak! ${[...brief.hashtags, ...brief.mentions].join(' ')}`, mediaIds: [media.id] });
  p = await officer('drafts', 'approve', p.id, {});
  const done = (s: Stage) => s === stage;
  if (done('approved')) return { token, campaign, participation: p };
  p = await kol.posts.submit(p.id, { url: 'https://www.instagram.com/p/PopokLembut01/' });
  if (done('posted')) return { token, campaign, participation: p };
  const shot = await kol.uploads.create(await png(120));
  p = await kol.insights.submit(p.id, {
    metrics: campaign.deliverables.map((d, i) => ({
      deliverableIndex: i,
      values: Object.fromEntries(metricFields(d.platform, d.format).map((key, k) => [key, 1000 * (k + 1)])),
    })),
    screenshotIds: [shot.id],
  });
  if (done('insight_review')) return { token, campaign, participation: p };
  if (done('insight_revision_requested')) {
    p = await officer('insights', 'requestFix', p.id, { note: FIX_NOTE });
    return { token, campaign, participation: p };
  }
  p = await officer('insights', 'approve', p.id, {});
  if (done('completed')) return { token, campaign, participation: p };
  p = await officer('payouts', 'record', p.id, { amount: p.payout!.amount, reference: 'TRF-2026-0615-042' });
  return { token, campaign, participation: p };
}

async function mount(token: string, participationId: string, locale: 'id' | 'en' = 'id') {
  const wrapper = await fixture<HTMLElement>(html`<ibusibuk-provider
    api-base=${apiBase()}
    publishable-key=${PUBLISHABLE_KEY}
    session-token=${token}
    locale=${locale}
  >
    <ibusibuk-insight-submitter participation-id=${participationId}></ibusibuk-insight-submitter>
  </ibusibuk-provider>`);
  const el = wrapper.querySelector('ibusibuk-insight-submitter')!;
  await until(() => el.shadowRoot?.querySelector('.header'), 8000, 'the insight submitter to load');
  return el;
}


function type(el: IbuSibukInsightSubmitter, selector: string, value: string): HTMLInputElement {
  const input = $<HTMLInputElement>(el, selector)!;
  input.focus();
  input.value = value;
  input.setSelectionRange(value.length, value.length);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return input;
}

function pick(el: IbuSibukInsightSubmitter, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#screenshots')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Send, and if a figure is questioned, answer that it is right. */
async function sendConfirming(el: IbuSibukInsightSubmitter): Promise<void> {
  $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
  await until(() => $(el, '#send-anyway') ?? (el as unknown as { _submitting: boolean })._submitting, 4000, 'the send or the question');
  $<HTMLButtonElement>(el, '#send-anyway')?.click();
}

const fieldsets = (el: IbuSibukInsightSubmitter) =>
  $$(el, 'fieldset.deliverable').map((fs) => [...fs.querySelectorAll<HTMLInputElement>('input[data-metric]')].map((i) => i.dataset.metric));

describe('<ibusibuk-insight-submitter>', () => {
  it('says a text file named .png is not really an image, offers no retry and refuses it again without a request', async () => {
    const { token, participation } = await journey('posted');
    const el = await mount(token, participation.id);
    await until(() => $(el, '#screenshots'), 8000, 'the screenshot picker');
    const fake = new File(['ini catatan, bukan gambar'], 'insight-reels.png', { type: 'image/png', lastModified: 1_780_000_000_000 });
    const uploadRequests = () => performance.getEntriesByType('resource').filter((e) => /\/v1\/uploads|\/files/.test(e.name)).length;
    pick(el, [fake]);
    await until(() => $(el, '.upload[data-status="invalid"]'), 8000, 'the refusal');
    const said = $(el, '.upload .status.bad')!.textContent!.trim();
    expect(said).to.equal('“insight-reels.png” bukan gambar sungguhan, walau namanya seperti gambar. Pilih tangkapan layar aslinya.');
    expect(said).not.to.match(/video/i);
    expect($$(el, '.upload-actions button').map((b) => b.textContent!.trim())).to.deep.equal(['Hapus']);
    await expect(el).to.be.accessible();

    // The same file picked again (a new File object, as a picker gives): refused at once, no request sent.
    const before = uploadRequests();
    pick(el, [new File(['ini catatan, bukan gambar'], 'insight-reels.png', { type: 'image/png', lastModified: 1_780_000_000_000 })]);
    await el.updateComplete;
    expect($$(el, '.upload').map((li) => li.dataset.status)).to.deep.equal(['invalid', 'invalid']);
    await new Promise((r) => setTimeout(r, 300));
    expect(uploadRequests()).to.equal(before);
  });

  it('refuses a post link from a platform the campaign does not use, then accepts the right one', async () => {
    const { token, participation } = await journey('approved');
    const el = await mount(token, participation.id);
    expect($(el, '.title')!.textContent).to.equal('Kirim tautan postingan');
    expect($(el, '#url-hint')!.textContent).to.contain('Instagram atau Facebook');
    await expect(el).to.be.accessible();

    type(el, '#url', 'https://www.tiktok.com/@dewi.bunda/video/123');
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
    await until(() => $(el, '#url-error'), 2000, 'the field error');
    expect($(el, '#url-error')!.textContent).to.equal('Tautan ini bukan dari platform kampanye. Gunakan tautan dari Instagram atau Facebook.');
    expect($(el, '#url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('url');
    await expect(el).to.be.accessible();

    type(el, '#url', 'bukan tautan');
    $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
    await until(() => $(el, '#url-error'), 2000, 'the format error');
    expect($(el, '#url-error')!.textContent).to.equal('Tautan tidak valid.');

    type(el, '#url', 'https://www.instagram.com/p/PopokLembutDewi/');
    const posted = oneEvent(el, 'ibusibuk-post-submit');
    const changed = oneEvent(el, 'ibusibuk-participation-change');
    $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
    expect((await posted).detail.participation.stage).to.equal('posted');
    expect((await changed).detail.participation.post!.platform).to.equal('instagram');
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.equal('Kirim insight postingan');
  });

  it('asks each deliverable’s metrics, previews engagement live and sends the insight for checking', async () => {
    const { token, participation } = await journey('posted');
    const el = await mount(token, participation.id);
    expect($$(el, 'fieldset.deliverable legend').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Instagram · Feed',
      'Instagram · Story ×2',
      'Facebook · Feed',
    ]);
    expect(fieldsets(el)).to.deep.equal([
      ['reach', 'impressions', 'likes', 'comments', 'shares', 'saves'],
      ['reach', 'impressions', 'replies', 'linkClicks'],
      ['reach', 'impressions', 'likes', 'comments', 'shares'],
    ]);
    await expect(el).to.be.accessible();

    // Her text stays as typed; what was understood is shown beside it.
    expect(type(el, '#m-0-reach', '12,5 rb').value).to.equal('12,5 rb');
    await el.updateComplete;
    expect($(el, '[data-understood="reach"]')!.textContent).to.equal('= 12.500');
    type(el, '#m-0-likes', '800');
    type(el, '#m-0-comments', '120');
    type(el, '#m-0-shares', '40');
    type(el, '#m-0-saves', '40');
    await el.updateComplete;
    expect($(el, '[data-engagement="0"]')!.textContent).to.equal('8%'); // 1.000 / 12.500

    // Sending with empty fields marks them and focuses the first.
    const screenshotsPicked = png(60);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(() => $(el, '#m-0-impressions-error'), 2000, 'the field errors');
    expect($(el, '#m-0-impressions-error')!.textContent).to.equal('Wajib diisi.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('m-0-impressions');

    const fill = (index: number, keys: string[], base: number) =>
      keys.forEach((key, k) => {
        if (!$<HTMLInputElement>(el, `#m-${index}-${key}`)!.value) type(el, `#m-${index}-${key}`, String(base * (k + 1)));
      });
    fill(0, ['impressions'], 15_000);
    fill(1, ['reach', 'impressions', 'replies', 'linkClicks'], 300);
    fill(2, ['reach', 'impressions', 'likes', 'comments', 'shares'], 200);
    await el.updateComplete;
    expect($(el, '[data-engagement="overall"]')!.textContent).to.match(/%$/);

    pick(el, [await screenshotsPicked]);
    await el.updateComplete;
    expect($$(el, 'progress[part="progress"]').length).to.equal(1);
    await until(() => $(el, '.upload[data-status="done"]'), 8000, 'the screenshot upload');

    const submitted = oneEvent(el, 'ibusibuk-insight-submit');
    await sendConfirming(el);
    const { detail } = await submitted;
    expect(detail.participation.stage).to.equal('insight_review');
    expect(detail.participation.insights[0]!.metrics[0]!.values.reach).to.equal(12_500);
    await el.updateComplete;

    expect($(el, '.title')!.textContent).to.equal('Insight sedang dicek');
    expect($(el, '.summary[data-index="0"]')!.textContent).to.contain('12.500');
    await expect(el).to.be.accessible();
  });

  it('shows the officer’s fix note prominently and starts from the numbers sent before', async () => {
    const { token, participation } = await journey('insight_revision_requested');
    const el = await mount(token, participation.id);
    const notice = $(el, '[part="fix-notice"]')!;
    expect(notice.textContent).to.contain('Project Officer meminta perbaikan insight');
    expect(notice.textContent).to.contain(FIX_NOTE);
    expect($<HTMLInputElement>(el, '#m-0-reach')!.value).to.equal('1.000');
    expect($$(el, '.upload[data-status="done"]')).to.have.length(1);
    await expect(el).to.be.accessible();

    type(el, '#m-0-reach', '4000');
    const submitted = oneEvent(el, 'ibusibuk-insight-submit');
    await sendConfirming(el);
    const { detail } = await submitted;
    expect(detail.participation.stage).to.equal('insight_review');
    expect(detail.participation.insights).to.have.length(2);
    expect(detail.participation.insights[1]!.metrics[0]!.values.reach).to.equal(4000);
  });

  it('shows the fix note in English', async () => {
    const { token, participation } = await journey('insight_revision_requested');
    const el = await mount(token, participation.id, 'en');
    expect($(el, '[part="fix-notice"]')!.textContent).to.contain('The Project Officer asked for a fix');
    expect($<HTMLInputElement>(el, '#m-0-reach')!.value).to.equal('1,000');
    expect($(el, 'button[part="submit"]')!.textContent!.trim()).to.equal('Send insight');
    await expect(el).to.be.accessible();
  });

  it('shows the submitted numbers while the insight is checked', async () => {
    const { token, participation } = await journey('insight_review');
    const el = await mount(token, participation.id);
    expect($(el, '.title')!.textContent).to.equal('Insight sedang dicek');
    expect($(el, 'form')).to.equal(null);
    expect($$(el, '.summary')).to.have.length(3);
    expect($(el, '.summary[data-index="0"] dl')!.textContent).to.contain('Jangkauan');
    await expect(el).to.be.accessible();
  });

  it('shows the pending payout in Rupiah once the insight is approved', async () => {
    const { token, participation, campaign } = await journey('completed');
    const el = await mount(token, participation.id);
    expect($(el, '.title')!.textContent).to.equal('Pembayaran sedang diproses');
    // She gave no tax id: the fee less PPh 21 at the higher rate, each line shown.
    const statement = computePayout({ fee: campaign.compensation.fee, hasNpwp: false });
    const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`.replace(/\s/g, ' ');
    expect($(el, '[data-amount]')!.textContent!.replace(/\s/g, ' ')).to.equal(rupiah(statement.net));
    expect($(el, '[data-gross]')!.textContent!.replace(/\s/g, ' ')).to.equal(rupiah(campaign.compensation.fee));
    expect($(el, '[data-tax]')!.textContent!.replace(/\s/g, ' ')).to.equal(`− ${rupiah(statement.tax)}`);
    expect($(el, '[part="payout"]')!.textContent).to.contain('PPh 21 dipotong (tanpa NPWP/NIK, tarif lebih tinggi)');
    expect($(el, '[data-expected]')!.textContent).to.match(/\d{4}/);
    expect($(el, '[part="payout"]')!.textContent).to.contain('Diproses');
    await expect(el).to.be.accessible();

    // She gave no payout details yet: they are asked here, under the payout.
    await until(() => $(el, 'ibusibuk-payout-details')?.shadowRoot?.querySelector('form'), 8000, 'the payout details form');
    expect($(el, 'ibusibuk-payout-details')!.shadowRoot!.textContent).to.contain('Rekening untuk fee Bunda');
  });

  it('does not ask again under the payout for details she already gave', async () => {
    // Another name: the staff payouts list, run later on the same server, labels each row by name.
    const { token, participation } = await journey('completed', 'Wulan Sari');
    await createClient({ baseUrl: apiBase(), sessionToken: token }).payoutProfiles.update({
      details: { method: 'ewallet', provider: 'ovo', phone: '081298764321', name: 'Dewi Anggraini' },
      taxId: { kind: 'npwp', number: '123456789012345' },
    });
    const el = await mount(token, participation.id);
    await until(() => $(el, 'ibusibuk-payout-details'), 8000, 'the payout details slot');
    await new Promise((r) => setTimeout(r, 300));
    expect($(el, 'ibusibuk-payout-details')!.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
  });

  it('shows the paid payout with its date and reference, in both languages', async () => {
    const { token, participation } = await journey('paid');
    for (const [locale, title, status] of [
      ['id', 'Fee sudah dibayar', 'Sudah dibayar'],
      ['en', 'Your fee has been paid', 'Paid'],
    ] as const) {
      const el = await mount(token, participation.id, locale);
      expect($(el, '.title')!.textContent).to.equal(title);
      const payout = $(el, '[part="payout"]')!.textContent!;
      expect(payout).to.contain(status);
      expect(payout).to.contain('TRF-2026-0615-042');
      expect(payout).to.match(/2026/);
      await expect(el).to.be.accessible();
    }
  });

  describe('counts typed the way she reads them', () => {
    const TABLE: Record<'id' | 'en', [string, string][]> = {
      id: [
        ['12.500', '= 12.500'],
        ['12,5 rb', '= 12.500'],
        ['1,2rb', '= 1.200'],
        ['3,5 jt', '= 3.500.000'],
        ['1.2K', '= 1.200'],
        ['2M', '= 2.000.000'],
        ['-5', 'Angka tidak boleh negatif.'],
        ['3.5', 'Jumlah harus bilangan bulat. Maksudnya ribu? Tulis misalnya 1,5 rb.'],
        ['1.200 rb', 'Kurang jelas: tulis angka lengkapnya, misalnya 1.200 atau 1.200.000.'],
        ['banyak', 'Tulis angkanya saja, misalnya 12.500 atau 12,5 rb.'],
        ['99999999999', 'Angkanya terlalu besar.'],
      ],
      en: [
        ['12,500', '= 12,500'],
        ['12.5K', '= 12,500'],
        ['3,5 jt', '= 3,500,000'],
        ['2M', '= 2,000,000'],
        ['-5', 'The number cannot be negative.'],
        ['3.5', 'A count is a whole number. Thousands? Type e.g. 1.5K.'],
        ['1.200 rb', 'Unclear: type the number in full, e.g. 1,200 or 1,200,000.'],
      ],
    };
    for (const locale of ['id', 'en'] as const) {
      it(`shows what each typed count was read as, or why it was refused (${locale})`, async () => {
        const { token, participation } = await journey('posted');
        const el = await mount(token, participation.id, locale);
        for (const [typed, shown] of TABLE[locale]) {
          const input = type(el, '#m-0-reach', typed);
          input.dispatchEvent(new Event('change', { bubbles: true }));
          await el.updateComplete;
          expect(input.value, typed).to.equal(typed);
          const understood = $(el, '[data-understood="reach"]')!.textContent!;
          const error = $(el, '#m-0-reach-error')?.textContent ?? '';
          expect(shown.startsWith('=') ? understood : error, typed).to.equal(shown);
          expect(input.getAttribute('aria-invalid'), typed).to.equal(shown.startsWith('=') ? 'false' : 'true');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('keeps a long number inside its card', async () => {
      const { token, participation } = await journey('posted');
      const el = await mount(token, participation.id);
      el.style.maxWidth = '320px';
      type(el, '#m-0-reach', '9.999.999.999.999.999.999');
      await el.updateComplete;
      const card = $(el, '[part="base"]') ?? $(el, '.header')!.parentElement!;
      const input = $(el, '#m-0-reach')!;
      expect(input.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right + 0.5);
      el.style.maxWidth = '';
    });

    it('asks about figures below reach, interactions beyond her followers and a figure with extra zeros', async () => {
      const { token, participation, campaign } = await journey('posted');
      const el = await mount(token, participation.id);
      // Feed: 20.000 likes on 18.000 followers, 200 million impressions; first story: impressions below reach.
      const figures: Record<string, string>[] = [{ reach: '30000', impressions: '200000000', likes: '20000' }, { reach: '800', impressions: '10' }];
      campaign.deliverables.forEach((d, i) =>
        metricFields(d.platform, d.format).forEach((key) => type(el, `#m-${i}-${key}`, figures[i]?.[key] ?? (key === 'reach' ? '800' : key === 'impressions' ? '900' : '10'))),
      );
      pick(el, [await png(60)]);
      await until(() => $(el, '.upload[data-status="done"]'), 8000, 'the screenshot upload');
      $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
      await until(() => $(el, '[part="flags"]'), 4000, 'the question');
      const said = Object.fromEntries($$(el, '[data-flag]').map((f) => [f.dataset.flag, f.textContent!.replace(/\s+/g, ' ')]));
      expect(Object.keys(said)).to.include.members(['absurd_value', 'engagement_above_followers', 'below_reach']);
      expect(said['absurd_value']).to.contain('200.000.000').and.to.contain('tidak masuk akal');
      expect(said['engagement_above_followers']).to.contain('18.000 pengikut');
      expect(said['below_reach']).to.contain('lebih sedikit dari');
      await expect(el).to.be.accessible();
    });

    for (const [locale, title, send, likesWord] of [
      ['id', 'Apakah angka ini benar?', 'Ya, sudah benar, kirim', 'suka 900'],
      ['en', 'Are these figures right?', 'Yes, they are right, send', 'Likes 900'],
    ] as const) {
      it(`asks about likes above reach before sending, and sends when she says they are right (${locale})`, async () => {
        const { token, participation, campaign } = await journey('posted');
        const el = await mount(token, participation.id, locale);
        campaign.deliverables.forEach((d, i) =>
          metricFields(d.platform, d.format).forEach((key) => type(el, `#m-${i}-${key}`, key === 'likes' && i === 0 ? '900' : key === 'reach' || key === 'impressions' ? '800' : '10')),
        );
        pick(el, [await png(40)]);
        await until(() => $(el, '.upload[data-status="done"]'), 8000, 'the screenshot upload');
        $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
        await until(() => $(el, '[part="flags"]'), 4000, 'the question');
        const question = $(el, '[part="flags"]')!;
        expect($(el, '#flags-title')!.textContent).to.equal(title);
        expect(el.shadowRoot!.activeElement?.id).to.equal('flags-title');
        expect($$(el, '[data-flag]').map((f) => f.dataset.flag)).to.include('above_reach');
        expect(question.textContent).to.contain(likesWord);
        await expect(el).to.be.accessible();

        // "Look again" closes the question and takes her to the figure; nothing was sent.
        $<HTMLButtonElement>(el, '#recheck')!.click();
        await until(() => !$(el, '[part="flags"]'), 2000, 'the question to close');
        expect(el.shadowRoot!.activeElement?.id).to.equal('m-0-likes');

        $<HTMLButtonElement>(el, 'button[part="submit"]')!.click();
        await until(() => $(el, '#send-anyway'), 4000, 'the question again');
        expect($(el, '#send-anyway')!.textContent!.trim()).to.equal(send);
        const submitted = oneEvent(el, 'ibusibuk-insight-submit');
        $<HTMLButtonElement>(el, '#send-anyway')!.click();
        const { detail } = await submitted;
        expect(detail.participation.stage).to.equal('insight_review');
        expect(detail.participation.insights[0]!.metrics[0]!.values.likes).to.equal(900);
      });
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient, type Campaign, type Participation } from '@ibusibuk/sdk';
import './brief.js';
import '../provider/provider.js';
import type { IbuSibukBrief } from './brief.component.js';
import { apiBase, officer, PUBLISHABLE_KEY, publicClient, signInKol, uniqueEmail } from '../../../test/fixtures.js';
import { demoBrief, participationAt } from './brief.fixtures.js';
import { $, shadow, shadowText, status, text, until } from '../../../test/support/dom.js';

// The browser keeps 250 resource entries by default; the unbundled test page loads more modules than that.
performance.setResourceTimingBufferSize(100_000);
const markdownLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('brief.markdown'));

async function controlled(props: Partial<IbuSibukBrief>) {
  const el = await fixture<IbuSibukBrief>(html`<ibusibuk-brief></ibusibuk-brief>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

const bodyRendered = (el: IbuSibukBrief) => until(() => $(el, '[part="body"]'), 5000, 'the Markdown body');

async function connected(attrs: string, token: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}" session-token="${token}"><ibusibuk-brief ${attrs}></ibusibuk-brief></ibusibuk-provider>`;
  return wrapper.querySelector('ibusibuk-brief') as IbuSibukBrief;
}

/** A new KOL who applied to an open demo campaign with a brief (TikTok ≥ 1.000, no other requirement). */
async function appliedKol(): Promise<{ token: string; campaign: Campaign; participation: Participation }> {
  const campaigns = (await publicClient().campaigns.list({ status: 'open', limit: 100 })).data;
  const campaign = campaigns.find((c) => c.title === 'Ruam Popok? Atasi dengan Lembut')!;
  const { token } = await signInKol(uniqueEmail('brief'));
  const client = createClient({ baseUrl: apiBase(), sessionToken: token });
  const participation = await client.applications.create(campaign.id, {
    profile: {
      name: 'Nina Kartika',
      whatsapp: '+6285600001111',
      city: 'Bekasi',
      socialAccounts: [{ platform: 'tiktok', handle: 'nina.kartika', followers: 9_000 }],
      children: [],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Saya rutin membuat video perawatan bayi di TikTok.',
      contentIdea: 'Video singkat cara merawat kulit bayi yang ruam.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
  });
  return { token, campaign, participation };
}

describe('<ibusibuk-brief> controlled', () => {
  // First in the file: nothing has imported the Markdown module yet.
  it('loads marked and DOMPurify only when a brief with a body renders', async () => {
    const el = await controlled({ brief: demoBrief({ body: '' }), participation: participationAt('accepted') });
    expect($(el, '.objective')).not.to.equal(null);
    expect(markdownLoaded()).to.equal(false);
    el.brief = demoBrief();
    await bodyRendered(el);
    expect(markdownLoaded()).to.equal(true);
  });

  it('shows every part of the brief, with the acknowledgement for an accepted KOL (id)', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('accepted') });
    await bodyRendered(el);
    expect($(el, 'h2')!.textContent).to.equal('Brief kampanye');
    expect(shadowText(el)).to.contain('Versi 2');
    expect($(el, '.objective')!.textContent).to.contain('Mengenalkan bubur organik');
    expect($(el, '[part="body"] h2')!.textContent).to.equal('Alur konten');
    expect($(el, '[part="body"] strong')!.textContent).to.equal('lapar');
    const link = $<HTMLAnchorElement>(el, '[part="body"] a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect([...shadow(el).querySelectorAll('.key-messages li')]).to.have.length(3);
    expect(shadow(el).querySelectorAll('[part="dos"] li')).to.have.length(3);
    expect(shadow(el).querySelectorAll('[part="donts"] li')).to.have.length(3);
    expect($(el, '[part="donts"] h3')!.textContent).to.contain('Yang perlu dihindari');
    expect([...shadow(el).querySelectorAll('.copy-chip .tag-text')].map((n) => n.textContent)).to.deep.equal([
      '#SiKecilOrganik',
      '#MPASIPertama',
      '#IbuSibuk',
      '@sikecilorganik',
      '@orami.id',
    ]);
    expect(shadowText(el)).to.contain('Sebut manfaat utama di kalimat pertama.');
    const images = [...shadow(el).querySelectorAll<HTMLImageElement>('[part="references"] img')];
    expect([...shadow(el).querySelectorAll('figcaption')].map((f) => f.textContent)).to.deep.equal(['Contoh pencahayaan', 'Posisi kemasan']);
    expect(images.map((i) => [i.alt, i.loading])).to.deep.equal([
      ['Gambar referensi 1', 'lazy'],
      ['Gambar referensi 2', 'lazy'],
    ]);
    const ref = $<HTMLAnchorElement>(el, '.ref-links a')!;
    expect([ref.target, ref.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect($(el, '[part="acknowledge"] button')!.textContent).to.contain('Saya sudah membaca dan memahami brief ini');
    expect($(el, '[part="badge"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English and stays accessible (en)', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('accepted'), locale: 'en' });
    await bodyRendered(el);
    expect($(el, 'h2')!.textContent).to.equal('Campaign brief');
    expect(shadowText(el)).to.contain('Key messages');
    expect($(el, '[part="acknowledge"] button')!.textContent).to.contain('I have read and understood this brief');
    await expect(el).to.be.accessible();
  });

  it('sanitises the Markdown body: no script, no event handler, no javascript: link', async () => {
    const w = window as unknown as { __briefPwned?: number };
    delete w.__briefPwned;
    const body = [
      'Halo Bunda <img src="x" onerror="window.__briefPwned = 1">',
      '',
      '<script>window.__briefPwned = 2</script>',
      '',
      '[klik](javascript:window.__briefPwned=3) <a href="https://example.com" onclick="window.__briefPwned=4">aman</a>',
      '',
      '<iframe src="https://example.com"></iframe><form action="https://evil.example"><input name="x"></form>',
      '<p style="position:fixed;inset:0">menutupi halaman</p>',
    ].join('\n');
    const el = await controlled({ brief: demoBrief({ body }), participation: participationAt('accepted') });
    await bodyRendered(el);
    await new Promise((r) => setTimeout(r, 100)); // give a broken image's onerror time to fire
    const rendered = $(el, '[part="body"]')!;
    expect(w.__briefPwned).to.equal(undefined);
    expect(rendered.querySelector('script, iframe, form, input')).to.equal(null);
    expect(rendered.querySelector('[onerror], [onclick], [style]')).to.equal(null);
    expect(rendered.querySelector('img')!.getAttribute('src')).to.equal('x');
    for (const a of rendered.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
    expect(rendered.textContent).to.contain('Halo Bunda');
    expect(rendered.textContent).to.contain('menutupi halaman');
  });

  it('keeps a mention with a dot whole in the brief as a 390 px phone shows it inside the campaign (260 px)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 260px"></div>`);
    const el = document.createElement('ibusibuk-brief');
    el.brief = { ...demoBrief(), hashtags: ['#SiKecilOrganik', '#MPASIPertama', '#IbuSibuk'], mentions: ['@sikecilorganik.id', '@orami.id'] };
    wrap.append(el);
    await el.updateComplete;
    const texts = [...shadow(el).querySelectorAll('.tag-text')].filter((t) => t.textContent!.startsWith('@'));
    expect(texts.map((t) => t.textContent)).to.deep.equal(['@sikecilorganik.id', '@orami.id']);
    for (const t of texts) {
      const range = document.createRange();
      range.selectNodeContents(t);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, t.textContent!).to.equal(1);
    }
  });

  it('copies a hashtag with the Clipboard API and announces it', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('accepted') });
    const writes: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void writes.push(t) } });
    try {
      const chip = shadow(el).querySelectorAll<HTMLButtonElement>('.copy-chip')[0]!;
      expect(chip.getAttribute('aria-label')).to.equal('Salin #SiKecilOrganik');
      chip.click();
      await until(() => status(el) !== '', 2000, 'the announcement');
      expect(writes).to.deep.equal(['#SiKecilOrganik']);
      expect(status(el)).to.equal('#SiKecilOrganik tersalin');
      expect(chip.querySelector('.copy-icon')!.textContent).to.equal('✓');

      $<HTMLButtonElement>(el, '.copy-all')!.click();
      await until(() => writes.length === 2, 2000, 'copy all');
      expect(writes[1]).to.equal('#SiKecilOrganik #MPASIPertama #IbuSibuk @sikecilorganik @orami.id');
      await until(() => status(el) === 'Semua tagar dan mention tersalin', 2000, 'the copy-all announcement');
      expect($(el, '.copy-all')!.textContent).to.contain('Tersalin');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    }
  });

  it('falls back to a selection copy when the Clipboard API refuses', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('accepted'), locale: 'en' });
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const execCommand = document.execCommand;
    let selected = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    document.execCommand = ((command: string) => {
      selected = command === 'copy' ? (shadow(el).querySelector('textarea.copy-buffer') as HTMLTextAreaElement | null)?.value ?? '' : '';
      return command === 'copy';
    }) as typeof document.execCommand;
    try {
      shadow(el).querySelectorAll<HTMLButtonElement>('.copy-chip')[3]!.click();
      await until(() => status(el) !== '', 2000, 'the announcement');
      expect(selected).to.equal('@sikecilorganik');
      expect(status(el)).to.equal('@sikecilorganik copied');
      expect(shadow(el).querySelector('textarea.copy-buffer')).to.equal(null);
    } finally {
      document.execCommand = execCommand;
      if (original) Object.defineProperty(navigator, 'clipboard', original);
    }
  });

  it('explains that the brief opens after acceptance while she is still applied (id and en)', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('applied') });
    expect($(el, '[part="locked"]')).not.to.equal(null);
    expect(shadowText(el)).to.contain('Brief akan terbuka setelah Bunda diterima di kampanye ini');
    expect(shadowText(el)).not.to.contain('Mengenalkan bubur organik');
    expect($(el, '[part="acknowledge"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The brief opens once you are accepted to this campaign.');
    await expect(el).to.be.accessible();
  });

  it('tells a KOL who was not selected that the brief is for selected mothers only', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('rejected') });
    expect(shadowText(el)).to.contain('Brief hanya terbuka untuk Bunda yang terpilih di kampanye ini.');
  });

  it('shows an acknowledged brief read-only with its badge (id and en)', async () => {
    const el = await controlled({ brief: demoBrief(), participation: participationAt('drafting') });
    await bodyRendered(el);
    expect($(el, '[part="badge"]')!.textContent).to.contain('Brief sudah dibaca');
    expect($(el, '[part="badge"]')!.textContent).to.contain('Dikonfirmasi');
    expect($(el, '[part="acknowledge"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect($(el, '[part="badge"]')!.textContent).to.contain('Brief read');
    await expect(el).to.be.accessible();
  });

  it('shows a brief given without a participation as it is (a preview)', async () => {
    const el = await controlled({ brief: demoBrief() });
    expect($(el, '.objective')).not.to.equal(null);
    expect($(el, '[part="acknowledge"]')).to.equal(null);
    expect($(el, '[part="locked"]')).to.equal(null);
  });
});

describe('<ibusibuk-brief> connected to the reference server', () => {
  it('stays closed before acceptance, opens once the officer accepts, and the acknowledgement moves her to drafting', async () => {
    const { token, campaign, participation } = await appliedKol();

    const before = await connected(`campaign-id="${campaign.id}" participation-id="${participation.id}"`, token);
    await until(() => $(before, '[part="locked"]'), 8000, 'the locked state');
    expect(shadowText(before)).to.contain('Brief akan terbuka setelah Bunda diterima');
    await expect(before).to.be.accessible();
    expect($(before, 'ibusibuk-payout-details')).to.equal(null);

    await officer('participations', 'accept', participation.id);

    // Found from the campaign alone: her participation is looked up.
    const el = await connected(`campaign-id="${campaign.id}"`, token);
    await until(() => $(el, '.objective'), 8000, 'the brief');
    await bodyRendered(el);
    expect($(el, '[part="body"] h2')).not.to.equal(null);
    expect(shadowText(el)).to.contain('Tagar & mention wajib');
    // Each hashtag and mention once: in its copy chip, not again in the body.
    const { hashtags, mentions } = await officer('campaigns', 'brief', campaign.id);
    for (const tag of [...hashtags, ...mentions] as string[]) {
      expect(shadowText(el).split(tag).length - 1, tag).to.equal(1);
    }
    expect($(el, '[part="badge"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const acknowledged = oneEvent(el, 'ibusibuk-brief-acknowledge');
    const changed = oneEvent(el, 'ibusibuk-participation-change');
    $<HTMLButtonElement>(el, '[part="acknowledge"] button')!.click();
    const { detail } = (await acknowledged) as CustomEvent<{ participation: Participation }>;
    expect(detail.participation.stage).to.equal('drafting');
    expect(((await changed) as CustomEvent<{ participation: Participation }>).detail.participation.stage).to.equal('drafting');
    await until(() => $(el, '[part="badge"]'), 4000, 'the badge');
    expect(shadowText(el)).to.contain('Terima kasih, Bunda! Sekarang Bunda bisa mulai membuat konten.');
    expect(status(el)).to.equal('Terima kasih, Bunda! Sekarang Bunda bisa mulai membuat konten.');
    expect($(el, '[part="acknowledge"] button')).to.equal(null);
    await expect(el).to.be.accessible();

    const stored = await officer('participations', 'get', participation.id);
    expect(stored.stage).to.equal('drafting');
  });

  it('asks where her fee goes once she is accepted, and the brief goes on without it', async () => {
    const { token, campaign, participation } = await appliedKol();
    await officer('participations', 'accept', participation.id);
    const el = await connected(`campaign-id="${campaign.id}"`, token);
    await until(() => $(el, '.objective'), 8000, 'the brief');
    await until(() => $(el, 'ibusibuk-payout-details')?.shadowRoot?.querySelector('form'), 8000, 'the payout form');
    const details = $(el, 'ibusibuk-payout-details')!;
    expect(text(details.shadowRoot)).to.contain('Ke mana fee Bunda ditransfer?');
    expect(text(details.shadowRoot)).to.contain('Tanpa NPWP/NIK, PPh 21 yang dipotong dari fee Bunda 20 % lebih tinggi.');
    await expect(el).to.be.accessible();

    // Not a gate: she confirms the brief with the details still empty.
    const acknowledged = oneEvent(el, 'ibusibuk-brief-acknowledge');
    $<HTMLButtonElement>(el, '[part="acknowledge"] button')!.click();
    expect(((await acknowledged) as CustomEvent<{ participation: Participation }>).detail.participation.stage).to.equal('drafting');

    // And gives them later, from the same place.
    await until(() => $(el, 'ibusibuk-payout-details')?.shadowRoot?.querySelector('form'), 4000, 'the payout form after the acknowledgement');
    const form = $(el, 'ibusibuk-payout-details')!.shadowRoot!;
    const fill = (selector: string, value: string) => {
      const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    };
    fill('#pd-details-bankCode', '002');
    await (details as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    fill('#pd-details-accountNumber', '0012 3456 7890');
    fill('#pd-details-holderName', 'Rina Kartika');
    await (details as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const saved = oneEvent(el, 'ibusibuk-payout-profile-save');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await saved;
    await until(() => form.querySelector('[data-masked]'), 4000, 'the masked account');
    expect(form.querySelector('[data-masked]')!.textContent).to.equal('BRI •••• 7890');
  });

  it("shows the explanation when the server refuses the brief, even if the page's participation says accepted", async () => {
    const { token, campaign, participation } = await appliedKol();
    const el = await connected(`campaign-id="${campaign.id}"`, token);
    el.participation = { ...participation, stage: 'accepted' };
    await until(() => $(el, '[part="locked"]'), 8000, 'the locked state');
    expect(shadowText(el)).to.contain('Brief akan terbuka setelah Bunda diterima di kampanye ini');
  });

  it('shows an error with a retry button when her participation cannot be loaded', async () => {
    const { token } = await signInKol(uniqueEmail('salah'));
    const el = await connected('participation-id="par_doesNotExist00"', token);
    const failed = oneEvent(el, 'ibusibuk-error-show');
    expect(((await failed) as CustomEvent<{ code: string }>).detail.code).to.equal('not_found');
    await until(() => $(el, '.notice.error'), 4000, 'the error');
    expect(shadowText(el)).to.contain('Brief belum bisa dimuat.');
    expect($(el, '.notice.error button')!.textContent!.trim()).to.equal('Coba lagi');
    await expect(el).to.be.accessible();
  });

  it('shows skeletons while loading', async () => {
    const { token } = await signInKol(uniqueEmail('muat'));
    const el = await connected('campaign-id="cmp_whatever000001"', token);
    await el.updateComplete;
    expect($(el, '.skeleton')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

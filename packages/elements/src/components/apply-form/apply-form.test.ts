import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type ApplicationInput, type Campaign, type KolProfileInput, type Participation } from '@ibusibuk/sdk';
import './apply-form.js';
import '../provider/provider.js';
import type { IbuSibukApplyForm } from './apply-form.component.js';
import type { IbuSibukProvider } from '../provider/provider.component.js';
import { apiBase, PUBLISHABLE_KEY, publicClient, signInKol, uniqueEmail } from '../../../test/fixtures.js';
import { applyCampaign, openToAll, savedProfile } from './apply-form.fixtures.js';
import { $, shadow, shadowText, status, until } from '../../../test/support/dom.js';

/** The reference server's fixed clock: children's ages are counted at this moment. */
const SERVER_NOW = new Date('2026-06-01T03:00:00Z');

const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, path: string) =>
  $<T>(el, `#f-${path.replaceAll('.', '-')}`)!;
const errorOf = (el: HTMLElement, path: string) => $(el, `#f-${path.replaceAll('.', '-')}-error`)?.textContent?.trim() ?? '';

/** A profile that meets the demo campaigns' TikTok and Instagram requirements, with a child of 17 months at the server's clock. */
const fullProfile = (overrides: Partial<KolProfileInput> = {}): KolProfileInput => ({
  name: 'Sari Wulandari',
  whatsapp: '+6281311112222',
  city: 'Jakarta Selatan',
  province: 'DKI Jakarta',
  socialAccounts: [
    { platform: 'tiktok', handle: 'sari.bunda', followers: 25_000 },
    { platform: 'instagram', handle: 'sari.bunda', followers: 18_000 },
  ],
  children: [{ birthYear: 2025, birthMonth: 1 }],
  niches: ['parenting', 'mpasi'],
  ...overrides,
});

const answers = {
  whyMe: 'Saya ibu dua anak yang rutin berbagi tips perawatan bayi di TikTok.',
  contentIdea: 'Video rutinitas malam si kecil dari mandi sampai tidur nyenyak.',
  eligibility: { meetsRequirements: true as const, willFollowBrief: true as const },
};

let openCampaigns: Campaign[] | undefined;
/** An open demo campaign of the seed, by its title. */
// The element fetches its form rules (zod/mini, @ibusibuk/sdk/forms) when it connects; a mother
// reading the form gives them time to arrive, a test submitting at machine speed does not.
before(async () => {
  await import('@ibusibuk/sdk/forms');
});
/** After mounting, until the element holds its form rules (its import() answers some tasks later even once the module is loaded). */
const rulesArrived = async (el: Element) => {
  const started = Date.now();
  while (!(el as unknown as { _forms?: unknown })._forms && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!(el as unknown as { _forms?: unknown })._forms) throw new Error('no forms after 5 s');
};

async function seeded(title: string): Promise<Campaign> {
  openCampaigns ??= (await publicClient().campaigns.list({ status: 'open', limit: 100 })).data;
  const campaign = openCampaigns.find((c) => c.title === title);
  if (!campaign) throw new Error(`no open demo campaign titled ${title}`);
  return campaign;
}
const RASH = 'Ruam Popok? Atasi dengan Lembut'; // TikTok ≥ 1.000
const SOAP = 'Mandi Sore Ceria bersama Si Kecil'; // TikTok ≥ 5.000
const DIAPERS = 'Review Jujur Popok Lembut untuk Tidur Malam'; // Instagram ≥ 3.000, child 0–24 months

async function controlled(campaign: Campaign, props: Partial<IbuSibukApplyForm> = {}) {
  const el = await fixture<IbuSibukApplyForm>(html`<ibusibuk-apply-form .now=${SERVER_NOW} .campaign=${campaign}></ibusibuk-apply-form>`);
  Object.assign(el, props);
  await el.updateComplete;
  await rulesArrived(el);
  return el;
}

/** The form inside a provider, as a page embeds it; signed in when a token is given. */
async function connected(attrs: string, token?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}"${
    token ? ` session-token="${token}"` : ''
  }><ibusibuk-apply-form ${attrs}></ibusibuk-apply-form></ibusibuk-provider>`;
  const provider = wrapper.querySelector('ibusibuk-provider') as IbuSibukProvider;
  const form = wrapper.querySelector('ibusibuk-apply-form') as IbuSibukApplyForm;
  form.now = SERVER_NOW;
  return { provider, form };
}

const formReady = (el: IbuSibukApplyForm) => until(() => $(el, 'form'), 8000, 'the application form');

/** Types into a field the way the browser reports it (an `input` event), then lets the element render. */
async function type(el: IbuSibukApplyForm, path: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(el, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function tick(el: IbuSibukApplyForm, path: string) {
  field(el, path).click();
  await el.updateComplete;
}
async function answerAndConfirm(el: IbuSibukApplyForm) {
  await type(el, 'answers.whyMe', answers.whyMe);
  await type(el, 'answers.contentIdea', answers.contentIdea);
  await tick(el, 'answers.eligibility.meetsRequirements');
  await tick(el, 'answers.eligibility.willFollowBrief');
  await tick(el, 'consent');
}
const submit = async (el: IbuSibukApplyForm) => {
  $(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
};

/** A KOL who signed in and holds a client of her own (to apply outside the form). */
async function kolWithClient() {
  const { token, email } = await signInKol(uniqueEmail('bunda'));
  return { token, email, client: createClient({ baseUrl: apiBase(), sessionToken: token }) };
}

describe('<ibusibuk-apply-form> controlled', () => {
  it('shows the campaign and its requirements, and is accessible (id)', async () => {
    const el = await controlled(applyCampaign());
    expect($(el, 'h2')!.textContent).to.equal('Daftar ikut kampanye ini');
    expect(shadowText(el)).not.to.contain('KOL');
    const reqs = [...shadow(el).querySelectorAll('[part="requirements"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(reqs).to.deep.equal([
      '• Instagram: minimal 5.000 pengikut',
      '• Domisili: Jakarta, Bandung atau Jawa Barat',
      '• Punya anak usia 6 bulan–2 tahun',
      '• Topik: Parenting, MPASI',
    ]);
    const whatsapp = field(el, 'profile.whatsapp');
    expect(whatsapp.type).to.equal('tel');
    expect(whatsapp.inputMode).to.equal('tel');
    expect(whatsapp.getAttribute('aria-describedby')).to.equal('f-profile-whatsapp-hint');
    expect(shadowText(el)).to.contain('Diawali +62');
    // A campaign for young children offers the first child row straight away.
    expect(field(el, 'profile.children.0.birthMonth')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the fee with its PPh 21 estimate and net, with and without NPWP/NIK, in both languages', async () => {
    const fold = (node: Element | null) =>
      [...node!.querySelectorAll('dl > div, p')]
        .map((row) => [...(row.children.length ? row.children : [row])].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' '))
        .join(' | ');
    const id = await controlled(applyCampaign());
    const taxId = fold($(id, '[part="fee-tax"]'));
    expect(taxId).to.contain('Fee (bruto) Rp 1.500.000');
    expect(taxId).to.contain('Perkiraan diterima Bunda Rp 1.462.500');
    expect(taxId).to.contain('Tanpa NPWP/NIK: Rp 45.000 dipotong');
    expect(taxId).to.contain('PMK 168/2023');
    const en = await controlled(applyCampaign(), { locale: 'en' });
    await until(() => fold($(en, '[part="fee-tax"]')).includes('Fee (gross)'), 2000, 'the English text');
    const taxEn = fold($(en, '[part="fee-tax"]'));
    expect(taxEn).to.contain('Estimated PPh 21 (with NPWP/NIK) − IDR 37,500');
    expect(taxEn).to.contain('Without NPWP/NIK: IDR 45,000 withheld (20 % higher), you receive IDR 1,455,000');
    await expect(en).to.be.accessible();
  });

  it('speaks English and stays accessible (en)', async () => {
    const el = await controlled(applyCampaign(), { locale: 'en' });
    expect($(el, 'h2')!.textContent).to.equal('Apply to this campaign');
    expect(shadowText(el)).to.contain('Instagram: at least 5,000 followers');
    expect(shadowText(el)).to.contain('Has a child aged 6 months–2 years');
    expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Send application');
    await expect(el).to.be.accessible();
  });

  it('shows every field message under its field and moves focus to the first on a failed submit', async () => {
    const el = await controlled(openToAll());
    let submitted = false;
    el.addEventListener('ibusibuk-application-submit', () => (submitted = true));
    await submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'profile.name')).to.equal('Wajib diisi.');
    expect(errorOf(el, 'profile.whatsapp')).to.equal('Wajib diisi.');
    expect(errorOf(el, 'answers.whyMe')).to.equal('Wajib diisi.');
    expect(errorOf(el, 'consent')).to.equal('Wajib dicentang.');
    const name = field(el, 'profile.name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.contain('f-profile-name-error');
    expect(shadow(el).activeElement).to.equal(name);
    expect(status(el)).to.match(/^Ada \d+ isian yang perlu diperbaiki\.$/);
    expect(submitted).to.equal(false);
    await expect(el).to.be.accessible();

    // Fixing a field clears its message live; a too-short answer says how long it must be.
    await type(el, 'profile.name', 'Rina');
    await type(el, 'profile.whatsapp', '0812 3456 7890');
    await type(el, 'answers.whyMe', 'Suka MPASI');
    expect(errorOf(el, 'profile.name')).to.equal('');
    expect(errorOf(el, 'answers.whyMe')).to.equal('Minimal 20 karakter.');
    field(el, 'profile.whatsapp').dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(field(el, 'profile.whatsapp').value).to.equal('+6281234567890');
    expect(errorOf(el, 'profile.whatsapp')).to.equal('');
  });

  it('shows field messages in English too', async () => {
    const el = await controlled(openToAll(), { locale: 'en' });
    await submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'profile.name')).to.equal('This field is required.');
    expect(errorOf(el, 'consent')).to.equal('Please tick this box.');
    await type(el, 'profile.whatsapp', '12345');
    expect(errorOf(el, 'profile.whatsapp')).to.equal('WhatsApp number must start with +62, e.g. +6281234567890.');
    await expect(el).to.be.accessible();
  });

  it('checks the requirements live and blocks the submit while one is unmet', async () => {
    const el = await controlled(applyCampaign(), {
      profile: savedProfile({ socialAccounts: [{ platform: 'instagram', handle: 'rina', followers: 1200 }], city: 'Medan', province: 'Sumatera Utara' }),
    });
    await answerAndConfirm(el);
    const state = () => [...shadow(el).querySelectorAll('[part="requirements"] li')].map((li) => li.className.trim());
    expect(state()).to.deep.equal(['req-unmet', 'req-unmet', 'req-met', 'req-met']);
    const unmet = $(el, '[data-unmet]')!;
    expect(unmet.textContent).to.contain('Kampanye ini butuh akun Instagram dengan minimal 5.000 pengikut (saat ini 1.200).');
    expect(unmet.textContent).to.contain('Kampanye ini khusus untuk Bunda yang tinggal di Jakarta, Bandung atau Jawa Barat.');
    expect($(el, 'button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('true');

    let submitted = false;
    el.addEventListener('ibusibuk-application-submit', () => (submitted = true));
    await submit(el);
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorOf(el, 'profile.socialAccounts')).to.contain('minimal 5.000 pengikut');
    expect(errorOf(el, 'profile.city')).to.contain('Jakarta, Bandung atau Jawa Barat');
    expect($(el, 'fieldset[data-path="profile.socialAccounts"]')!.hasAttribute('data-invalid')).to.equal(true);
    await expect(el).to.be.accessible();

    // Meeting them (a bigger account, a city on the list) lifts the block.
    await type(el, 'profile.socialAccounts.0.followers', '12.500');
    await type(el, 'profile.city', 'bandung');
    expect(state()).to.deep.equal(['req-met', 'req-met', 'req-met', 'req-met']);
    expect($(el, '[data-unmet]')).to.equal(null);
    expect($(el, 'button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('asks for what is missing on an empty form instead of saying she does not qualify', async () => {
    const el = await controlled(applyCampaign());
    await submit(el);
    await el.updateComplete;
    expect($(el, '[data-unmet]')).to.equal(null);
    expect(shadowText(el)).not.to.contain('belum memenuhi syarat');
    const state = () => [...shadow(el).querySelectorAll('[part="requirements"] li')].map((li) => li.className.trim());
    expect(state()).to.deep.equal(['req-unknown', 'req-unknown', 'req-unknown', 'req-unknown']);
    expect(errorOf(el, 'profile.socialAccounts')).to.equal('Tambahkan akun Instagram Bunda (minimal 5.000 pengikut).');
    expect(errorOf(el, 'profile.city')).to.equal('Wajib diisi.');
    expect(status(el)).to.match(/^Ada \d+ isian yang perlu diperbaiki\.$/);
    await expect(el).to.be.accessible();
  });

  it('ticks the topics requirement once she picks one of the named topics', async () => {
    const el = await controlled(applyCampaign());
    const topics = () => shadow(el).querySelectorAll('[part="requirements"] li')[3]!;
    expect(topics().className.trim()).to.equal('req-unknown');
    const chip = [...shadow(el).querySelectorAll<HTMLInputElement>('[data-path="profile.niches"] input')].find((i) => i.value === 'mpasi')!;
    chip.click();
    await el.updateComplete;
    expect(topics().className.trim()).to.equal('req-met');
    expect(topics().textContent).to.contain('Terpenuhi');
    chip.click();
    await el.updateComplete;
    expect(topics().className.trim()).to.equal('req-unknown');
  });

  it('shows its three confirmation lines in one colour', async () => {
    const el = await controlled(applyCampaign());
    const colours = ['answers.eligibility.meetsRequirements', 'answers.eligibility.willFollowBrief', 'consent'].map(
      (path) => getComputedStyle(field(el, path).nextElementSibling!).color,
    );
    expect(new Set(colours).size, colours.join(' / ')).to.equal(1);
  });

  it('flags a child outside the age range on the children field', async () => {
    const el = await controlled(applyCampaign(), { profile: savedProfile({ children: [{ birthYear: 2019, birthMonth: 3 }] }) });
    await answerAndConfirm(el);
    await submit(el);
    await el.updateComplete;
    expect(errorOf(el, 'profile.children')).to.equal('Kampanye ini khusus untuk Bunda dengan anak usia 6 bulan–2 tahun.');
    expect(shadow(el).activeElement).to.equal(field(el, 'profile.children.0.birthMonth'));
  });

  it('pre-fills from the profile property without overwriting what she typed', async () => {
    const el = await fixture<IbuSibukApplyForm>(html`<ibusibuk-apply-form .now=${SERVER_NOW} .campaign=${applyCampaign()}></ibusibuk-apply-form>`);
    await type(el, 'profile.name', 'Bunda Rina');
    el.profile = savedProfile();
    await el.updateComplete;
    expect(field(el, 'profile.name').value).to.equal('Bunda Rina');
    expect(field(el, 'profile.whatsapp').value).to.equal('+6281234567890');
    expect(field(el, 'profile.socialAccounts.0.handle').value).to.equal('@rina.bundasehat');
    expect(field(el, 'profile.socialAccounts.0.followers').value).to.equal('12500');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="mpasi"]')!.checked).to.equal(true);
    expect(shadowText(el)).to.contain('Kami isikan dari pendaftaran Bunda sebelumnya.');
  });

  it('adds and removes social accounts and children with buttons that move focus sensibly', async () => {
    const el = await controlled(openToAll());
    const add = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.add')];
    add[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('fieldset[data-path="profile.socialAccounts"] .row-card')).to.have.length(2);
    expect(field<HTMLSelectElement>(el, 'profile.socialAccounts.1.platform').value).to.equal('tiktok');
    expect(shadow(el).activeElement).to.equal(field(el, 'profile.socialAccounts.1.platform'));
    $(el, 'fieldset[data-path="profile.socialAccounts"] button.remove')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('fieldset[data-path="profile.socialAccounts"] .row-card')).to.have.length(1);
  });

  it('shows a skeleton while the campaign is unknown', async () => {
    const el = await fixture<IbuSibukApplyForm>(html`<ibusibuk-apply-form></ibusibuk-apply-form>`);
    expect($(el, '.skeleton')).not.to.equal(null);
    expect(shadowText(el)).to.contain('Memuat formulir pendaftaran…');
    await expect(el).to.be.accessible();
  });

  it('says when applications are closed instead of showing the form', async () => {
    const el = await controlled(applyCampaign({ status: 'closed' }));
    expect($(el, 'form')).to.equal(null);
    expect(shadowText(el)).to.contain('Pendaftaran kampanye ini sudah ditutup.');
    await expect(el).to.be.accessible();
  });
});

describe('<ibusibuk-apply-form> connected to the reference server', () => {
  it('applies with the keyboard alone and shows the warm success state', async () => {
    const campaign = await seeded(RASH);
    const { token } = await kolWithClient();
    const { form } = await connected(`campaign-id="${campaign.id}" source="orami-article:ruam-popok"`, token);
    await formReady(form);
    expect(shadowText(form)).to.contain(campaign.title);

    field(form, 'profile.name').focus();
    await sendKeys({ type: 'Dewi Lestari' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '081298765432' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Depok' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Jawa Barat' });
    await sendKeys({ press: 'Tab' }); // platform
    await sendKeys({ press: 'ArrowDown' }); // Instagram → TikTok
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'dewi.mama' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '4.800' });
    await sendKeys({ press: 'Tab' }); // "Tambah akun"
    await sendKeys({ press: 'Tab' }); // "Tambah anak"
    await sendKeys({ press: 'Enter' }); // adds a child, focus on its month
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // Februari
    await sendKeys({ press: 'Tab' }); // year
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // this year, then last year
    await sendKeys({ press: 'Tab' }); // "Hapus anak 1"
    await sendKeys({ press: 'Tab' }); // "Tambah anak"
    await sendKeys({ press: 'Tab' }); // first niche: parenting
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' }); // past the other niche chips
    await sendKeys({ type: answers.whyMe });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: answers.contentIdea });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(form).activeElement).to.equal($(form, 'button[type="submit"]'));

    const submitted = oneEvent(form, 'ibusibuk-application-submit');
    const changed = oneEvent(form, 'ibusibuk-participation-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<{ participation: Participation }>;
    expect(((await changed) as CustomEvent<{ participation: Participation }>).detail.participation.id).to.equal(detail.participation.id);
    const p = detail.participation;
    expect(p.stage).to.equal('applied');
    expect(p.campaignId).to.equal(campaign.id);
    expect(p.application.profile).to.include({ name: 'Dewi Lestari', whatsapp: '+6281298765432', city: 'Depok', province: 'Jawa Barat' });
    expect(p.application.profile.socialAccounts).to.deep.equal([{ platform: 'tiktok', handle: 'dewi.mama', followers: 4800 }]);
    expect(p.application.profile.children).to.deep.equal([{ birthMonth: 2, birthYear: SERVER_NOW.getUTCFullYear() - 1 }]);
    expect(p.application.profile.niches).to.deep.equal(['parenting']);
    expect(p.application.answers.eligibility).to.deep.equal({ meetsRequirements: true, willFollowBrief: true });
    expect(p.application.attribution.source).to.equal('orami-article:ruam-popok');

    await until(() => $(form, '[part="success"]'), 4000, 'the success state');
    expect(shadowText(form)).to.contain('Pendaftaran terkirim!');
    expect(shadowText(form)).to.contain('Tim Ibu Sibuk akan mengabari Bunda lewat WhatsApp');
    expect(shadowText(form)).to.contain('+6281298765432');
    expect(shadow(form).activeElement).to.equal($(form, '[part="success"] h3'));
    expect(status(form)).to.equal('Pendaftaran terkirim!');
    await expect(form).to.be.accessible();
  });

  it('shows the success state in English', async () => {
    const campaign = await seeded(RASH);
    const { token } = await kolWithClient();
    const { form } = await connected(`campaign-id="${campaign.id}" locale="en"`, token);
    await formReady(form);
    form.profile = fullProfile();
    await form.updateComplete;
    await answerAndConfirm(form);
    const submitted = oneEvent(form, 'ibusibuk-application-submit');
    await submit(form);
    await submitted;
    await until(() => $(form, '[part="success"]'));
    expect(shadowText(form)).to.contain('Application sent!');
    expect(shadowText(form)).to.contain('let you know on WhatsApp');
    await expect(form).to.be.accessible();
  });

  it("shows the server's field error on its field when the page's copy of the campaign is stale", async () => {
    // The page holds an out-of-date campaign without the follower minimum, so the
    // client-side check passes; the server checks the real requirement and refuses.
    const real = await seeded(SOAP);
    const stale: Campaign = { ...real, requirements: { ...real.requirements, minFollowers: {} } };
    const { token } = await kolWithClient();
    const { form } = await connected('', token);
    form.campaign = stale;
    await formReady(form);
    form.profile = fullProfile({ socialAccounts: [{ platform: 'tiktok', handle: 'kecil.saja', followers: 300 }] });
    await form.updateComplete;
    await answerAndConfirm(form);
    const errorShown = oneEvent(form, 'ibusibuk-error-show');
    await submit(form);
    const { detail } = (await errorShown) as CustomEvent<{ code: string; requestId?: string }>;
    expect(detail.code).to.equal('validation_error');
    expect(detail.requestId).to.be.a('string');
    await until(() => errorOf(form, 'profile.socialAccounts') !== '', 4000, 'the server field error');
    expect(errorOf(form, 'profile.socialAccounts')).to.match(/5\.000|5000/);
    expect($(form, 'fieldset[data-path="profile.socialAccounts"]')!.hasAttribute('data-invalid')).to.equal(true);
    expect(shadow(form).activeElement).to.equal(field(form, 'profile.socialAccounts.0.platform'));
    expect($(form, '[part="success"]')).to.equal(null);
    await expect(form).to.be.accessible();

    // Changing the accounts clears the server's message.
    await type(form, 'profile.socialAccounts.0.followers', '6000');
    expect(errorOf(form, 'profile.socialAccounts')).to.equal('');
  });

  it('tells her kindly when she already applied to the campaign', async () => {
    const campaign = await seeded(RASH);
    const { token, client } = await kolWithClient();
    await client.applications.create(campaign.id, { profile: fullProfile(), answers, consent: true } satisfies ApplicationInput);
    const { form } = await connected(`campaign-id="${campaign.id}"`, token);
    await formReady(form);
    await answerAndConfirm(form);
    await submit(form);
    await until(() => $(form, '[part="success"]'), 4000, 'the already-applied state');
    expect(shadowText(form)).to.contain('Bunda sudah terdaftar');
    expect(shadowText(form)).to.contain('Bunda sudah mendaftar di kampanye ini.');
    await expect(form).to.be.accessible();
  });

  it('pre-fills from her last application when she opens another campaign', async () => {
    const first = await seeded(RASH);
    const second = await seeded(DIAPERS);
    const { token, client } = await kolWithClient();
    await client.applications.create(first.id, { profile: fullProfile(), answers, consent: true });
    const { form } = await connected(`campaign-id="${second.id}"`, token);
    await formReady(form);
    await until(() => field(form, 'profile.name').value !== '', 4000, 'the pre-fill');
    expect(field(form, 'profile.name').value).to.equal('Sari Wulandari');
    expect(field(form, 'profile.whatsapp').value).to.equal('+6281311112222');
    expect(field(form, 'profile.city').value).to.equal('Jakarta Selatan');
    expect(field(form, 'profile.province').value).to.equal('DKI Jakarta');
    expect(field<HTMLSelectElement>(form, 'profile.socialAccounts.1.platform').value).to.equal('instagram');
    expect(field(form, 'profile.socialAccounts.1.followers').value).to.equal('18000');
    expect(field<HTMLSelectElement>(form, 'profile.children.0.birthYear').value).to.equal('2025');
    expect(field<HTMLSelectElement>(form, 'profile.children.0.birthMonth').value).to.equal('1');
    expect(shadowText(form)).to.contain('Kami isikan dari pendaftaran Bunda sebelumnya.');
    // Her answers are for one campaign only: they start empty.
    expect(field<HTMLTextAreaElement>(form, 'answers.whyMe').value).to.equal('');
    expect([...shadow(form).querySelectorAll('[part="requirements"] li')].map((li) => li.className.trim())).to.deep.equal([
      'req-met',
      'req-met',
    ]);
    // And the pre-filled application goes through.
    await answerAndConfirm(form);
    const submitted = oneEvent(form, 'ibusibuk-application-submit');
    await submit(form);
    expect(((await submitted) as CustomEvent<{ participation: Participation }>).detail.participation.campaignId).to.equal(second.id);
  });

  it("keeps the page's utm_* parameters and address as the attribution", async () => {
    const campaign = await seeded(RASH);
    const { token } = await kolWithClient();
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=orami&utm_medium=artikel&utm_campaign=mpasi-juni&other=1#private`);
    try {
      const { form } = await connected(`campaign-id="${campaign.id}"`, token);
      await formReady(form);
      form.profile = fullProfile();
      await form.updateComplete;
      await answerAndConfirm(form);
      const submitted = oneEvent(form, 'ibusibuk-application-submit');
      await submit(form);
      const { attribution } = ((await submitted) as CustomEvent<{ participation: Participation }>).detail.participation.application;
      expect(attribution.source).to.equal('orami');
      expect(attribution.utm).to.deep.equal({ utm_source: 'orami', utm_medium: 'artikel', utm_campaign: 'mpasi-juni' });
      expect(attribution.pageUrl).to.equal(`${location.origin}${location.pathname}?utm_source=orami&utm_medium=artikel&utm_campaign=mpasi-juni&other=1`);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('asks her to sign in first, then shows the form once she is in', async () => {
    const campaign = await seeded(RASH);
    const { provider, form } = await connected(`campaign-id="${campaign.id}"`);
    await until(() => $(form, 'ibusibuk-sign-in'), 8000, 'the sign-in step');
    expect($(form, 'form')).to.equal(null);
    expect($(form, 'ibusibuk-sign-in')!.getAttribute('heading')).to.equal('Masuk dulu untuk mendaftar');
    await until(() => $(form, 'ibusibuk-sign-in')!.shadowRoot?.querySelector('input'), 4000, 'the sign-in form');
    await expect(form).to.be.accessible();

    const email = uniqueEmail('masuk');
    await provider.requestCode(email);
    const code = (await publicClient().dev.outbox(email)).data[0]!.code!;
    const started = oneEvent(provider, 'ibusibuk-session-start');
    await provider.verifyCode(email, code);
    await started;
    await formReady(form);
    expect($(form, 'ibusibuk-sign-in')).to.equal(null);
    // Signed in by the page, not through her form: focus stays where it was.
    expect(shadow(form).activeElement).to.equal(null);
  });

  it('puts focus on the form heading once she signs in through its sign-in step', async () => {
    const campaign = await seeded(RASH);
    const { form } = await connected(`campaign-id="${campaign.id}"`);
    await until(() => $(form, 'ibusibuk-sign-in')?.shadowRoot?.querySelector('#email'), 8000, 'the sign-in form');
    const signIn = shadow($(form, 'ibusibuk-sign-in')!);
    const enter = (selector: string, value: string) => {
      const input = signIn.querySelector<HTMLInputElement>(selector)!;
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
    };
    const email = uniqueEmail('fokus');
    enter('#email', email);
    signIn.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => signIn.querySelector('#code'), 8000, 'the code step');
    enter('#code', (await publicClient().dev.outbox(email)).data[0]!.code!);
    signIn.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await formReady(form);
    await until(() => shadow(form).activeElement?.id === 'heading', 4000, 'focus on the form heading');
    expect(document.activeElement).to.equal(form);
  });

  it('shows a load error with a retry button for an unknown campaign', async () => {
    const { form } = await connected('campaign-id="cmp_doesNotExist00"');
    const failed = oneEvent(form, 'ibusibuk-error-show');
    const { detail } = (await failed) as CustomEvent<{ code: string }>;
    expect(detail.code).to.equal('not_found');
    await until(() => $(form, '.notice.error'));
    expect(shadowText(form)).to.contain('Formulir pendaftaran belum bisa dimuat.');
    expect($(form, '.notice.error button')!.textContent!.trim()).to.equal('Coba lagi');
    await expect(form).to.be.accessible();
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './sign-in.js';
import '../provider/provider.js';
import type { IbuSibukSignIn } from './sign-in.component.js';
import type { IbuSibukProvider } from '../provider/provider.component.js';
import { apiBase, PUBLISHABLE_KEY, publicClient, uniqueEmail } from '../../../test/fixtures.js';
import { $, until } from '../../../test/support/dom.js';

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

async function mount(attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}" ${attrs}><ibusibuk-sign-in></ibusibuk-sign-in></ibusibuk-provider>`;
  const provider = wrapper.querySelector('ibusibuk-provider') as IbuSibukProvider;
  const el = wrapper.querySelector('ibusibuk-sign-in') as IbuSibukSignIn;
  await el.updateComplete;
  await rulesArrived(el);
  return { provider, el };
}

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement;

function type(input: HTMLInputElement, value: string, inputType = 'insertText') {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { inputType, bubbles: true, composed: true }));
}

async function toCodeStep(el: IbuSibukSignIn, email: string) {
  type($<HTMLInputElement>(el, '#email')!, email);
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await until(() => $(el, '#code')!, 8000, 'the code step');
  await el.updateComplete;
}

async function codeFor(email: string): Promise<string> {
  return (await publicClient().dev.outbox(email)).data[0]!.code!;
}

// First in the file: English is fetched only when an element first needs it.
describe('<ibusibuk-sign-in> language', () => {
  it('shows English on its very first render when its locale is en, never Indonesian first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('ibusibuk-provider');
    provider.setAttribute('api-base', apiBase());
    provider.setAttribute('publishable-key', PUBLISHABLE_KEY);
    const el = document.createElement('ibusibuk-sign-in');
    el.setAttribute('locale', 'en');
    const headings: string[] = [];
    const spied = el as unknown as { updated(changed: Map<PropertyKey, unknown>): void };
    const updated = spied.updated;
    spied.updated = function (this: IbuSibukSignIn, changed) {
      headings.push(this.shadowRoot!.querySelector('h2')?.textContent ?? '');
      updated.call(this, changed);
    };
    provider.append(el);
    wrapper.append(provider);
    await el.updateComplete;
    expect(headings[0]).to.equal('Sign in to continue');
    expect(headings.every((h) => h === 'Sign in to continue')).to.equal(true);
    expect($(el, 'label')!.textContent).to.equal('Email address');
  });
});

describe('<ibusibuk-sign-in>', () => {
  it('checks the email before asking the server, shows the error on the field and focuses it', async () => {
    const { el } = await mount();
    type($<HTMLInputElement>(el, '#email')!, 'bunda@');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email-error')!.textContent).to.equal('Alamat email tidak valid.');
    expect(input.getAttribute('aria-describedby')).to.equal('email-error');
    expect(focused(el)).to.equal(input);
    expect($(el, '#code')!).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('signs in with the emailed code: two steps, focus moves to the code, the session starts', async () => {
    const { provider, el } = await mount();
    expect($(el, 'h2')!.textContent).to.equal('Masuk untuk melanjutkan');
    await expect(el).to.be.accessible();
    const email = uniqueEmail('masuk');
    await toCodeStep(el, email);
    const code = $<HTMLInputElement>(el, '#code')!;
    expect(code.inputMode).to.equal('numeric');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(focused(el)).to.equal(code);
    expect($(el, '[role="status"]')!.textContent).to.equal(`Kode terkirim ke ${email}.`);
    expect($(el, '.intro')!.textContent).to.contain(email);
    expect($<HTMLButtonElement>(el, 'button.resend')!.disabled).to.equal(true, 'resend waits for the countdown');
    expect($(el, 'button.resend')!.textContent).to.match(/Kirim ulang \(\d:\d\d\)/);
    await expect(el).to.be.accessible();

    const started = oneEvent(provider, 'ibusibuk-session-start');
    type(code, await codeFor(email));
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    const event = await started;
    expect(event.detail.kol.email).to.equal(email);
    expect(provider.kol!.email).to.equal(email);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Masuk sebagai');
    expect($(el, '[role="status"]')!.textContent).to.equal('Berhasil masuk. Selamat datang, Bunda!');
  });

  it('submits a code pasted in by autofill at once', async () => {
    const { provider, el } = await mount();
    const email = uniqueEmail('tempel');
    await toCodeStep(el, email);
    const started = oneEvent(provider, 'ibusibuk-session-start');
    type($<HTMLInputElement>(el, '#code')!, ` ${await codeFor(email)} `, 'insertFromPaste');
    expect((await started).detail.kol.email).to.equal(email);
  });

  it('shows the server’s message on the code field for a wrong code and keeps focus there', async () => {
    const { el } = await mount();
    const email = uniqueEmail('salah');
    await toCodeStep(el, email);
    const real = await codeFor(email);
    const wrong = real === '000000' ? '111111' : '000000';
    const failed = oneEvent(el, 'ibusibuk-error-show');
    type($<HTMLInputElement>(el, '#code')!, wrong);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    const event = await failed;
    expect(event.detail.code).to.equal('validation_error');
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#code')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#code-error')!.textContent!.length).to.be.greaterThan(5);
    expect($(el, '[role="status"]')!.textContent).to.equal($(el, '#code-error')!.textContent);
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('checks the code has six digits before sending it', async () => {
    const { el } = await mount();
    await toCodeStep(el, uniqueEmail('pendek'));
    type($<HTMLInputElement>(el, '#code')!, '12a3');
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('123', 'only digits are kept');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.equal('Kode terdiri dari 6 angka.');
  });

  it('asks for a new code after too many wrong attempts', async () => {
    const { el } = await mount();
    const email = uniqueEmail('berkali');
    await toCodeStep(el, email);
    const real = await codeFor(email);
    const wrong = real === '000000' ? '111111' : '000000';
    for (let i = 0; i < 6 && !$(el, '[part="error"]')!; i++) {
      const failed = oneEvent(el, 'ibusibuk-error-show');
      type($<HTMLInputElement>(el, '#code')!, wrong);
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await failed;
      await el.updateComplete;
    }
    expect($(el, '[part="error"]')!.textContent).to.contain('Minta kode baru');
    expect($<HTMLButtonElement>(el, 'button.resend')!.disabled).to.equal(false);
  });

  it('goes back to the email step with "Ganti email"', async () => {
    const { el } = await mount();
    await toCodeStep(el, uniqueEmail('ganti'));
    $<HTMLButtonElement>(el, '.secondary-actions button')!.click();
    await el.updateComplete;
    expect($(el, '#email')!).to.exist;
    expect(focused(el)).to.equal($(el, '#email')!);
  });

  it('speaks English inside an English provider', async () => {
    const { el } = await mount('locale="en"');
    expect($(el, 'h2')!.textContent).to.equal('Sign in to continue');
    expect($(el, 'label')!.textContent).to.equal('Email address');
    type($<HTMLInputElement>(el, '#email')!, 'not-an-email');
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#email-error')!.textContent).to.equal('Enter a valid email address.');
    await toCodeStep(el, uniqueEmail('english'));
    expect($(el, 'h2')!.textContent).to.equal('Check your email');
    expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Sign in');
    await expect(el).to.be.accessible();
  });

  it('has the code emailed in the language of the page it is on, whatever the provider says', async () => {
    const subjectFor = async (email: string) => (await publicClient().dev.outbox(email)).data[0]!.subject;
    // An English page (its element in English) inside a provider left at its default, Indonesian.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}"><ibusibuk-sign-in locale="en"></ibusibuk-sign-in></ibusibuk-provider>`;
    const english = wrapper.querySelector('ibusibuk-sign-in') as IbuSibukSignIn;
    await english.updateComplete;
    const first = uniqueEmail('bahasa-en');
    await toCodeStep(english, first);
    expect(await subjectFor(first)).to.match(/^Your Ibu Sibuk sign-in code: \d{6}$/);
    // And the other way round: an Indonesian element inside an English provider.
    const { el: indonesian } = await mount('locale="en"');
    indonesian.setAttribute('locale', 'id');
    await indonesian.updateComplete;
    const second = uniqueEmail('bahasa-id');
    await toCodeStep(indonesian, second);
    expect(await subjectFor(second)).to.match(/^Kode masuk Ibu Sibuk: \d{6}$/);
  });

  it('says it needs a provider when there is none', async () => {
    const el = await fixture<IbuSibukSignIn>(html`<ibusibuk-sign-in></ibusibuk-sign-in>`);
    expect($(el, '[role="alert"]')!.textContent).to.contain('<ibusibuk-provider>');
  });
});

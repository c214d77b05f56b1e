import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { Campaigns, Me } from '@ibusibuk/sdk';
import './provider.js';
import { SESSION_STORAGE_KEY, type IbuSibukProvider } from './provider.component.js';
import { ibusibukContext, type IbuSibukContext } from '../../internal/context.js';
import { apiBase, PUBLISHABLE_KEY, publicClient, signInKol, uniqueEmail } from '../../../test/fixtures.js';
import { until } from '../../../test/support/dom.js';

/** A bare consumer, to see exactly what the provider hands down. */
class ContextProbe extends LitElement {
  @consume({ context: ibusibukContext, subscribe: true }) ctx?: IbuSibukContext;
  renders = 0;
  protected override render() {
    this.renders++;
    return this.ctx?.kol?.email ?? '';
  }
}
customElements.define('test-context-probe', ContextProbe);

async function mount(attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}" ${attrs}><test-context-probe></test-context-probe></ibusibuk-provider>`;
  const provider = wrapper.querySelector('ibusibuk-provider') as IbuSibukProvider;
  const probe = wrapper.querySelector('test-context-probe') as ContextProbe;
  await provider.updateComplete;
  return { provider, probe };
}

async function codeFor(email: string): Promise<string> {
  const outbox = await publicClient().dev.outbox(email);
  return outbox.data[0]!.code!;
}

/** Signs in through the provider's own context methods, as `<ibusibuk-sign-in>` does. */
async function signInThrough(ctx: IbuSibukContext, email = uniqueEmail()) {
  await ctx.requestCode(email);
  return ctx.verifyCode(email, await codeFor(email));
}

describe('<ibusibuk-provider> on the page', () => {
  it("leaves the page's own markup inside it in the page's colour and font under theme=\"dark\"", async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="background: rgb(20, 20, 24); color: rgb(236, 236, 240); font: 17px Georgia, serif">
      <ibusibuk-provider api-base=${apiBase()} publishable-key=${PUBLISHABLE_KEY} theme="dark">
        <h2 id="own-heading">Kampanye pilihan</h2>
        <p id="own-text">Tulisan halaman ini sendiri.</p>
      </ibusibuk-provider>
    </div>`);
    await (page.querySelector('ibusibuk-provider') as IbuSibukProvider).updateComplete;
    for (const id of ['own-heading', 'own-text']) {
      const style = getComputedStyle(page.querySelector(`#${id}`)!);
      expect(style.color, id).to.equal('rgb(236, 236, 240)');
      expect(style.fontFamily, id).to.equal('Georgia, serif');
    }
  });
});

describe('<ibusibuk-provider>', () => {
  beforeEach(() => {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    localStorage.removeItem(SESSION_STORAGE_KEY);
  });

  it('hands a publishable-key client, locale and theme to the elements inside, and draws only its slot', async () => {
    const { provider, probe } = await mount('locale="en" theme="dark"');
    expect(probe.ctx).to.exist;
    expect(probe.ctx!.kol).to.equal(null);
    expect(probe.ctx!.locale).to.equal('en');
    expect(probe.ctx!.theme).to.equal('dark');
    const page = await new Campaigns(probe.ctx!.client).list({ status: 'open', limit: 1 });
    expect(page.data).to.have.length(1);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    expect(provider.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('signs a KOL in through the real outbox, switches the client to her session and keeps it in memory only', async () => {
    const { provider, probe } = await mount();
    const email = uniqueEmail('memori');
    const started = oneEvent(provider, 'ibusibuk-session-start');
    const kol = await signInThrough(probe.ctx!, email);
    const event = await started;
    expect(event.detail.kol.email).to.equal(email);
    expect(kol.email).to.equal(email);
    await probe.updateComplete;
    expect(probe.ctx!.kol!.email).to.equal(email);
    expect(probe.shadowRoot!.textContent).to.equal(email, 'the consumer re-rendered');
    expect(probe.ctx!.client.sessionToken).to.match(/^kst_/);
    const me = await new Me(probe.ctx!.client).get();
    expect(me.email).to.equal(email);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).to.equal(null);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).to.equal(null);
  });

  for (const [option, storage] of [
    ['session', () => sessionStorage],
    ['local', () => localStorage],
  ] as const) {
    it(`keeps the session in ${option}Storage, restores it on the next page and forgets it on sign-out`, async () => {
      const first = await mount(`session-storage="${option}"`);
      const email = uniqueEmail(option);
      await signInThrough(first.probe.ctx!, email);
      const stored = JSON.parse(storage().getItem(SESSION_STORAGE_KEY)!);
      expect(stored.token).to.match(/^kst_/);

      // "Reload": a new provider finds the kept session and loads the KOL.
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const restored = oneEvent(wrapper, 'ibusibuk-session-start');
      wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="${PUBLISHABLE_KEY}" session-storage="${option}"><test-context-probe></test-context-probe></ibusibuk-provider>`;
      const event = await restored;
      expect(event.detail.kol.email).to.equal(email);
      const probe = wrapper.querySelector('test-context-probe') as ContextProbe;
      await until(() => probe.ctx?.kol?.email === email, 5000, 'restored kol');

      const ended = oneEvent(wrapper, 'ibusibuk-session-end');
      probe.ctx!.signOut();
      await ended;
      await probe.updateComplete;
      expect(probe.ctx!.kol).to.equal(null);
      expect(probe.ctx!.client.sessionToken).to.equal(undefined);
      expect(storage().getItem(SESSION_STORAGE_KEY)).to.equal(null);
    });
  }

  it('drops a stored session the server no longer knows, quietly', async () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'kst_doesnotexist000000' }));
    const { probe } = await mount('session-storage="local"');
    await until(() => localStorage.getItem(SESSION_STORAGE_KEY) === null, 5000, 'stored session cleared');
    await probe.updateComplete;
    expect(probe.ctx!.kol).to.equal(null);
    expect(probe.ctx!.client.sessionToken).to.equal(undefined);
  });

  it('acts as the KOL of a session-token minted by a partner site', async () => {
    const { token, email } = await signInKol(uniqueEmail('mitra'));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const started = oneEvent(wrapper, 'ibusibuk-session-start');
    wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" session-token="${token}"><test-context-probe></test-context-probe></ibusibuk-provider>`;
    expect((await started).detail.kol.email).to.equal(email);
  });

  it('refuses a secret key with a visible, clear error and an event instead of crashing the page', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(wrapper, 'ibusibuk-error-show');
    const original = console.error;
    console.error = () => {};
    try {
      wrapper.innerHTML = `<ibusibuk-provider api-base="${apiBase()}" publishable-key="sk_test_demo"><test-context-probe></test-context-probe></ibusibuk-provider>`;
      const event = await failed;
      expect(event.detail.code).to.equal('configuration_error');
      expect(event.detail.message).to.contain('sk_');
    } finally {
      console.error = original;
      window.removeEventListener('error', onError);
    }
    const provider = wrapper.querySelector('ibusibuk-provider')!;
    await provider.updateComplete;
    const notice = provider.shadowRoot!.querySelector('[part="error"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Kunci rahasia');
    expect((wrapper.querySelector('test-context-probe') as ContextProbe).ctx).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    await expect(provider).to.be.accessible();
  });

  it('publishes a fresh context object when the locale changes', async () => {
    const { provider, probe } = await mount();
    const before = probe.ctx;
    const renders = probe.renders;
    provider.locale = 'en';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.ctx).to.not.equal(before);
    expect(probe.ctx!.locale).to.equal('en');
    expect(probe.renders).to.be.greaterThan(renders);
  });
});

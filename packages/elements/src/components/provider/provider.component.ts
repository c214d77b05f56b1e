import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { BaseClient, isLocale, type KolProfile, type Locale } from '@ibusibuk/sdk/client';
import { ibusibukContext, type IbuSibukContext } from '../../internal/context.js';
import { IbuSibukElement } from '../../internal/ibusibuk-element.js';
import { describeError } from '../../internal/errors.js';
import { afterLanguage } from '../../internal/localize.js';
import { version } from '../../internal/version.js';
import { tokens } from '../../styles/tokens.styles.js';
import { notices } from '../../styles/notices.styles.js';
import { styles } from './provider.styles.js';
import { messages } from './provider.messages.js';

/** Sign-in and profile calls, fetched when first needed. */
const session = () => import('./provider.session.js');

/** Where the provider keeps the KOL's session token between page loads. */
export type SessionStorageOption = 'memory' | 'session' | 'local';

/** The key under which the session token is kept in `sessionStorage` or `localStorage`. */
export const SESSION_STORAGE_KEY = 'ibusibuk.session';

interface StoredSession {
  token: string;
  expiresAt?: string | undefined;
}

/**
 * Holds the SDK client and the KOL's session for every Ibu Sibuk element inside it.
 * It draws nothing itself (it is `display: contents`), except a clear notice when it is
 * misconfigured, for example with a secret key.
 *
 * @tag ibusibuk-provider
 * @slot - The Ibu Sibuk elements (and any other markup) that share this client and session.
 * @event ibusibuk-session-start - A KOL is signed in: after a one-time code, or when a kept or given session token was loaded. `detail: { kol }`.
 * @event ibusibuk-session-end - The KOL signed out, or her session expired.
 * @event ibusibuk-error-show - The provider could not start (for example a secret key in the page) or could not load the session. `detail: { code, message, requestId }`.
 * @csspart error - The notice shown when the provider is misconfigured.
 */
export class IbuSibukProvider extends LitElement {
  static override styles = [tokens, notices, styles];
  /** The package version that defined this element (a second copy on the page warns when it differs). */
  static version = version;

  /** Root URL of the Ibu Sibuk API, e.g. `https://api.ibusibuk.example`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The publishable key (`pk_…`). Never a secret key. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /**
   * A session token minted by a server: a KOL's (`kst_…`) for a user who is already signed in
   * on a partner site, or a staff session (`sst_…`) for the staff console's elements.
   */
  @property({ attribute: 'session-token' }) sessionToken = '';

  /**
   * Fetches a fresh session token from the page's own server (as Stripe Connect's
   * `fetchClientSecret`): called when no token was given and whenever the API answers 401,
   * after which the request is sent once more with the new token.
   */
  @property({ attribute: false }) fetchSessionToken?: () => Promise<string>;

  /** Language of every element inside: `id` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = 'id';

  /** `light` (default), `dark` or `auto` (follows the device). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Where the KOL's session is kept: `memory` (default, gone on reload), `session`
   * (`sessionStorage`, until the tab closes) or `local` (`localStorage`).
   */
  @property({ attribute: 'session-storage' }) sessionStorage: SessionStorageOption = 'memory';

  /** The signed-in KOL, or null. */
  get kol(): KolProfile | null {
    return this._kol;
  }

  /** The client elements use: the KOL's session when there is one, else the publishable key. Undefined when misconfigured. */
  get client(): BaseClient | undefined {
    return this._client;
  }

  @state() private _kol: KolProfile | null = null;
  @state() private _configError = '';
  @state() private _client: BaseClient | undefined;

  /** The publishable-key client that starts sign-ins. */
  private _publicClient: BaseClient | undefined;
  /** The token in force (from a sign-in, storage or the attribute). */
  private _token: string | undefined;
  /** Bumped on every change of session, so a late `me.get()` cannot resurrect an old one. */
  private _generation = 0;
  /** The `fetchSessionToken()` call in flight, shared by every request that met a 401 meanwhile. */
  private _renewing: Promise<string | undefined> | undefined;

  private readonly _provider = new ContextProvider(this, { context: ibusibukContext });

  /** Sends a one-time code to `email` (through the publishable key), the email in `locale` (default: the provider's). */
  readonly requestCode = async (email: string, locale: Locale = this._locale): Promise<void> => {
    const client = this._requirePublicClient();
    await (await session()).requestCode(client, email, locale);
  };

  /** Exchanges the emailed code for a session, keeps it as `session-storage` says and announces it. */
  readonly verifyCode = async (email: string, code: string): Promise<KolProfile> => {
    const client = this._requirePublicClient();
    const { token, kol, expiresAt } = await (await session()).verifyCode(client, email, code);
    this._adoptSession(token, kol);
    this._store({ token, expiresAt });
    this._emit('ibusibuk-session-start', { kol });
    return kol;
  };

  /** Forgets the session (and its stored copy) and goes back to the publishable key. */
  readonly signOut = (): void => {
    const hadSession = this._token !== undefined || this._kol !== null;
    this._generation++;
    this._token = undefined;
    this._kol = null;
    this._client = this._publicClient;
    this._clearStored();
    if (hadSession) this._emit('ibusibuk-session-end', {});
  };

  /** As IbuSibukElement's: the update waits for the text of the provider's language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this._locale, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const awaitingToken = changed.has('fetchSessionToken') && this.fetchSessionToken && !this._token;
    if (changed.has('apiBase') || changed.has('publishableKey') || changed.has('sessionStorage') || awaitingToken) {
      this._configure();
    } else if (changed.has('sessionToken') && this.sessionToken && this.sessionToken !== this._token) {
      this._useToken(this.sessionToken, false);
    }
    if (changed.has('locale') && isLocale(this.locale)) {
      this._publicClient?.setLocale(this.locale);
      this._client?.setLocale(this.locale);
    }
    this._publish();
  }

  protected override render() {
    if (!this._configError) return html`<slot></slot>`;
    const t = messages(this._locale);
    return html`<div class="notice error" role="alert" part="error">
        <strong>${t.configTitle}</strong>${this._configError}
      </div>
      <slot></slot>`;
  }

  private get _locale(): Locale {
    return isLocale(this.locale) ? this.locale : 'id';
  }

  /** (Re)creates the clients from the attributes; a bad setup becomes a visible notice and an event, never a throw. */
  private _configure(): void {
    const t = messages(this._locale);
    this._generation++;
    this._configError = '';
    this._publicClient = undefined;
    this._client = undefined;
    this._kol = null;
    this._token = undefined;
    if (!this.apiBase) return; // still being set up; nothing to say yet
    if (this.publishableKey.startsWith('sk_')) {
      this._fail('configuration_error', t.secretKey);
      return;
    }
    const token = this.sessionToken || this._readStored()?.token;
    if (!this.publishableKey && !token && !this.fetchSessionToken) {
      this._fail('configuration_error', t.missingKey);
      return;
    }
    try {
      if (this.publishableKey) {
        this._publicClient = new BaseClient({ baseUrl: this.apiBase, publishableKey: this.publishableKey, locale: this._locale, fetch: this._fetch });
      }
      this._client = this._publicClient;
      if (token) this._useToken(token, !this.sessionToken);
      else if (this.fetchSessionToken) {
        const generation = this._generation;
        void this._renew().then((fresh) => {
          // _renew has kept the token already; the client still to make is the one that sends it.
          if (fresh && generation === this._generation && this._client === this._publicClient) this._useToken(fresh, false);
        });
      }
    } catch (error) {
      this._fail('configuration_error', describeError(error, this._locale).message);
    }
  }

  /** Acts as the KOL of `token` and loads her profile; a dead token is dropped quietly. */
  private _useToken(token: string, fromStorage: boolean): void {
    let client: BaseClient;
    try {
      client = this._publicClient
        ? this._publicClient.withSession(token)
        : new BaseClient({ baseUrl: this.apiBase, sessionToken: token, locale: this._locale, fetch: this._fetch });
    } catch (error) {
      this._fail('configuration_error', describeError(error, this._locale).message);
      return;
    }
    const generation = ++this._generation;
    this._token = token;
    this._client = client;
    this._kol = null;
    // A staff session acts for a person at a brand or at Orami, not a KOL: there is no profile to load.
    if (token.startsWith('sst_')) return;
    session().then((calls) => calls.loadProfile(client)).then(
      (kol) => {
        if (generation !== this._generation) return;
        this._kol = kol;
        this._emit('ibusibuk-session-start', { kol });
      },
      (error: unknown) => {
        if (generation !== this._generation) return;
        const status = (error as { status?: number }).status;
        if (status === 401) {
          // An expired or revoked session: forget it and carry on with the publishable key.
          if (fromStorage) this._clearStored();
          this._token = undefined;
          this._client = this._publicClient;
          if (!fromStorage) this._emit('ibusibuk-session-end', {});
          return;
        }
        this._emit('ibusibuk-error-show', describeError(error, this._locale));
      },
    );
  }

  /**
   * The clients' fetch: a 401 asks the page for a fresh token (when it gave `fetchSessionToken`)
   * and sends the request once more with it.
   */
  private readonly _fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const again = this.fetchSessionToken ? request.clone() : undefined;
    const sent = request.headers.get('authorization');
    const response = await fetch(request);
    if (response.status !== 401 || !again) return response;
    // Requests sent together meet the same 401: one asks the page, the others retry with its answer.
    const renewed = this._token !== undefined && sent !== `Bearer ${this._token}`;
    const token = renewed ? this._token : await this._renew();
    if (!token) return response;
    again.headers.set('authorization', `Bearer ${token}`);
    return fetch(again);
  };

  /** Asks the page for a token once at a time; failures become an `ibusibuk-error-show` event. */
  private _renew(): Promise<string | undefined> {
    const fetchToken = this.fetchSessionToken;
    if (!fetchToken) return Promise.resolve(undefined);
    this._renewing ??= (async () => {
      try {
        const token = await fetchToken();
        if (typeof token !== 'string' || !token) throw new Error(messages(this._locale).noToken);
        this._token = token;
        // The publishable key's client stays without a session: _useToken makes the one that sends it.
        if (this._client !== this._publicClient) this._client?.setSessionToken(token);
        return token;
      } catch (error) {
        this._emit('ibusibuk-error-show', { code: 'session_error', message: (error as Error)?.message || messages(this._locale).noToken });
        return undefined;
      } finally {
        this._renewing = undefined;
      }
    })();
    return this._renewing;
  }

  private _adoptSession(token: string, kol: KolProfile): void {
    this._generation++;
    this._token = token;
    this._kol = kol;
    this._client = this._publicClient ? this._publicClient.withSession(token) : this._client;
  }

  private _requirePublicClient(): BaseClient {
    if (this._publicClient) return this._publicClient;
    throw Object.assign(new Error(this._configError || messages(this._locale).missingKey), { code: 'configuration_error' });
  }

  private _fail(code: string, message: string): void {
    this._configError = message;
    console.error(`[ibusibuk] ${message}`);
    // After the current update, so listeners added right after the element see it.
    queueMicrotask(() => this._emit('ibusibuk-error-show', { code, message }));
  }

  /** A fresh object every time, so each consumer re-renders. */
  private _publish(): void {
    if (!this._client) {
      this._provider.setValue(undefined);
      return;
    }
    const value: IbuSibukContext = {
      client: this._client,
      kol: this._kol,
      locale: this._locale,
      theme: this.theme,
      requestCode: this.requestCode,
      verifyCode: this.verifyCode,
      signOut: this.signOut,
    };
    this._provider.setValue(value);
  }

  private _storage(): Storage | undefined {
    try {
      if (this.sessionStorage === 'session') return window.sessionStorage;
      if (this.sessionStorage === 'local') return window.localStorage;
    } catch {
      // Storage can be blocked (private mode, sandboxed iframes): fall back to memory.
    }
    return undefined;
  }

  private _readStored(): StoredSession | undefined {
    try {
      const raw = this._storage()?.getItem(SESSION_STORAGE_KEY);
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as StoredSession;
      // Expiry is the server's call (the device clock may be off): a dead token gets a 401 and is dropped then.
      return typeof stored?.token === 'string' ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  private _store(session: StoredSession): void {
    try {
      this._storage()?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    } catch {
      // A full or blocked storage only means the session lasts as long as the page.
    }
  }

  private _clearStored(): void {
    try {
      this._storage()?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // nothing kept, nothing to clear
    }
  }

  private _emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /** Defines `<ibusibuk-provider>` unless another copy already did. */
  static define(tag = 'ibusibuk-provider'): Promise<void> {
    return IbuSibukElement.define(tag, this);
  }
}


import { ConfigurationError } from './errors.js';
import { APIRequester } from './request.js';
import { isBrowser } from '../internal/env.js';
import { defaultValidation, type ResponseValidation } from '#response-validation';
import { isLocale, type Locale } from '../locale.js';

/** The SDK's version, sent in the `X-Client` header. */
export const VERSION = '0.1.0';

/** Options of {@link createClient}. Give one credential: a publishable key, a secret key or a session token. */
export interface ClientOptions {
  /** Root URL of the API server, e.g. `https://api.ibusibuk.example` (paths start with `/v1`). */
  baseUrl: string;
  /** `pk_…`: safe in a page; reads campaigns and starts KOL sign-in. */
  publishableKey?: string | undefined;
  /** `sk_…`: officers and back-offices, server-side only; refused in browsers. */
  secretKey?: string | undefined;
  /** `kst_…`: acts as one signed-in KOL. Wins over a key given alongside it. */
  sessionToken?: string | undefined;
  /** A fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries after network errors, timeouts, 408, 429 and 5xx. */
  retry?: { /** Default 2. */ maxRetries?: number | undefined } | undefined;
  /** Milliseconds to wait for each attempt's response. Default 30000. */
  timeout?: number | undefined;
  /**
   * `'responses'` checks every answer against its zod schema and throws `ResponseValidationError`
   * naming the first field that does not match; `'none'` trusts the API. Default: `'responses'`
   * on Node; `'none'` in pages, which then load neither zod nor the schemas to read answers
   * (switched on, the schemas are loaded by `import()` with the first answer: for development
   * and tests).
   */
  validate?: ResponseValidation | undefined;
  /** Language of the server's error messages (`Accept-Language`). Default `id`. */
  locale?: Locale | undefined;
  /**
   * Allow a secret key where `window` and `document` exist. Only for test
   * runners that fake a browser; a real page would leak the key to anyone.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 30_000;

function checkOptions(options: ClientOptions): void {
  const fail = (message: string) => {
    throw new ConfigurationError(message, { code: 'configuration_error' });
  };
  if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\/[^/]/.test(options.baseUrl)) {
    fail('createClient needs `baseUrl`, the absolute http(s) URL of the Ibu Sibuk API.');
  }
  const { publishableKey, secretKey, sessionToken } = options;
  if (!publishableKey && !secretKey && !sessionToken) {
    fail('createClient needs a credential: `publishableKey` (pk_…), `sessionToken` (kst_…) or, server-side only, `secretKey` (sk_…).');
  }
  if (publishableKey && !publishableKey.startsWith('pk_')) {
    fail('`publishableKey` must start with `pk_`. Never put a secret key (sk_…) in a page.');
  }
  if (secretKey && !secretKey.startsWith('sk_')) fail('`secretKey` must start with `sk_`.');
  if (secretKey && isBrowser() && !options.dangerouslyAllowBrowser) {
    fail(
      'A secret key (sk_…) must never be used in a browser: anyone can read it from the page. ' +
        'Use a publishable key (pk_…) or a KOL session token (kst_…) here, and keep the secret key on your server.',
    );
  }
  if (options.validate !== undefined && options.validate !== 'responses' && options.validate !== 'none') {
    fail('`validate` must be `responses` or `none`.');
  }
  if (options.locale !== undefined && !isLocale(options.locale)) fail('`locale` must be `id` or `en`.');
}

/**
 * A client with credentials, language and transport but no resources: what every
 * resource needs to send its requests. Pages that use a few endpoints build only
 * those resources on it (`new Campaigns(client)`), so a bundler leaves the rest of
 * the SDK and its schemas out; {@link IbuSibukClient} is this with every resource.
 */
export class BaseClient {
  /** @hidden The transport the resources send through. */
  readonly _requester: APIRequester;
  readonly #options: ClientOptions;
  #sessionToken: string | undefined;
  #locale: Locale;

  constructor(options: ClientOptions) {
    checkOptions(options);
    this.#options = { ...options };
    this.#sessionToken = options.sessionToken;
    this.#locale = options.locale ?? 'id';
    this._requester = new APIRequester({
      baseUrl: options.baseUrl,
      fetch: options.fetch,
      maxRetries: options.retry?.maxRetries ?? DEFAULT_MAX_RETRIES,
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
      credential: () => this.#sessionToken ?? options.secretKey ?? options.publishableKey,
      locale: () => this.#locale,
      userAgent: `ibusibuk-sdk/${VERSION}`,
      validate: options.validate ?? defaultValidation(),
    });
  }

  /** The KOL session token in use, if any. */
  get sessionToken(): string | undefined {
    return this.#sessionToken;
  }

  /** Language of error messages from now on. */
  get locale(): Locale {
    return this.#locale;
  }

  /** Act as a signed-in KOL from now on (or, with null, go back to the key). */
  setSessionToken(token: string | null): void {
    this.#sessionToken = token ?? undefined;
  }

  /** Switch the language of the server's error messages. */
  setLocale(locale: Locale): void {
    if (!isLocale(locale)) throw new ConfigurationError('`locale` must be `id` or `en`.', { code: 'configuration_error' });
    this.#locale = locale;
  }

  /** A new client of the same kind and settings acting as the KOL of `token`; this one is unchanged. */
  withSession(token: string): this {
    const Client = this.constructor as new (options: ClientOptions) => this;
    return new Client({ ...this.#options, secretKey: undefined, sessionToken: token, locale: this.#locale });
  }
}

import ky, { isHTTPError, isTimeoutError, type RetryOptions } from 'ky';
import { AbortError, IbuSibukError, NetworkError, TimeoutError, errorFromResponse } from './errors.js';
import { apiErrorOf } from '../internal/error-body.js';
import { newIdempotencyKey } from '../internal/env.js';
import { MAX_RETRY_AFTER_MS, MAX_RETRY_DELAY_MS, RETRY_STATUSES, jitter, retryAfterMs, retryDelay } from '../internal/backoff.js';
import type { ResponseName, ResponseOf } from '../internal/response-check.js';
import { parseJson, type ResponseMeta } from '../internal/response-json.js';
import type { ResponseValidation } from '../internal/response-validation.js';
import type { Locale } from '../locale.js';

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request (and any retry wait); the call rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds to wait for each attempt's response; overrides the client's `timeout`. */
  timeout?: number | undefined;
  /** Retries after a network error, timeout, 408, 429 or 5xx; overrides the client's `retry.maxRetries`. */
  maxRetries?: number | undefined;
  /** For POSTs: the `Idempotency-Key` to send. By default one is generated per call and kept across its retries. */
  idempotencyKey?: string | undefined;
  /** Extra request headers, sent as given (they win over the SDK's own). */
  headers?: Record<string, string> | undefined;
}

/** An HTTP method the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query parameters; `undefined` values are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** One call to the API, described for {@link APIRequester.request}. */
export interface APIRequest<N extends ResponseName> {
  method: HttpMethod;
  /** Path under the base URL, e.g. `/v1/campaigns`. */
  path: string;
  query?: Query | undefined;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart instead of `body`. */
  formData?: FormData | undefined;
  /** The name of the schema the response body matches (internal/response-schemas.ts), checked when validation is on. */
  response: N;
  /** A fetch to use for this call only (uploads bring one that reports progress). */
  fetch?: typeof globalThis.fetch | undefined;
}

/** What the requester needs from the client; getters, so the session token may change. */
export interface RequesterConfig {
  baseUrl: string;
  fetch?: typeof globalThis.fetch | undefined;
  maxRetries: number;
  timeout: number;
  credential: () => string | undefined;
  locale: () => Locale;
  userAgent: string;
  /** Whether answers are checked against their schemas (`'responses'`) or trusted (`'none'`). */
  validate: ResponseValidation;
}

/**
 * Sends requests to the API over fetch: auth and language headers, JSON,
 * retries with backoff, idempotency keys, timeouts and aborts, and maps every
 * failure to an {@link IbuSibukError}. One per client.
 */
export class APIRequester {
  readonly #config: RequesterConfig;

  constructor(config: RequesterConfig) {
    this.#config = config;
  }

  /** Send one request (with its retries) and return the response body, checked against its schema when validation is on. */
  async request<N extends ResponseName>(req: APIRequest<N>, options: RequestOptions = {}): Promise<ResponseOf<N>> {
    const timeout = options.timeout ?? this.#config.timeout;
    const signal = options.signal;
    // Looked up per call, so a fetch stubbed after the client was created is the one used.
    const send = req.fetch ?? this.#config.fetch ?? globalThis.fetch;
    try {
      const url = this.#url(req.path, req.query);
      const init = this.#init(req, options);
      const response = await ky(url, {
        ...init,
        signal,
        timeout,
        // ky hands fetch a Request of its own for every attempt, with its timeout's signal inside.
        fetch: (request) => send(request as Request),
        retry: retryOptions(options.maxRetries ?? this.#config.maxRetries, signal),
      });
      const meta = metaOf(response);
      // Read here, not by ky's .json(): the caller's abort must also cut short the reading of the body.
      const body = parseJson(await response.text(), meta);
      if (this.#config.validate === 'none') return body as ResponseOf<N>;
      const { checkResponse } = await import('../internal/response-check.js');
      return checkResponse(req.response, body, meta);
    } catch (error) {
      throw await toIbuSibukError(error, signal, timeout);
    }
  }

  /**
   * The absolute URL of `path` with the headers every call carries (credential,
   * language, client) and the effective timeout and retries, for transports
   * that do not go through {@link APIRequester.request} (resumable uploads).
   */
  endpoint(
    path: string,
    options: RequestOptions = {},
  ): { url: string; headers: Record<string, string>; timeout: number; maxRetries: number; fetch: typeof globalThis.fetch } {
    const fetch = this.#config.fetch ?? globalThis.fetch;
    return {
      fetch: (input, init) => fetch(input, init),
      url: `${this.#config.baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`,
      headers: { ...this.#commonHeaders(), ...options.headers },
      timeout: options.timeout ?? this.#config.timeout,
      maxRetries: options.maxRetries ?? this.#config.maxRetries,
    };
  }

  #commonHeaders(): Record<string, string> {
    const headers: Record<string, string> = {
      'accept-language': this.#config.locale(),
      'x-client': this.#config.userAgent,
    };
    const credential = this.#config.credential();
    if (credential) headers.authorization = `Bearer ${credential}`;
    return headers;
  }

  /** `baseUrl` + `path` + the defined query parameters; a malformed URL throws here, before anything is sent. */
  #url(path: string, query: Query | undefined): URL {
    const base = this.#config.baseUrl.replace(/\/?$/, '/');
    const search = query ? queryString(query) : '';
    return new URL(`${base}${path.replace(/^\/+/, '')}${search ? `?${search}` : ''}`);
  }

  /** Method, headers and body, shared by every attempt of one call (so they all carry one Idempotency-Key). */
  #init(req: APIRequest<ResponseName>, options: RequestOptions): RequestInit & { headers: Headers } {
    const headers = new Headers({ accept: 'application/json', ...this.#commonHeaders() });
    if (req.method === 'POST') headers.set('idempotency-key', options.idempotencyKey ?? newIdempotencyKey());
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      // From plain JavaScript, an undefined value removes the header rather than sending the text "undefined".
      if (value === undefined) headers.delete(name);
      else headers.set(name, value);
    }
    let body: BodyInit | undefined = req.formData;
    if (!body && req.body !== undefined) {
      body = JSON.stringify(req.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    return { method: req.method, headers, body };
  }
}

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
  return params.toString();
}

/**
 * When ky sends a call again: after a network error, a timed-out attempt or a status of
 * {@link RETRY_STATUSES}, never for a PATCH (every POST carries an Idempotency-Key the server
 * deduplicates on); after the server's `Retry-After`, else about 0.5 s doubling, capped, with jitter.
 */
function retryOptions(limit: number, signal: AbortSignal | undefined): RetryOptions {
  return {
    limit,
    methods: ['get', 'post', 'put', 'delete'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    delay: retryDelay,
    jitter: (delay) => jitter(delay),
    backoffLimit: MAX_RETRY_DELAY_MS,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      if (isHTTPError(error)) {
        // A long Retry-After (an hourly limit, say) is the caller's to handle, not ours to sleep through; ky would wait it out.
        const after = retryAfterMs(error.response.headers.get('retry-after'));
        return after !== undefined && after > MAX_RETRY_AFTER_MS ? false : undefined;
      }
      // Whatever a fetch throws short of an answer (ky knows only the runtimes' own network errors) is worth another try.
      return isTimeoutError(error) ? undefined : true;
    },
  };
}

const metaOf = (response: Response): ResponseMeta => ({
  status: response.status,
  requestId: response.headers.get('x-request-id') ?? undefined,
});

const abortError = (signal: AbortSignal) => new AbortError('The request was aborted.', { code: 'aborted', cause: signal.reason });

/** Map whatever ky, fetch or the body's reading threw to the SDK's error classes. */
async function toIbuSibukError(error: unknown, signal: AbortSignal | undefined, timeout: number): Promise<IbuSibukError> {
  if (error instanceof IbuSibukError) return error;
  if (signal?.aborted) return abortError(signal);
  if (isHTTPError(error)) {
    const retryAfter = retryAfterMs(error.response.headers.get('retry-after'));
    return errorFromResponse({
      status: error.response.status,
      error: apiErrorOf(await jsonOrUndefined(error.response)),
      requestId: error.response.headers.get('x-request-id') ?? undefined,
      retryAfter: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }
  if (isTimeoutError(error)) {
    return new TimeoutError(`The Ibu Sibuk API did not answer within ${timeout} ms.`, { code: 'timeout', cause: error });
  }
  // Node's fetch says only "fetch failed"; its cause says what went wrong.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new NetworkError(`Could not reach the Ibu Sibuk API (${reason}).`, { code: 'network_error', cause: error });
}

/** The failing answer's body as JSON, or undefined when it is something else (a proxy's HTML page, say). */
async function jsonOrUndefined(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

import * as z from 'zod/mini';
import { ErrorBody } from '../schemas/error.js';
import type { Locale } from '../locale.js';
import { AbortError, IbuSibukError, NetworkError, TimeoutError, errorFromResponse } from './errors.js';
import { sendingEarly, takeEarlyResponse } from './early-responses.js';
import { newIdempotencyKey } from '../internal/env.js';
import { retryAfterMs } from '../internal/backoff.js';
import { parseJson, parseResponse, type ResponseMeta } from '../internal/parse.js';
import { withRetries } from '../internal/retry.js';

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
export interface APIRequest<S extends z.ZodMiniType> {
  method: HttpMethod;
  /** Path under the base URL, e.g. `/v1/campaigns`. */
  path: string;
  query?: Query | undefined;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart instead of `body`. */
  formData?: FormData | undefined;
  /** The schema the response body must match. */
  schema: S;
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
}

// setTimeout cannot wait longer than this: a longer timeout would fire at once.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** An attempt that outlived its timeout; the caller sees a {@link TimeoutError}. */
class AttemptTimeout extends Error {
  constructor(request: Request) {
    super(`Request timed out: ${request.method} ${request.url}`);
    this.name = 'TimeoutError';
  }
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

  /** Send one request (with its retries) and return the response body parsed by `req.schema`. */
  async request<S extends z.ZodMiniType>(req: APIRequest<S>, options: RequestOptions = {}): Promise<z.output<S>> {
    const timeout = options.timeout ?? this.#config.timeout;
    const signal = options.signal;
    // Looked up per call, so a fetch stubbed after the client was created is the one used.
    const send = req.fetch ?? this.#config.fetch ?? globalThis.fetch;
    const unlinks: (() => void)[] = [];
    try {
      const url = this.#url(req.path, req.query);
      const init = this.#init(req, options);
      const early = req.method === 'GET' ? takeEarlyResponse(url.href, init.headers) : undefined;
      const through = early ? sendingEarly(early, send) : send;
      const attempt = () => {
        const { controller, unlink } = attemptController(signal);
        unlinks.push(unlink);
        return fetchWithin(through, new Request(url, { ...init, signal: controller.signal }), timeout, controller);
      };
      // PATCH is never repeated; POST is, because every POST carries an Idempotency-Key the server deduplicates on.
      const repeatable = req.method !== 'PATCH';
      const response = await withRetries(attempt, { maxRetries: options.maxRetries ?? this.#config.maxRetries, repeatable, signal });
      const meta = metaOf(response);
      if (!response.ok) throw await httpError(response, meta, signal);
      return parseResponse(req.schema, parseJson(await response.text(), meta), meta);
    } catch (error) {
      throw toIbuSibukError(error, signal, timeout);
    } finally {
      // Only now: the caller's abort must also cut short the reading of the body.
      for (const unlink of unlinks) unlink();
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
  #init(req: APIRequest<z.ZodMiniType>, options: RequestOptions): RequestInit & { headers: Headers } {
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

/** A controller for one attempt that also aborts when the caller's signal does, until `unlink()`. */
function attemptController(caller: AbortSignal | undefined): { controller: AbortController; unlink: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort(caller?.reason);
  if (caller?.aborted) abort();
  else caller?.addEventListener('abort', abort, { once: true });
  return { controller, unlink: () => caller?.removeEventListener('abort', abort) };
}

/**
 * Fetch `request`, giving up after `timeout` ms: rejects with {@link AttemptTimeout}
 * and aborts the request, even if `send` ignores its signal.
 */
function fetchWithin(send: (request: Request) => Promise<Response>, request: Request, timeout: number, controller: AbortController): Promise<Response> {
  if (timeout > MAX_TIMEOUT_MS) return Promise.reject(new RangeError(`The \`timeout\` option cannot be greater than ${MAX_TIMEOUT_MS}`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new AttemptTimeout(request));
    }, timeout);
    send(request)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

const metaOf = (response: Response): ResponseMeta => ({
  status: response.status,
  requestId: response.headers.get('x-request-id') ?? undefined,
});

const abortError = (signal: AbortSignal) => new AbortError('The request was aborted.', { code: 'aborted', cause: signal.reason });

/** The error for a failing answer, from its status and, when it is one, the API's error body. */
async function httpError(response: Response, meta: ResponseMeta, signal: AbortSignal | undefined): Promise<IbuSibukError> {
  if (signal?.aborted) return abortError(signal);
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const parsed = z.safeParse(ErrorBody, body);
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  return errorFromResponse({
    status: meta.status,
    error: parsed.success ? parsed.data.error : undefined,
    requestId: meta.requestId,
    retryAfter: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
  });
}

/** Map whatever fetch or the attempt threw to the SDK's error classes. */
function toIbuSibukError(error: unknown, signal: AbortSignal | undefined, timeout: number): IbuSibukError {
  if (error instanceof IbuSibukError) return error;
  if (signal?.aborted) return abortError(signal);
  if (error instanceof AttemptTimeout) {
    return new TimeoutError(`The Ibu Sibuk API did not answer within ${timeout} ms.`, { code: 'timeout', cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError(`Could not reach the Ibu Sibuk API (${reason}).`, { code: 'network_error', cause: error });
}

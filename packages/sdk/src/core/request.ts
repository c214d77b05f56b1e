import ky, { isHTTPError, isTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import * as z from 'zod/mini';
import { ErrorBody } from '../schemas/error.js';
import type { Locale } from '../validation.js';
import { AbortError, IbuSibukError, NetworkError, TimeoutError, errorFromResponse } from './errors.js';
import { newIdempotencyKey } from '../internal/env.js';
import {
  MAX_RETRY_AFTER_MS,
  RETRY_STATUSES,
  jitter,
  parseRetryAfter,
  retryDelay,
} from '../internal/backoff.js';
import { parseJson, parseResponse } from '../internal/parse.js';

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

// POST is retried because every POST carries an Idempotency-Key the server deduplicates on.
const RETRY_METHODS: NonNullable<Exclude<KyOptions['retry'], number>>['methods'] = [
  'get',
  'put',
  'head',
  'delete',
  'options',
  'trace',
  'post',
];

/**
 * Sends requests to the API over ky: auth and language headers, JSON, retries
 * with backoff, idempotency keys, timeouts and aborts, and maps every failure
 * to an {@link IbuSibukError}. One per client.
 */
export class APIRequester {
  readonly #config: RequesterConfig;
  readonly #ky: KyInstance;

  constructor(config: RequesterConfig) {
    this.#config = config;
    this.#ky = ky.create({
      prefixUrl: config.baseUrl,
      ...(config.fetch ? { fetch: config.fetch } : {}),
      throwHttpErrors: true,
    });
  }

  /** Send one request (with its retries) and return the response body parsed by `req.schema`. */
  async request<S extends z.ZodMiniType>(req: APIRequest<S>, options: RequestOptions = {}): Promise<z.output<S>> {
    const timeout = options.timeout ?? this.#config.timeout;
    const signal = options.signal;
    try {
      const response = await this.#ky(req.path.replace(/^\/+/, ''), this.#kyOptions(req, options, timeout));
      const meta = { status: response.status, requestId: response.headers.get('x-request-id') ?? undefined };
      return parseResponse(req.schema, parseJson(await response.text(), meta), meta);
    } catch (error) {
      throw await toIbuSibukError(error, signal, timeout);
    }
  }

  /**
   * The absolute URL of `path` with the headers every call carries (credential,
   * language, client) and the effective timeout and retries, for transports
   * that do not go through ky (resumable uploads).
   */
  endpoint(path: string, options: RequestOptions = {}): { url: string; headers: Record<string, string>; timeout: number; maxRetries: number } {
    return {
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

  #kyOptions(req: APIRequest<z.ZodMiniType>, options: RequestOptions, timeout: number): KyOptions {
    const headers: Record<string, string> = { accept: 'application/json', ...this.#commonHeaders() };
    if (req.method === 'POST') headers['idempotency-key'] = options.idempotencyKey ?? newIdempotencyKey();
    Object.assign(headers, options.headers);

    const signal = options.signal;
    const kyOptions: KyOptions = {
      method: req.method,
      headers,
      timeout,
      retry: {
        limit: options.maxRetries ?? this.#config.maxRetries,
        methods: RETRY_METHODS,
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_STATUSES,
        maxRetryAfter: MAX_RETRY_AFTER_MS,
        delay: retryDelay,
        jitter: (ms) => jitter(ms),
        retryOnTimeout: true,
        shouldRetry: ({ error }) => {
          if (signal?.aborted) return false;
          if (isHTTPError(error)) {
            const after = parseRetryAfter(error.response.headers.get('retry-after'));
            // A long Retry-After (an hourly limit, say) is the caller's to handle, not ours to sleep through.
            if (after !== undefined && after * 1000 > MAX_RETRY_AFTER_MS) return false;
          }
          return undefined;
        },
      },
    };
    if (signal) kyOptions.signal = signal;
    if (req.query) kyOptions.searchParams = withoutUndefined(req.query);
    if (req.formData) kyOptions.body = req.formData;
    else if (req.body !== undefined) kyOptions.json = req.body;
    if (req.fetch) kyOptions.fetch = req.fetch;
    return kyOptions;
  }
}

function withoutUndefined(query: Query): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) out[key] = value;
  return out;
}

/** Map whatever ky or fetch threw to the SDK's error classes. */
async function toIbuSibukError(error: unknown, signal: AbortSignal | undefined, timeout: number): Promise<IbuSibukError> {
  if (error instanceof IbuSibukError) return error;
  if (signal?.aborted) {
    return new AbortError('The request was aborted.', { code: 'aborted', cause: signal.reason });
  }
  if (isHTTPError(error)) {
    const { response } = error;
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch {
      body = undefined;
    }
    const parsed = z.safeParse(ErrorBody, body);
    return errorFromResponse({
      status: response.status,
      error: parsed.success ? parsed.data.error : undefined,
      requestId,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
  if (isTimeoutError(error)) {
    return new TimeoutError(`The Ibu Sibuk API did not answer within ${timeout} ms.`, { code: 'timeout', cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError(`Could not reach the Ibu Sibuk API (${reason}).`, { code: 'network_error', cause: error });
}

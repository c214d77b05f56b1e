import type { ErrorCode } from '../schemas/error.js';

/** Codes of failures the SDK detects itself, before or without a server answer. */
export type ClientErrorCode =
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'configuration_error';

/** Every `code` an {@link IbuSibukError} may carry. */
export type IbuSibukErrorCode = ErrorCode | ClientErrorCode;

/** What an error knows besides its message. */
export interface IbuSibukErrorInit {
  code: IbuSibukErrorCode;
  /** HTTP status of the failing response; undefined when no response arrived. */
  status?: number | undefined;
  /** Per-field messages keyed by dotted path, e.g. `profile.whatsapp`. */
  fields?: Record<string, string> | undefined;
  /** The server's `X-Request-Id`, to quote when asking for support. */
  requestId?: string | undefined;
  cause?: unknown;
}

/** Base class of every error the SDK throws. Catch this to catch them all. */
export class IbuSibukError extends Error {
  /** A stable, machine-readable reason, e.g. `invalid_transition`. */
  readonly code: IbuSibukErrorCode;
  /** HTTP status, or undefined when no response arrived (network, timeout, abort). */
  readonly status: number | undefined;
  /** Per-field messages keyed by dotted path; present on validation failures. */
  readonly fields: Record<string, string> | undefined;
  /** The server's request id (header `X-Request-Id`), when there was a response. */
  readonly requestId: string | undefined;

  constructor(message: string, init: IbuSibukErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields;
    this.requestId = init.requestId;
  }
}

/** The input was refused (400 `validation_error`, 413 `payload_too_large`); see {@link IbuSibukError.fields}. */
export class ValidationError extends IbuSibukError {}
/** The credential is missing, unknown or expired (401). */
export class AuthenticationError extends IbuSibukError {}
/** The credential may not do this (403), e.g. a publishable key attempting an officer action. */
export class PermissionError extends IbuSibukError {}
/** No such resource, or not one this credential may see (404). */
export class NotFoundError extends IbuSibukError {}
/** The lifecycle table forbids this move from the participation's current stage (409). */
export class InvalidTransitionError extends IbuSibukError {}
/** The idempotency key was already used with another request body (409). */
export class IdempotencyError extends IbuSibukError {}

/** Too many requests (429). */
export class RateLimitError extends IbuSibukError {
  /** Seconds to wait before trying again (header `Retry-After`), when the server said. */
  readonly retryAfter: number | undefined;
  constructor(message: string, init: IbuSibukErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** The server failed (5xx) or answered with a status the SDK does not know. */
export class APIError extends IbuSibukError {}
/** No response: the connection failed or dropped. Retried automatically before it is thrown. */
export class NetworkError extends IbuSibukError {}
/** No response within the request's `timeout`. A kind of {@link NetworkError}. */
export class TimeoutError extends NetworkError {}
/** The caller's `AbortSignal` fired. Never retried. */
export class AbortError extends IbuSibukError {}

/** A 2xx response whose body does not match its schema; the message names the field path. */
export class ResponseValidationError extends IbuSibukError {
  /** Dotted path of the first mismatching field, e.g. `data.0.compensation.fee`. */
  readonly path: string;
  constructor(message: string, init: IbuSibukErrorInit & { path: string }) {
    super(message, init);
    this.path = init.path;
  }
}

/** The client was created with options that cannot work, e.g. a secret key in a browser. */
export class ConfigurationError extends IbuSibukError {}

type ErrorClass = new (message: string, init: IbuSibukErrorInit) => IbuSibukError;

const BY_CODE: Partial<Record<string, ErrorClass>> = {
  validation_error: ValidationError,
  payload_too_large: ValidationError,
  authentication_error: AuthenticationError,
  permission_error: PermissionError,
  not_found: NotFoundError,
  invalid_transition: InvalidTransitionError,
  idempotency_error: IdempotencyError,
  internal_error: APIError,
};

const BY_STATUS: Partial<Record<number, ErrorClass>> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  413: ValidationError,
};

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** What a failing HTTP response said, as {@link errorFromResponse} needs it. */
export interface ErrorResponse {
  status: number;
  /** The `error` object of the body, when the body was an API error body. */
  error?: { code: string; message: string; fields?: Record<string, string> | undefined; requestId?: string } | undefined;
  requestId?: string | undefined;
  retryAfter?: number | undefined;
}

/**
 * The one place that turns a failing response into an error class: the body's
 * `code` decides when the SDK knows it, the status otherwise.
 */
export function errorFromResponse(response: ErrorResponse): IbuSibukError {
  const { status, error } = response;
  const code = (error?.code ?? CODE_OF_STATUS[status] ?? 'internal_error') as IbuSibukErrorCode;
  const init: IbuSibukErrorInit = {
    code,
    status,
    fields: error?.fields,
    requestId: error?.requestId ?? response.requestId,
  };
  const message = error?.message ?? `The server answered HTTP ${status}.`;
  if (status === 429 || code === 'rate_limited') {
    return new RateLimitError(message, { ...init, retryAfter: response.retryAfter });
  }
  const ErrorType = BY_CODE[code] ?? BY_STATUS[status] ?? APIError;
  return new ErrorType(message, init);
}

import type { ErrorCode } from '@ibusibuk/sdk';
import type { Message } from './i18n/locale.js';
import { messages as m } from './i18n/messages.js';

/** A failure the API reports to the caller: status, code and a message in both languages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly text: Message;
  readonly fields: Record<string, Message> | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ErrorCode,
    text: Message,
    options: { fields?: Record<string, Message>; headers?: Record<string, string> } = {},
  ) {
    super(typeof text === 'string' ? text : text.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

export const validationError = (fields: Record<string, Message>, text: Message = m.validationFailed) =>
  new ApiError(400, 'validation_error', text, { fields });

export const authenticationError = (text: Message = m.unauthenticated) =>
  new ApiError(401, 'authentication_error', text);

export const permissionError = (text: Message = m.forbidden) => new ApiError(403, 'permission_error', text);

export const notFound = (text: Message = m.notFound) => new ApiError(404, 'not_found', text);

export const invalidTransition = (text: Message) => new ApiError(409, 'invalid_transition', text);

export const idempotencyError = (text: Message) => new ApiError(409, 'idempotency_error', text);

export const payloadTooLarge = (text: Message = m.payloadTooLarge) => new ApiError(413, 'payload_too_large', text);

export const rateLimited = (retryAfterSeconds: number, text: Message = m.rateLimited) =>
  new ApiError(429, 'rate_limited', text, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });

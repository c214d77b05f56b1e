import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  IbuSibukError,
  IdempotencyError,
  InvalidTransitionError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
  errorFromResponse,
} from '../src/index.js';

const body = (code: string, fields?: Record<string, string>) => ({ code, message: `m:${code}`, fields, requestId: 'req_abc' });

describe('error mapping', () => {
  it.each([
    [400, 'validation_error', ValidationError],
    [413, 'payload_too_large', ValidationError],
    [401, 'authentication_error', AuthenticationError],
    [403, 'permission_error', PermissionError],
    [404, 'not_found', NotFoundError],
    [409, 'invalid_transition', InvalidTransitionError],
    [409, 'idempotency_error', IdempotencyError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal_error', APIError],
    [503, 'internal_error', APIError],
  ] as const)('maps %i %s to %o', (status, code, ErrorClass) => {
    const error = errorFromResponse({ status, error: body(code) });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(IbuSibukError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status, code, message: `m:${code}`, requestId: 'req_abc', name: ErrorClass.name });
  });

  it('keeps per-field messages of a validation error', () => {
    const error = errorFromResponse({ status: 400, error: body('validation_error', { 'profile.whatsapp': 'Nomor salah.' }) });
    expect(error.fields).toEqual({ 'profile.whatsapp': 'Nomor salah.' });
  });

  it('carries Retry-After seconds on a rate limit', () => {
    const error = errorFromResponse({ status: 429, error: body('rate_limited'), retryAfter: 30 });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
  });

  it('falls back on the status when the body is not an API error', () => {
    expect(errorFromResponse({ status: 404, requestId: 'req_h' })).toMatchObject({ code: 'not_found', requestId: 'req_h' });
    expect(errorFromResponse({ status: 404 })).toBeInstanceOf(NotFoundError);
    expect(errorFromResponse({ status: 502 })).toBeInstanceOf(APIError);
    expect(errorFromResponse({ status: 418 })).toBeInstanceOf(APIError);
    expect(errorFromResponse({ status: 401 })).toBeInstanceOf(AuthenticationError);
  });

  it('trusts an unknown code to its status', () => {
    expect(errorFromResponse({ status: 403, error: body('brief_locked') })).toBeInstanceOf(PermissionError);
  });
});

import type { Locale } from '@ibusibuk/sdk';
import type { IbuSibukErrorDetail } from '../events.js';
import { states } from './common.messages.js';

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  requestId?: string;
  fields?: Record<string, string>;
}

/** Turns anything thrown by the SDK into what the user reads and the page's event gets. */
export function describeError(error: unknown, locale: Locale): IbuSibukErrorDetail {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const t = states(locale);
  if (e.name === 'NetworkError' || e.name === 'TimeoutError' || e.code === 'network_error' || e.code === 'timeout') {
    return { code: e.code ?? 'network_error', message: t.networkError, requestId: e.requestId };
  }
  if (e.code && e.message) return { code: e.code, message: e.message, requestId: e.requestId };
  return { code: 'unknown_error', message: t.genericError };
}

/** Per-field messages a server `ValidationError` carried, or an empty record. */
export function fieldsOf(error: unknown): Record<string, string> {
  const fields = (error as ErrorLike | null)?.fields;
  return fields && typeof fields === 'object' ? fields : {};
}

/** True when the user (or a newer request) aborted it: nothing to show. */
export function isAbort(error: unknown): boolean {
  return (error as ErrorLike | null)?.name === 'AbortError';
}

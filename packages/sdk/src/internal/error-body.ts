import type { ErrorResponse } from '../core/errors.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The `error` object of an API error body (schemas/error.ts), or undefined when the body is
 * something else (a proxy's HTML page, say). Checked by hand rather than with the ErrorBody
 * schema: every failure goes through here, and pages do not load zod to read answers.
 */
export function apiErrorOf(body: unknown): ErrorResponse['error'] {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || !isText(error.code) || !isText(error.message) || !isText(error.requestId)) return undefined;
  const { fields } = error;
  if (fields !== undefined && !(isRecord(fields) && Object.values(fields).every(isText))) return undefined;
  return { code: error.code, message: error.message, requestId: error.requestId, fields: fields as Record<string, string> | undefined };
}

import { ResponseValidationError } from '../core/errors.js';

/** Where a response came from, for error messages. */
export interface ResponseMeta {
  status: number;
  requestId: string | undefined;
}

/** A response that is not what the API promises: a server or version problem, named with its path. */
export function invalidResponse(message: string, path: string, meta: ResponseMeta, cause?: unknown): ResponseValidationError {
  return new ResponseValidationError(message, { code: 'invalid_response', status: meta.status, requestId: meta.requestId, path, cause });
}

/** Parse response text as JSON; non-JSON is a {@link ResponseValidationError} at the body's root. */
export function parseJson(text: string, meta: ResponseMeta): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw invalidResponse('The Ibu Sibuk API answered with a body that is not JSON.', '(body)', meta, cause);
  }
}

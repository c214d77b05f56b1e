import type { ResponseValidation } from './response-validation.js';

export { VALIDATE_GLOBAL, type ResponseValidation } from './response-validation.js';

/** On Node every answer is checked against its schema (with zod's compiled fast path, #compiled-schema). */
export function defaultValidation(): ResponseValidation {
  return 'responses';
}

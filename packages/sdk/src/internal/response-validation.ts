/** What {@link ClientOptions.validate} may say: check every answer against its schema, or trust it. */
export type ResponseValidation = 'responses' | 'none';

/**
 * The global a page (or a test runner) sets to `'responses'` to check every answer of clients
 * it did not create itself, such as `<ibusibuk-provider>`'s: for development and tests.
 */
export const VALIDATE_GLOBAL = '__ibusibukValidate';

/**
 * In pages the SDK trusts the API's answers by default: types still come from the schemas,
 * but the schemas and zod stay out of the page. On Node, package.json "imports" maps
 * `#response-validation` to response-validation.node.ts, which checks every answer.
 */
export function defaultValidation(): ResponseValidation {
  return (globalThis as Record<string, unknown>)[VALIDATE_GLOBAL] === 'responses' ? 'responses' : 'none';
}

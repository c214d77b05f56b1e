import * as z from 'zod/mini';
import { compiledSchema } from '#compiled-schema';
import { invalidResponse, type ResponseMeta } from './response-json.js';

type Issue = z.core.$ZodIssue;

// zod does not keep the input on issues, so look the value up by its path.
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function describe(issue: Issue, body: unknown): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${kind(valueAt(body, issue.path))}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_format') return `expected format ${issue.format}`;
  if (issue.code === 'too_small') return `expected at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `expected at most ${String(issue.maximum)}`;
  return issue.code.replace(/_/g, ' ');
}

/**
 * Parse a response body with its schema. A mismatch is a server or version
 * problem, so it throws at once, naming the field, rather than leaking
 * `undefined` deep into the caller's code.
 */
export function parseResponse<S extends z.ZodMiniType>(schema: S, body: unknown, meta: ResponseMeta): z.output<S> {
  const result = z.safeParse(compiledSchema(schema), body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.') || '(body)';
  const extra = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw invalidResponse(`Unexpected response from the Ibu Sibuk API at \`${path}\`: ${describe(issue, body)}${extra}.`, path, meta);
}

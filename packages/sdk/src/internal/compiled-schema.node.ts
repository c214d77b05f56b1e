import * as z from 'zod/mini';

const compiled = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

/**
 * The schema a response is parsed with, on Node: compiled once by `z.compile`, zod's
 * ahead-of-time fast path, which checks a page of 100 campaigns about ten times faster than
 * the interpreter (bench/RESULTS.md, benchmark 5). A body that fails the fast path is parsed
 * again by the interpreter, so errors read the same. `z.config({ jitless: true })` turns
 * compiling off, as it does for the rest of zod.
 */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): S {
  if (z.config().jitless) return schema;
  let fast = compiled.get(schema);
  if (!fast) compiled.set(schema, (fast = z.compile(schema)));
  return fast as S;
}

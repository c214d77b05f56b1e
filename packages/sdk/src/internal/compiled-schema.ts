/**
 * The schema a response is parsed with. In pages this is the schema itself, run by zod/mini's
 * interpreter: compiling needs `new Function`, which a strict CSP forbids, and the compiler
 * would add its weight to every page. On Node, package.json "imports" maps `#compiled-schema`
 * to compiled-schema.node.ts instead.
 */
export function compiledSchema<S>(schema: S): S {
  return schema;
}

// `@ibusibuk/sdk/client`: the client, its resources and errors, the lifecycle and the rules
// pages compute with, with the schemas' types but not their code. A bundler that meets the
// package's main entry reaches every schema module through its `export *` and keeps them in
// the page's first load, even though pages no longer parse answers with them (esbuild does);
// modules a page loads first import from here instead.
export type * from './schemas/index.js';
export * from './without-schemas.js';

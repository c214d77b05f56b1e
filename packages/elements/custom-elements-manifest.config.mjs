// custom-elements.json is generated from the components' JSDoc (@tag, @event,
// @csspart, @cssprop, @slot) and their Lit properties.
export default {
  // The base class is read too, so inherited `locale` and `theme` show on every element.
  globs: ['src/components/**/*.component.ts', 'src/internal/ibusibuk-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};

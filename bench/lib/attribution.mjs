// Where a bundle's bytes come from: the very build scripts/size.mjs measures (withBundle),
// with the metafile's per-input byte counts (minified, before gzip) summed by package.
// Only to explain a missed budget; the sizes themselves come from measure().
import { withBundle } from '../../scripts/size.mjs';

function groupOf(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = input.slice(nm + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === 'zod') return 'zod (zod/mini and its core)';
    if (name === 'lit-html' || name === 'lit' || name === '@lit/reactive-element') return 'lit (lit-html, reactive-element)';
    return name;
  }
  const m = /packages\/(\w+)\/src\/(?:components\/)?([\w-]+)/.exec(input);
  if (m) return m[1] === 'sdk' ? `@ibusibuk/sdk ${m[2].replace(/\.ts$/, '')}` : `elements: ${m[2].replace(/\.ts$/, '')}`;
  return input;
}

/** { groups: [{ name, bytes }], total } over the first load (entry + static imports), or every chunk. */
export function attribute(modules, { includeLazy = false } = {}) {
  return withBundle(modules, ({ outputs, firstLoad, all }) => {
    const groups = new Map();
    let total = 0;
    for (const file of includeLazy ? all : firstLoad) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
        const g = groupOf(input);
        groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
        total += bytesInOutput;
      }
    }
    return { groups: [...groups].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes), total };
  });
}

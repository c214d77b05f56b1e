// Checks packages/elements/custom-elements.json, from which editors, the framework typings
// and Storybook's docs learn the elements: every public attribute, property, method, event,
// slot, part and CSS property of every element is described; events are the documented
// `ibusibuk-*` ones; methods are methods; every --ibusibuk-* property the styles read is on
// some element; every tag has its definition export; module paths name shipped files.
// Run after `pnpm --filter @ibusibuk/elements build`. Exits non-zero on any finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
const problems = [];

/** Source files under a folder, tests and stories left out. */
function sources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
}

const elements = [];
const definitions = new Map();
for (const mod of manifest.modules) {
  if (!mod.path.startsWith('dist/') || !mod.path.endsWith('.js')) problems.push(`module path ${mod.path} is not a shipped .js file`);
  else if (!existsSync(join(pkg, mod.path))) problems.push(`module path ${mod.path} is not in the build`);
  for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName) elements.push(decl);
  for (const exp of mod.exports ?? []) {
    if (exp.kind === 'custom-element-definition') definitions.set(exp.name, `${exp.declaration.module} (${mod.path})`);
  }
}

const isPublic = (member) => !member.privacy && !member.name.startsWith('_') && !member.name.startsWith('#');
for (const el of elements) {
  const where = `<${el.tagName}>`;
  if (!el.description) problems.push(`${where} has no description`);
  if (!definitions.has(el.tagName)) problems.push(`${where} has no custom-element-definition export`);
  for (const a of el.attributes ?? []) if (!a.description) problems.push(`${where} attribute ${a.name} is undescribed`);
  for (const m of (el.members ?? []).filter(isPublic)) {
    if (!m.description) problems.push(`${where} ${m.kind} ${m.name} is undescribed`);
    // A callback property (`fetchSessionToken`) is a field; a readonly function is a method.
    if (m.kind === 'field' && m.readonly && /=>/.test(m.type?.text ?? '')) problems.push(`${where} ${m.name} is a method listed as a field`);
  }
  for (const e of el.events ?? []) {
    if (!/^ibusibuk-[a-z]+(-[a-z]+)+$/.test(e.name)) problems.push(`${where} event ${e.name} is not an ibusibuk-<noun>-<verb> event`);
    if (!e.description) problems.push(`${where} event ${e.name} is undescribed`);
  }
  for (const [kind, list] of [['slot', el.slots], ['part', el.cssParts], ['CSS property', el.cssProperties]]) {
    for (const item of list ?? []) if (!item.description) problems.push(`${where} ${kind} ${item.name || '(default)'} is undescribed`);
  }
}

// Every tag a define module defines is in the manifest, and nothing else is.
const componentsDir = join(pkg, 'src/components');
const defined = new Set();
for (const dir of readdirSync(componentsDir)) {
  const file = join(componentsDir, dir, `${dir}.ts`);
  const tag = existsSync(file) && /\.define\('([a-z0-9-]+)'\)/.exec(readFileSync(file, 'utf8'))?.[1];
  if (tag) defined.add(tag);
}
for (const tag of defined) if (!elements.some((el) => el.tagName === tag)) problems.push(`<${tag}> is defined in src but missing from the manifest`);
for (const tag of definitions.keys()) if (!defined.has(tag)) problems.push(`definition of <${tag}> matches no define module`);

// Every theming property the styles read is documented on at least one element.
const documented = new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
const read = new Set(sources(join(pkg, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--ibusibuk-[a-z0-9-]+)/g)].map((m) => m[1])));
for (const prop of read) if (!documented.has(prop)) problems.push(`${prop} is read by the styles but documented on no element`);

if (problems.length) {
  console.error(`custom-elements.json: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${elements.length} elements, ${documented.size} CSS properties, all described`);

// custom-elements.json is generated from the components' JSDoc (@tag, @event,
// @csspart, @cssprop, @slot) and their Lit properties. Editor data, the framework
// typings (examples/react, examples/vue) and Storybook's docs pages are read from it,
// and scripts/check-manifest.mjs fails CI when anything in it is undescribed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** src/components/x/x.component.ts → dist/components/x/x.component.js: what the package ships. */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * `readonly signOut = (): void => {…}`: an arrow function in a class field is a method to
 * whoever calls it, but the analyzer lists it as a field. Described as a method here.
 */
function arrowFieldsAsMethods() {
  return {
    name: 'ibusibuk-arrow-fields-as-methods',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.initializer || !ts.isArrowFunction(member.initializer)) continue;
        const doc = decl?.members?.find((m) => m.name === member.name.getText());
        if (!doc) continue;
        const fn = member.initializer;
        doc.kind = 'method';
        delete doc.type;
        delete doc.default;
        delete doc.readonly;
        doc.parameters = fn.parameters.map((p) => ({ name: p.name.getText(), ...(p.type && { type: { text: p.type.getText() } }) }));
        if (fn.type) doc.return = { type: { text: fn.type.getText() } };
      }
    },
  };
}

/**
 * The base class's `emit(name, …)` makes the analyzer invent an event called `name` on every
 * element, and its `define(tag)` a definition of a tag called `tag`. The real events are the
 * documented `@event`s, so events without a description go, and so do definitions of a
 * variable's name.
 */
function noInventedEventsOrTags() {
  return {
    name: 'ibusibuk-no-invented-events-or-tags',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          decl.events = decl.events.filter((e) => e.description);
          // Its type is declared once, in src/events.ts's maps (HTMLElementEventMap holds them all).
          for (const event of decl.events) event.type = { text: `HTMLElementEventMap['${event.name}']` };
        }
        if (mod.exports) mod.exports = mod.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}

/**
 * Each tag is defined by a four-line module beside its class (`campaign-list.ts`:
 * `IbuSibukCampaignList.define('ibusibuk-campaign-list')`), which the analyzer does not
 * recognise. Adds those modules with their `custom-element-definition` exports, read from the
 * define call itself, then points every module path at the shipped JavaScript.
 */
function definitionsAndShippedPaths() {
  return {
    name: 'ibusibuk-definitions-and-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const mod of customElementsManifest.modules) {
        const element = mod.declarations?.find((d) => d.customElement && d.tagName);
        if (!element) continue;
        const definePath = mod.path.replace(/\.component\.ts$/, '.ts');
        const source = readFileSync(new URL(definePath, import.meta.url), 'utf8');
        const call = /(\w+)\.define\('([a-z0-9-]+)'\)/.exec(source);
        if (!call || call[1] !== element.name || call[2] !== element.tagName) {
          throw new Error(`${definePath} does not define <${element.tagName}> with ${element.name}`);
        }
        definitions.push({
          kind: 'javascript-module',
          path: definePath,
          declarations: [],
          exports: [
            { kind: 'js', name: '*', declaration: { name: '*', module: mod.path } },
            { kind: 'js', name: 'default', declaration: { name: element.name, module: mod.path } },
            { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: mod.path } },
          ],
        });
      }
      customElementsManifest.modules.push(...definitions);
      // Module paths (and every reference to a module) name files in the package, not sources.
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
            else rewrite(inner);
          }
        }
      };
      rewrite(customElementsManifest.modules);
    },
  };
}

/** `api-base` → `apiBase`, `onibusibuk-campaign-select` → `onIbusibukCampaignSelect`: Vue's own names. */
const vueName = (key) => {
  const camel = key.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return key.startsWith('on') && key.includes('-') ? `on${camel[2].toUpperCase()}${camel.slice(3)}` : camel;
};

/**
 * Vue's typings from the manifest. The generator writes `CustomEvent<type>` for a handler,
 * reading an event's type as its detail, where the manifest (and the React generator) hold
 * the whole event's type; so it gets a copy with the details. It also keys props by their
 * kebab-case attribute and handlers by `on<event-name>`, while vue-tsc looks a template's
 * `:api-base` and `@ibusibuk-campaign-select` up as `apiBase` and `onIbusibukCampaignSelect`;
 * the keys are renamed so templates are checked at all.
 */
function vueTypes(options) {
  return {
    name: 'ibusibuk-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const mod of copy.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) event.type = { text: `${event.type.text}['detail']` };
        }
      }
      generateVuejsTypes(copy, options);
      const file = join(options.outdir, options.fileName);
      const typings = readFileSync(file, 'utf8').replace(/^(\s+)"([a-z0-9-]+)"\?:/gm, (_, indent, key) => `${indent}${vueName(key)}?:`);
      writeFileSync(file, typings);
    },
  };
}

export default {
  // The base classes are read too, so their attributes, properties and tokens show on every element.
  globs: ['src/components/*/*.component.ts', 'src/internal/*-element.ts', 'src/components/staff/staff-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    arrowFieldsAsMethods(),
    noInventedEventsOrTags(),
    definitionsAndShippedPaths(),
    // Framework typings from the finished manifest, exported as @ibusibuk/elements/react and /vue.
    // Prop types come from the element classes (the npm entry), event details from the events map.
    jsxTypesPlugin({ outdir: 'dist/frameworks', fileName: 'react.d.ts', globalTypePath: '../index.js', stronglyTypedEvents: true }),
    vueTypes({ outdir: 'dist/frameworks', fileName: 'vue.d.ts', globalTypePath: '../index.js' }),
  ],
};

import { LitElement } from 'lit';

/**
 * Hydration of server-rendered HTML (`@lit-labs/ssr-client`), loaded only by a page that holds
 * some: its support is about 2 kB (min+gzip) that every other page would load first. Lit calls
 * the support's hook when Lit loads, so installed later it is called here, on the same class,
 * before the element with server HTML is defined (which is when Lit reads what it patches).
 */

declare global {
  // Set by `@lit-labs/ssr-client/lit-element-hydrate-support.js`; Lit calls it when it loads.
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

let installing: Promise<void> | undefined;

/** Whether the page holds `tag` elements whose shadow root a server rendered (declarative shadow DOM). */
export const hasServerHtml = (tag: string): boolean => [...document.querySelectorAll(tag)].some((el) => el.shadowRoot !== null);

/** Loads and installs Lit's hydration support once. */
export function installHydration(): Promise<void> {
  installing ??= import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => {
    // Loaded before Lit (a page that imported it first), the support has patched LitElement
    // already: it defines LitElement's own observedAttributes. Patching twice would render twice.
    if (Object.hasOwn(LitElement, 'observedAttributes')) return;
    globalThis.litElementHydrateSupport?.({ LitElement });
  });
  // A failed fetch (offline) may be tried again by the next element that needs it.
  installing.catch(() => (installing = undefined));
  return installing;
}

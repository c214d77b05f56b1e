/**
 * The data an element's server-rendered HTML was made from travels with it, as
 * `<script type="application/json" data-ibusibuk-data>` inside the element (light DOM, never
 * shown, never run): hydration takes it instead of fetching again.
 */
export const SERVER_DATA_ATTRIBUTE = 'data-ibusibuk-data';

/** The JSON a server writes into the element; `<` escaped so the text cannot close the script. */
export function serverDataScript(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" ${SERVER_DATA_ATTRIBUTE}>${json}</script>`;
}

/** The data the server left in `host`, or undefined when its HTML did not come from a server. */
export function readServerData<T>(host: Element): T | undefined {
  const script = host.querySelector(`:scope > script[${SERVER_DATA_ATTRIBUTE}]`);
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent) as T;
  } catch {
    return undefined; // a broken hand-off is fetched again like any other
  }
}

/**
 * Whether Lit hydrates `el`'s server-rendered shadow root: `@lit-labs/ssr-client`'s support must
 * have run before Lit did (it adds `defer-hydration` to every element's observed attributes).
 * Without it, Lit would render next to the server's nodes.
 */
export function hydrates(el: Element): boolean {
  const observed = (el.constructor as { observedAttributes?: string[] }).observedAttributes ?? [];
  return observed.includes('defer-hydration');
}

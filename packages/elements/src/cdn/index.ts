/**
 * The CDN bundle: one small ES module for a page that adds
 *   <script type="module" src="https://…/ibusibuk-elements.js"></script>
 * It knows every `ibusibuk-*` tag but fetches an element's code only when the tag is on the
 * page (looked for once the document is parsed, then watched with a MutationObserver), so a
 * brand page showing <ibusibuk-campaign> loads the provider and the campaign and nothing else.
 * The other elements, Markdown and its sanitiser, and the upload transport are chunks fetched
 * on first use. While a campaign's code downloads, its server-rendered HTML is already asked
 * for (cdn/server-html.ts). `customElements.get(tag)` gives a tag's class once the
 * tag has been used; `load(tag)` defines one ahead of use and resolves to its class.
 *
 * Nothing else is imported here, on purpose: the element classes, `IbuSibukElement` and
 * `ibusibukContext` come from the npm entry (`@ibusibuk/elements`). A static import from this
 * module would make the browser fetch and run it before the loader could ask for the elements
 * a page uses, one more round trip before the first card.
 */
import { start } from './autoloader.js';

export { discover, load, stop, type IbuSibukTag } from './autoloader.js';
export type { IbuSibukContext } from '../internal/context.js';
export type { IbuSibukErrorDetail } from '../events.js';

start();

// The floor of "everything": the libraries the elements use that no code of ours can replace,
// loaded as the elements load them. Lit and its context and task; ky; zod/mini with every
// request schema a KOL's forms check (`@ibusibuk/sdk/forms`); marked and DOMPurify for a brief's
// Markdown (import()ed); tus-js-client for resumable uploads (import()ed). Measured by
// bench/bundle.mjs with its lazy chunks; never shipped.
import { LitElement, html } from '../../packages/elements/node_modules/lit/index.js';
import { ContextConsumer, createContext } from '../../packages/elements/node_modules/@lit/context/index.js';
import { Task } from '../../packages/elements/node_modules/@lit/task/index.js';
import ky from '../../packages/sdk/node_modules/ky/distribution/index.js';
import * as z from '../../packages/sdk/node_modules/zod/v4/mini/index.js';
import * as inputs from '../../packages/sdk/src/forms.ts';

class FloorAll extends LitElement {
  consumer = new ContextConsumer(this, { context: createContext(Symbol('floor')), subscribe: true });
  data = new Task(this, { task: async () => ky('/v1/campaigns').json(), args: () => [] });
  async brief(markdown) {
    const [{ marked }, { default: DOMPurify }] = await Promise.all([
      import('../../packages/elements/node_modules/marked/lib/marked.esm.js'),
      import('../../packages/elements/node_modules/dompurify/dist/purify.es.mjs'),
    ]);
    return DOMPurify.sanitize(await marked.parse(markdown));
  }
  async upload(file) {
    const { Upload } = await import('../../packages/sdk/node_modules/tus-js-client/lib.esm/browser/index.js');
    new Upload(file, { endpoint: '/v1/uploads/tus' }).start();
  }
  check(name, value) {
    return z.safeParse(inputs[name], value);
  }
  render() {
    return html`${this.data.value}`;
  }
}
customElements.define('floor-all', FloorAll);

// The floor of the campaign list's budget: what any list built on the chosen stack ships
// before its own code. A Lit element with reactive properties and a task, the provider's
// context (@lit/context, consumer and provider) and ky fetching a page of campaigns, trusted
// as pages trust the API (no schema). Measured by bench/bundle.mjs; never shipped.
// Through the packages' own dependencies (@lit/context, @lit/task and ky are not root dependencies).
import { LitElement, css, html } from '../../packages/elements/node_modules/lit/index.js';
import { ContextConsumer, ContextProvider, createContext } from '../../packages/elements/node_modules/@lit/context/index.js';
import { Task } from '../../packages/elements/node_modules/@lit/task/index.js';
import ky from '../../packages/sdk/node_modules/ky/distribution/index.js';

const context = createContext(Symbol('floor'));

class FloorProvider extends LitElement {
  provider = new ContextProvider(this, { context, initialValue: 'pk_test' });
  render() {
    return html`<slot></slot>`;
  }
}

class FloorList extends LitElement {
  static styles = css`:host { display: block; }`;
  consumer = new ContextConsumer(this, { context, subscribe: true });
  campaigns = new Task(this, {
    task: async (_args, { signal }) => (await ky('/v1/campaigns', { signal, retry: 2, timeout: 30_000 }).json()).data,
    args: () => [this.consumer.value],
  });
  render() {
    return this.campaigns.render({ complete: (items) => html`<ul>${items.map((c) => html`<li>${c.title}</li>`)}</ul>` });
  }
}
customElements.define('floor-provider', FloorProvider);
customElements.define('floor-list', FloorList);

// The floor of the campaign list's budget: what any list built on the chosen stack ships
// before its own code. A Lit element with reactive properties, the provider's context
// (@lit/context, consumer and provider) and zod/mini parsing a page of campaigns with the
// SDK's own schema. Measured by bench/bundle.mjs; never shipped.
// Through the elements package's own dependencies (@lit/context is not a root dependency).
import { LitElement, css, html } from '../../packages/elements/node_modules/lit/index.js';
import { ContextConsumer, ContextProvider, createContext } from '../../packages/elements/node_modules/@lit/context/index.js';
import { CampaignList } from '../../packages/sdk/src/schemas/campaign.ts';
import { parseResponse } from '../../packages/sdk/src/internal/parse.ts';

const context = createContext(Symbol('floor'));

class FloorProvider extends LitElement {
  provider = new ContextProvider(this, { context, initialValue: 'pk_test' });
  render() {
    return html`<slot></slot>`;
  }
}

class FloorList extends LitElement {
  static styles = css`:host { display: block; }`;
  static properties = { items: { state: true } };
  consumer = new ContextConsumer(this, { context, subscribe: true });
  constructor() {
    super();
    this.items = [];
  }
  async connectedCallback() {
    super.connectedCallback();
    const body = await (await fetch('/v1/campaigns')).json();
    this.items = parseResponse(CampaignList, body, { status: 200, requestId: undefined }).data;
  }
  render() {
    return html`<ul>${this.items.map((c) => html`<li>${c.title}</li>`)}</ul>`;
  }
}
customElements.define('floor-provider', FloorProvider);
customElements.define('floor-list', FloorList);

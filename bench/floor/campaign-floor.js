// The floor of the campaign's budget up to the apply form: the list's floor (lit, the
// provider's context, a task, ky) plus an apply form on the chosen stack, which checks what a
// mother types with zod/mini and the SDK's own ApplicationInput schema, fetched by import() as
// ours does (so not in the first load). Measured by bench/bundle.mjs; never shipped.
import { LitElement, html } from '../../packages/elements/node_modules/lit/index.js';
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

class FloorCampaign extends LitElement {
  consumer = new ContextConsumer(this, { context, subscribe: true });
  campaign = new Task(this, {
    task: async (_args, { signal }) => ky('/v1/campaigns/x', { signal, retry: 2 }).json(),
    args: () => [this.consumer.value],
  });
  issues = [];
  async submit(event) {
    event.preventDefault();
    const [z, { ApplicationInput }] = await Promise.all([
      import('../../packages/sdk/node_modules/zod/v4/mini/index.js'),
      import('../../packages/sdk/src/schemas/participation.input.ts'),
    ]);
    const result = z.safeParse(ApplicationInput, Object.fromEntries(new FormData(event.target)));
    this.issues = result.success ? [] : result.error.issues;
    if (result.success) void ky.post(`/v1/campaigns/${this.campaign.value.id}/applications`, { json: result.data });
    this.requestUpdate();
  }
  render() {
    return this.campaign.render({
      complete: (c) => html`<h2>${c.title}</h2>
        <form @submit=${this.submit}><textarea name="whyMe"></textarea><button>Daftar</button></form>
        <ul>${this.issues.map((i) => html`<li>${i.path.join('.')}: ${i.message}</li>`)}</ul>`,
    });
  }
}
customElements.define('floor-provider', FloorProvider);
customElements.define('floor-campaign', FloorCampaign);

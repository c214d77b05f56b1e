import { expect } from '@open-wc/testing';
import { until } from './support/dom.js';

// Record the order tags are defined in, before the loader can define anything.
const defined: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
  defined.push(tag);
  define(tag, ctor, options);
};

const cdn = await import('../src/cdn/index.js');
const { elements } = await import('../src/cdn/autoloader.js');
const TAGS = Object.keys(elements) as (keyof typeof elements)[];


describe('CDN entry: lazy definitions', () => {
  it('defines nothing until a tag is used', () => {
    expect(defined).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines only the tags added to the document, the provider before the element inside it', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<ibusibuk-provider api-base="http://127.0.0.1:9" publishable-key="pk_test_demo"><ibusibuk-campaign-list></ibusibuk-campaign-list></ibusibuk-provider>',
    );
    await until(() => !!customElements.get('ibusibuk-campaign-list'), 10_000, '<ibusibuk-campaign-list>');
    expect(defined.slice(0, 2)).to.deep.equal(['ibusibuk-provider', 'ibusibuk-campaign-list']);
    expect(customElements.get('ibusibuk-brief')).to.equal(undefined);
    expect(customElements.get('ibusibuk-insight-submitter')).to.equal(undefined);
    // The list found its provider: it upgraded after it, so its context request was answered.
    const list = document.querySelector('ibusibuk-campaign-list') as unknown as { ibusibuk?: unknown };
    await until(() => list.ibusibuk !== undefined, 10_000, 'the provider context');
    document.querySelector('ibusibuk-provider')!.remove();
  });

  it('finds tags in a shadow root through discover()', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ibusibuk-brief></ibusibuk-brief>';
    document.body.append(host);
    await cdn.discover(root);
    expect(customElements.get('ibusibuk-brief')).to.not.equal(undefined);
    expect(root.querySelector('ibusibuk-brief')).to.be.instanceOf(customElements.get('ibusibuk-brief')!);
    host.remove();
  });

  it('load(tag) defines any tag ahead of use and resolves to its class, once', async () => {
    for (const tag of TAGS) {
      const ctor = await cdn.load(tag);
      expect(ctor, tag).to.equal(customElements.get(tag));
      expect(await cdn.load(tag)).to.equal(ctor);
    }
    expect(new Set(defined).size).to.equal(defined.length); // no tag defined twice
    let error: unknown;
    await cdn.load('ibusibuk-nope' as never).catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/no element <ibusibuk-nope>/);
  });
});

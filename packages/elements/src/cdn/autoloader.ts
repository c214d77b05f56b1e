/**
 * The CDN bundle's lazy definer: every `ibusibuk-*` tag is known here, but an element's code
 * (and the lit, SDK and style chunks it needs) is fetched only once its tag is in the page.
 * `start()` looks through the document once and then watches it with a MutationObserver;
 * tags inside a shadow root the observer cannot see are found with `discover(root)`, and a
 * tag made with `document.createElement()` before it is attached is defined by `load(tag)`.
 *
 * `<ibusibuk-provider>` is always defined before the elements inside it: they ask for its
 * context when they connect, and a provider upgraded after them would never hear the request.
 * So the loader imports the element classes (the `*.component` modules, which do not define
 * anything), fetches them all at once, and defines the provider first.
 */
import { htmlSettled, requestHtml } from './server-html.js';

type Definable = CustomElementConstructor & { define(tag?: string): Promise<void> };

/** Tag → its class, fetched on demand. One dynamic import each, so each is its own chunk. */
export const elements = {
  'ibusibuk-provider': () => import('../components/provider/provider.component.js').then((m) => m.IbuSibukProvider),
  'ibusibuk-campaign': () => import('../components/campaign/campaign.component.js').then((m) => m.IbuSibukCampaign),
  'ibusibuk-campaign-list': () =>
    import('../components/campaign-list/campaign-list.component.js').then((m) => m.IbuSibukCampaignList),
  'ibusibuk-sign-in': () => import('../components/sign-in/sign-in.component.js').then((m) => m.IbuSibukSignIn),
  'ibusibuk-apply-form': () => import('../components/apply-form/apply-form.component.js').then((m) => m.IbuSibukApplyForm),
  'ibusibuk-brief': () => import('../components/brief/brief.component.js').then((m) => m.IbuSibukBrief),
  'ibusibuk-draft-uploader': () =>
    import('../components/draft-uploader/draft-uploader.component.js').then((m) => m.IbuSibukDraftUploader),
  'ibusibuk-insight-submitter': () =>
    import('../components/insight-submitter/insight-submitter.component.js').then((m) => m.IbuSibukInsightSubmitter),
  'ibusibuk-payout-details': () =>
    import('../components/payout-details/payout-details.component.js').then((m) => m.IbuSibukPayoutDetails),
  // The staff console: fetched only by a back-office page that uses them.
  'ibusibuk-applicants': () => import('../components/applicants/applicants.component.js').then((m) => m.IbuSibukApplicants),
  'ibusibuk-review-queue': () =>
    import('../components/review-queue/review-queue.component.js').then((m) => m.IbuSibukReviewQueue),
  'ibusibuk-campaign-report': () =>
    import('../components/campaign-report/campaign-report.component.js').then((m) => m.IbuSibukCampaignReport),
  'ibusibuk-payouts': () => import('../components/payouts/payouts.component.js').then((m) => m.IbuSibukPayouts),
} satisfies Record<string, () => Promise<Definable>>;

export type IbuSibukTag = keyof typeof elements;

const PROVIDER = 'ibusibuk-provider';
const TAGS = Object.keys(elements) as IbuSibukTag[];
const SELECTOR = TAGS.join(',');
const loading = new Map<IbuSibukTag, Promise<CustomElementConstructor>>();

const isTag = (name: string): name is IbuSibukTag => Object.hasOwn(elements, name);

/**
 * Fetches and defines `tag` (once; later calls return the same promise), resolving to the
 * class registered for it. When the provider is on the page or on its way, the element is
 * defined after it.
 */
export function load(tag: IbuSibukTag): Promise<CustomElementConstructor> {
  if (!isTag(tag)) return Promise.reject(new Error(`[ibusibuk] no element <${tag}>`));
  let promise = loading.get(tag);
  if (!promise) {
    const defined = customElements.get(tag);
    if (defined) {
      promise = Promise.resolve(defined);
    } else {
      const klass = elements[tag]();
      const provider = tag !== PROVIDER ? loading.get(PROVIDER) : undefined;
      // A tag whose server HTML is on its way is defined once it is in, so it hydrates that HTML.
      promise = Promise.all([klass, provider, htmlSettled(tag)]).then(async ([ctor]) => {
        await ctor.define(tag);
        return customElements.get(tag) ?? ctor;
      });
    }
    loading.set(tag, promise);
    promise.catch((error: unknown) => {
      loading.delete(tag); // a failed fetch (offline) may be retried by the next discovery
      console.error(`[ibusibuk] could not load <${tag}>`, error);
    });
  }
  return promise;
}

/** The undefined Ibu Sibuk tags in `root` (the node itself included), provider first. */
function tagsIn(root: ParentNode | Element, found: Set<IbuSibukTag>): void {
  if ('localName' in root && isTag(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName as IbuSibukTag);
}

function loadAll(found: Set<IbuSibukTag>): Promise<unknown> {
  // The provider's import starts first so every other element waits for its definition.
  const tags = [...found].filter((t) => !customElements.get(t)).sort((a, b) => Number(b === PROVIDER) - Number(a === PROVIDER));
  return Promise.allSettled(tags.map(load));
}

/** Loads every Ibu Sibuk element used in `root` (a document, an element or a shadow root). */
export function discover(root: ParentNode = document): Promise<unknown> {
  const found = new Set<IbuSibukTag>();
  tagsIn(root, found);
  return loadAll(found);
}

let observer: MutationObserver | undefined;

/**
 * Loads what the document uses now, then whatever is added to it later, and meanwhile asks
 * for each campaign's server-rendered HTML (server-html.ts). Idempotent.
 */
export function start(root: Document = document): void {
  if (observer) return;
  requestHtml(root);
  void discover(root);
  observer = new MutationObserver((records) => {
    const found = new Set<IbuSibukTag>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        tagsIn(node as Element, found);
        requestHtml(node as Element);
      }
    }
    if (found.size) void loadAll(found);
  });
  observer.observe(root.documentElement ?? root, { childList: true, subtree: true });
}

/** Stops watching the document (elements already defined stay defined). */
export function stop(): void {
  observer?.disconnect();
  observer = undefined;
}

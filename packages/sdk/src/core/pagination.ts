/** The body of one list response. */
export interface PageBody<T> {
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** Loads the page that starts at `cursor`. */
export type PageLoader<T> = (cursor: string) => Promise<Page<T>>;

/**
 * One page of a cursor-paginated list. Iterating it with `for await` walks
 * every item of this and all following pages, fetching them as needed.
 */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** Whether more items follow this page. */
  readonly hasMore: boolean;
  /** Cursor of the next page, or null on the last. */
  readonly nextCursor: string | null;
  readonly #load: PageLoader<T>;

  constructor(body: PageBody<T>, load: PageLoader<T>) {
    this.data = body.data;
    this.hasMore = body.hasMore;
    this.nextCursor = body.nextCursor;
    this.#load = load;
  }

  /** Whether {@link nextPage} has a page to load. */
  hasNextPage(): boolean {
    return this.hasMore && this.nextCursor !== null;
  }

  /** The following page, or null when this is the last. */
  async nextPage(): Promise<Page<T> | null> {
    return this.hasNextPage() ? this.#load(this.nextCursor!) : null;
  }

  /** Every page from this one on. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    yield this;
    let page = await this.nextPage();
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What list methods return: await it for the first {@link Page}, or iterate it
 * directly with `for await (const c of client.campaigns.list())`.
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly #page: Promise<Page<T>>;

  constructor(page: Promise<Page<T>>) {
    this.#page = page;
  }

  then<A = Page<T>, B = never>(
    onfulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#page.then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#page.catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page.finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.#page;
  }
}

/** List query params as callers pass them: `limit` (1–100, default 20) is a number. */
export type ListParams<P> = Omit<P, 'limit'> & { limit?: number | undefined };

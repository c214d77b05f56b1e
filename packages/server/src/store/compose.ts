/**
 * A base class whose instances carry the methods of the `parts` given to its
 * constructor: a store is written as one object per entity (`sqlite/campaigns.ts` …)
 * and is still a class (`new SqliteStore(file)`). `parts` is typed as the whole
 * interface, so a part left out does not compile.
 */
export function composedOf<T extends object>(): new (parts: T) => T {
  return class {
    constructor(parts: T) {
      Object.assign(this, parts);
    }
  } as new (parts: T) => T;
}

/** The same methods answering at once instead of with a promise: how the SQLite parts are written. */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/**
 * The asynchronous interface over synchronous methods. Each method still runs whole (its
 * transaction included) before anything else can; a throw becomes a rejected promise.
 */
export function promised<T extends object>(parts: Synchronous<T>): T {
  const methods: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(parts)) {
    methods[name] =
      typeof method === 'function'
        ? (...args: unknown[]) => {
            try {
              return Promise.resolve((method as (...a: unknown[]) => unknown)(...args));
            } catch (error) {
              return Promise.reject(error);
            }
          }
        : method;
  }
  return methods as T;
}

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

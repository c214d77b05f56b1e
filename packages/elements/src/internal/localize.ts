import type { Locale } from '@ibusibuk/sdk';

/** English catalogs whose module has run but whose text has not been fetched yet. */
const englishToLoad = new Set<() => Promise<void>>();

/**
 * The one localization layer: each component declares its catalog once, in Bahasa
 * Indonesia, and points at the English one (`x.messages.en.ts`, typed against the
 * Indonesian one, so TypeScript checks both have the same keys). Almost every reader
 * uses Indonesian, so the English is fetched with import() only when an element's
 * language is `en` (see `loadLanguage`); until it has arrived, `messages(locale)`
 * answers in Indonesian.
 */
export function defineMessages<M extends Record<string, unknown>>(id: M, en: () => Promise<NoInfer<M>>) {
  let english: M | undefined;
  const load = () =>
    en().then(
      (catalog) => {
        english = catalog;
      },
      (error: unknown) => console.warn('[ibusibuk] English text could not be loaded; showing Indonesian.', error),
    );
  englishToLoad.add(load);
  return (locale: Locale): M => (locale === 'en' && english) || id;
}

let loading: Promise<void> | undefined;

/**
 * Fetches the text of `locale` for every catalog defined so far; undefined when there is
 * nothing to wait for. Elements hold their update on it, so they never show Indonesian
 * first when their language is English.
 */
export function loadLanguage(locale: Locale): Promise<void> | undefined {
  if (locale !== 'en') return undefined;
  if (englishToLoad.size === 0) return loading;
  const loads = [...englishToLoad];
  englishToLoad.clear();
  const all: Promise<unknown> = Promise.all([loading, ...loads.map((load) => load())]);
  const current: Promise<void> = all.then(() => {
    if (loading === current) loading = undefined;
  });
  loading = current;
  return current;
}

/** Runs `update` once the text of `locale` is in: at once when nothing is loading. */
export function afterLanguage(locale: Locale, update: () => void | Promise<unknown>): void | Promise<unknown> {
  const loading = loadLanguage(locale);
  return loading ? loading.then(update) : update();
}

import type { Locale } from '@ibusibuk/sdk';

/**
 * The one localization layer: each component declares its catalog once, in
 * Bahasa Indonesia and English with the same keys (TypeScript checks that), and
 * reads it through `messages(locale)`.
 */
export function defineMessages<M extends Record<string, unknown>>(catalog: { id: M; en: NoInfer<M> }) {
  return (locale: Locale): M => catalog[locale] ?? catalog.id;
}

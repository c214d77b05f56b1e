import type { Locale } from '@ibusibuk/sdk';

/** Text in both languages the API speaks. */
export type Localized = { id: string; en: string };

export type Message = string | Localized;

export const localize = (message: Message, locale: Locale): string =>
  typeof message === 'string' ? message : message[locale];

/** The first of `id`/`en` the Accept-Language header asks for; Bahasa Indonesia by default. */
export function localeFrom(header: string | undefined): Locale {
  if (!header) return 'id';
  // Browsers send the same few headers on every request: parse each once (bounded).
  let locale = locales.get(header);
  if (locale === undefined) {
    locale = parseLocale(header);
    if (locales.size >= 1000) locales.clear();
    locales.set(header, locale);
  }
  return locale;
}

const locales = new Map<string, Locale>();

function parseLocale(header: string): Locale {
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (lang === 'en' || lang === 'id') return lang;
  }
  return 'id';
}

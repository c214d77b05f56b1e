import type { Locale } from '@ibusibuk/sdk';

const BCP47: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** `Rp 1.500.000` (no decimals: rupiah are whole). */
export function formatRupiah(amount: number, locale: Locale): string {
  const f = cached(`idr:${locale}`, () =>
    new Intl.NumberFormat(BCP47[locale], { style: 'currency', currency: 'IDR', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  );
  return f.format(amount);
}

/** A count such as followers or views: `12.500` in Indonesian, `12,500` in English. */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat(BCP47[locale])).format(value);
}

/** `12,5 rb` / `12.5K` for cards where space is short. */
export function formatCompact(value: number, locale: Locale): string {
  return cached(`compact:${locale}`, () => new Intl.NumberFormat(BCP47[locale], { notation: 'compact', maximumFractionDigits: 1 })).format(value);
}

/** `12 Jun 2026`. */
export function formatDate(iso: string, locale: Locale): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(BCP47[locale], { day: 'numeric', month: 'short', year: 'numeric' })).format(new Date(iso));
}

/** `12 Jun 2026 14.30`. */
export function formatDateTime(iso: string, locale: Locale): string {
  return cached(`datetime:${locale}`, () =>
    new Intl.DateTimeFormat(BCP47[locale], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  ).format(new Date(iso));
}

/**
 * Makes the formatters every card uses. The first Intl object a page makes loads ICU's data for
 * its locale: about 150 ms under benchmark 2's 4× CPU slowdown, whatever the formatter. Called
 * while a request is in flight, that cost leaves the first render.
 */
export function prepareFormats(locale: Locale): void {
  formatRupiah(0, locale);
  formatDate('1970-01-01T00:00:00Z', locale);
}

const DAY = 86_400_000;

/** Whole days from `now` until `iso` (negative once passed), counted in calendar days. */
export function daysUntil(iso: string, now: Date = new Date()): number {
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(iso);
  return Math.round((Date.UTC(end.getFullYear(), end.getMonth(), end.getDate()) - start) / DAY);
}

/** A percentage with two decimals at most: `4,25%`. */
export function formatPercent(value: number, locale: Locale): string {
  return cached(`pct:${locale}`, () => new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: 2 })).format(value) + '%';
}

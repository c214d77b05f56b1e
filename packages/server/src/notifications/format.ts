import type { Locale } from '@ibusibuk/sdk';

export const JAKARTA = 'Asia/Jakarta';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as people read it, in WIB by default: `Senin, 22 Juni 2026 pukul 23.59 WIB`. */
export function formatDateTime(iso: string | Date, locale: Locale, timeZone = JAKARTA): string {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    dateFormats.set(key, format);
  }
  return format.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** Whole rupiah: `Rp 1.500.000` (id) or `IDR 1,500,000` (en). */
export function formatRupiah(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount);
}

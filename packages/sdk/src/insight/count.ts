import type { Locale } from '../locale.js';

// Counts as KOLs type them off an insight screen: "12.500", "12,500", "12,5 rb",
// "1.2K", "3,5 jt", "2M", "2 juta". How separators are read:
//
// - Without a suffix a count is whole, so a separator followed by exactly three digits
//   groups thousands, whichever symbol it is, in either language ("1.200" and "1,200"
//   are 1200 in both: reading either as 1.2 would give a count no screen shows). The
//   language's own decimal part is allowed when it is zero ("12.500,00" in id). Any
//   other separator makes a fraction, refused ("1,5" is `not_whole`: did she mean 1,5 rb?).
// - With a suffix a single separator is a decimal point, whichever symbol, except before
//   exactly three digits: "1.200 rb" is 1,2 rb or 1.200 rb, so it is `ambiguous`.
// - "M" is a million, as the apps show it, not miliar: billions are "B", "bn" or "miliar".

/** Why a typed count was not taken. */
export type CountRefusal = 'empty' | 'negative' | 'not_a_number' | 'not_whole' | 'ambiguous' | 'too_large';

export type ParsedCount = { ok: true; value: number } | { ok: false; reason: CountRefusal };

/** The largest count taken, as `CountInput` bounds it. */
export const MAX_COUNT = 10_000_000_000;

const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n,
  rb: 1_000n,
  ribu: 1_000n,
  m: 1_000_000n,
  jt: 1_000_000n,
  juta: 1_000_000n,
  b: 1_000_000_000n,
  bn: 1_000_000_000n,
  miliar: 1_000_000_000n,
  milyar: 1_000_000_000n,
};

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

// Thousands grouped with one symbol throughout: 1.200, 12,500, 1.234.567.
const GROUPED = /^[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*$/;

const escape = (symbol: string) => `\\${symbol}`;

/** `[whole digits, fraction digits]` of `text` read with these separators, or null. */
function read(text: string, group: string, decimal: string): [string, string] | null {
  const match = new RegExp(`^([1-9]\\d{0,2}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`).exec(text);
  return match ? [match[1]!.split(group).join(''), match[2] ?? ''] : null;
}

const refuse = (reason: CountRefusal): ParsedCount => ({ ok: false, reason });

/** A whole count from what a KOL typed, or why it was not taken. */
export function parseCount(text: string, locale: Locale = 'id'): ParsedCount {
  const input = text.trim().toLowerCase();
  if (input === '') return refuse('empty');
  if (/^[-−]/.test(input)) return refuse('negative');
  const parts = /^([\d.,]+)\s*([a-z]*)\.?$/.exec(input);
  if (!parts) return refuse('not_a_number');
  const [, number = '', suffix = ''] = parts;
  const multiplier = suffix === '' ? 1n : MULTIPLIERS[suffix];
  if (multiplier === undefined) return refuse('not_a_number');

  const { group, decimal } = SEPARATORS[locale];
  const single = /^(\d+)[.,](\d+)$/.exec(number);
  const asDecimal = single ? ([single[1]!, single[2]!] as [string, string]) : null;
  let digits: [string, string] | null;
  if (suffix === '') {
    digits = (GROUPED.test(number) ? [number.replace(/[.,]/g, ''), ''] : null) ?? read(number, group, decimal) ?? asDecimal;
  } else if (asDecimal) {
    if (asDecimal[1].length === 3) return refuse('ambiguous');
    digits = asDecimal;
  } else {
    digits = read(number, group, decimal);
  }
  if (!digits) return refuse('not_a_number');

  const [whole, fraction] = digits;
  const scale = 10n ** BigInt(fraction.length);
  const scaled = (BigInt(whole) * scale + BigInt(fraction || '0')) * multiplier;
  if (scaled % scale !== 0n) return refuse('not_whole');
  const value = scaled / scale;
  if (value > BigInt(MAX_COUNT)) return refuse('too_large');
  return { ok: true, value: Number(value) };
}

/** A count as the language writes it, to echo what was understood: 12.500 / 12,500. */
export function formatCount(value: number, locale: Locale = 'id'): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`);
  return String(value).replace(/\B(?=(\d{3})+$)/g, SEPARATORS[locale].group);
}

const REFUSALS: Record<Locale, Record<CountRefusal, string>> = {
  id: {
    empty: 'Wajib diisi.',
    negative: 'Angka tidak boleh negatif.',
    not_a_number: 'Tulis angkanya saja, misalnya 12.500 atau 12,5 rb.',
    not_whole: 'Jumlah harus bilangan bulat. Maksudnya ribu? Tulis misalnya 1,5 rb.',
    ambiguous: 'Kurang jelas: tulis angka lengkapnya, misalnya 1.200 atau 1.200.000.',
    too_large: 'Angkanya terlalu besar.',
  },
  en: {
    empty: 'This field is required.',
    negative: 'The number cannot be negative.',
    not_a_number: 'Type just the number, e.g. 12,500 or 12.5K.',
    not_whole: 'A count is a whole number. Thousands? Type e.g. 1.5K.',
    ambiguous: 'Unclear: type the number in full, e.g. 1,200 or 1,200,000.',
    too_large: 'That number is too large.',
  },
};

/** A readable reason a count was refused. */
export const countRefusalMessage = (reason: CountRefusal, locale: Locale = 'id'): string => REFUSALS[locale][reason];

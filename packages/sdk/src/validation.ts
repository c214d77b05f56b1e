import * as z from 'zod/mini';
import type { Locale } from './locale.js';

type Issue = z.core.$ZodIssue;
type Messages = {
  required: string;
  invalid: string;
  tooShort: (n: number) => string;
  tooLong: (n: number) => string;
  tooFew: (n: number) => string;
  tooMany: (n: number) => string;
  tooSmall: (n: number) => string;
  tooBig: (n: number) => string;
  wholeNumber: string;
  mustConfirm: string;
  oneOf: (values: string) => string;
  formats: Record<string, string>;
};

const id: Messages = {
  required: 'Wajib diisi.',
  invalid: 'Isian tidak valid.',
  tooShort: (n) => `Minimal ${n} karakter.`,
  tooLong: (n) => `Maksimal ${n} karakter.`,
  tooFew: (n) => `Isi minimal ${n}.`,
  tooMany: (n) => `Maksimal ${n} item.`,
  tooSmall: (n) => `Minimal ${n}.`,
  tooBig: (n) => `Maksimal ${n}.`,
  wholeNumber: 'Masukkan bilangan bulat.',
  mustConfirm: 'Wajib dicentang.',
  oneOf: (values) => `Pilih salah satu: ${values}.`,
  formats: {
    email: 'Alamat email tidak valid.',
    url: 'Tautan tidak valid.',
    datetime: 'Tanggal dan waktu tidak valid.',
    whatsapp: 'Nomor WhatsApp harus diawali +62, contoh +6281234567890.',
    handle: 'Nama akun hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung.',
    hashtag: 'Tagar harus diawali # tanpa spasi.',
    mention: 'Mention harus diawali @.',
    code: 'Kode terdiri dari 6 angka.',
    url_platform: 'Tautan harus dari Instagram, TikTok, YouTube atau Facebook.',
    payout_method: 'Pilih rekening bank atau dompet digital.',
    bank: 'Pilih bank dari daftar.',
    account_number: 'Nomor rekening terdiri dari 5–20 angka.',
    ewallet: 'Pilih GoPay, OVO, DANA atau ShopeePay.',
    ewallet_phone: 'Nomor HP harus diawali 08 atau +62, contoh 081234567890.',
    npwp: 'NPWP terdiri dari 15 atau 16 angka.',
    nik: 'NIK tidak valid: periksa 16 angka sesuai KTP.',
  },
};

const en: Messages = {
  required: 'This field is required.',
  invalid: 'This value is not valid.',
  tooShort: (n) => `At least ${n} characters.`,
  tooLong: (n) => `At most ${n} characters.`,
  tooFew: (n) => `Add at least ${n}.`,
  tooMany: (n) => `At most ${n} items.`,
  tooSmall: (n) => `At least ${n}.`,
  tooBig: (n) => `At most ${n}.`,
  wholeNumber: 'Enter a whole number.',
  mustConfirm: 'Please tick this box.',
  oneOf: (values) => `Choose one of: ${values}.`,
  formats: {
    email: 'Enter a valid email address.',
    url: 'Enter a valid link.',
    datetime: 'Enter a valid date and time.',
    whatsapp: 'WhatsApp number must start with +62, e.g. +6281234567890.',
    handle: 'Account names may only contain letters, digits, dots, underscores or dashes.',
    hashtag: 'Hashtags start with # and have no spaces.',
    mention: 'Mentions start with @.',
    code: 'The code is 6 digits.',
    url_platform: 'The link must be on Instagram, TikTok, YouTube or Facebook.',
    payout_method: 'Choose a bank account or an e-wallet.',
    bank: 'Choose a bank from the list.',
    account_number: 'The account number is 5 to 20 digits.',
    ewallet: 'Choose GoPay, OVO, DANA or ShopeePay.',
    ewallet_phone: 'The phone number must start with 08 or +62, e.g. 081234567890.',
    npwp: 'An NPWP is 15 or 16 digits.',
    nik: 'Not a valid NIK: check the 16 digits on the KTP.',
  },
};

const MESSAGES: Record<Locale, Messages> = { id, en };

/** A readable message for one zod issue, in the given language. */
export function issueMessage(issue: Issue, locale: Locale = 'id'): string {
  const m = MESSAGES[locale];
  if (issue.message in m.formats) return m.formats[issue.message]!;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return m.required;
      if (issue.expected === 'int') return m.wholeNumber;
      return m.invalid;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? m.required : m.tooShort(n);
      if (issue.origin === 'array' || issue.origin === 'set') return m.tooFew(n);
      return m.tooSmall(n);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return m.tooLong(n);
      if (issue.origin === 'array' || issue.origin === 'set') return m.tooMany(n);
      return m.tooBig(n);
    }
    case 'invalid_format':
      return m.formats[issue.format] ?? m.invalid;
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === true) return m.mustConfirm;
      return m.oneOf(issue.values.map(String).join(', '));
    default:
      return m.invalid;
  }
}

/** Dotted path of an issue, e.g. `profile.socialAccounts.0.followers`. */
export const issuePath = (issue: Issue): string => issue.path.map(String).join('.');

/** Per-field messages keyed by dotted path; the first issue of a field wins. */
export function fieldErrors(issues: readonly Issue[], locale: Locale = 'id'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue) || '_';
    fields[path] ??= issueMessage(issue, locale);
  }
  return fields;
}

export type Validated<T> = { success: true; data: T } | { success: false; fields: Record<string, string> };

/** Parse `data` with `schema`, returning localized per-field messages on failure. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  locale: Locale = 'id',
): Validated<z.output<S>> {
  // reportInput lets the messages tell a missing value from a wrong one.
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, fields: fieldErrors(result.error.issues, locale) };
}

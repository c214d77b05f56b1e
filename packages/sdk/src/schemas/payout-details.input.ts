import * as z from 'zod/mini';
import { text } from './common.input.js';
import { BankCode, EwalletProvider } from './payout-details.js';

// What a KOL types to get paid, and her tax id: forms check it, the server enforces it.
// Numbers are taken as people copy them (spaces, dots, dashes) and kept as digits.

const withoutSeparators = (value: string) => value.replace(/[\s.-]/g, '');

/** A bank account number: 5 to 20 digits once spaces, dots and dashes are dropped. */
export const AccountNumber = z
  .string()
  .check(z.overwrite(withoutSeparators), z.regex(/^\d{5,20}$/, { error: 'account_number' }));

/**
 * An Indonesian mobile number as e-wallets register it, typed `+62…`, `62…` or `08…`,
 * kept as `+628…`.
 */
export const EwalletPhone = z
  .string()
  .check(
    z.overwrite((value) => withoutSeparators(value).replace(/^(?:\+?62|0)(?=8)/, '+62')),
    z.regex(/^\+628\d{8,11}$/, { error: 'ewallet_phone' }),
  );

export const BankAccountInput = z.object({
  method: z.literal('bank'),
  bankCode: BankCode,
  accountNumber: AccountNumber,
  /** As printed in the bank book; the bank checks it against the account. */
  holderName: text(100, 2),
});
export type BankAccountInput = z.input<typeof BankAccountInput>;

export const EwalletInput = z.object({
  method: z.literal('ewallet'),
  provider: EwalletProvider,
  phone: EwalletPhone,
  /** As registered with the e-wallet. */
  name: text(100, 2),
});
export type EwalletInput = z.input<typeof EwalletInput>;

/** Where a KOL's fee goes: a bank account or an e-wallet. */
export const PayoutDetailsInput = z.discriminatedUnion('method', [BankAccountInput, EwalletInput], {
  error: 'payout_method',
});
export type PayoutDetailsInput = z.input<typeof PayoutDetailsInput>;

// Province codes (kode wilayah, Kemendagri) a NIK can start with.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
  74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

/**
 * A plausible NIK: 16 digits = province, regency and district codes, birth date
 * `DDMMYY` (day + 40 for women), and a serial that is not 0000. Only the shape: it
 * does not tell whether Dukcapil issued it.
 */
export function isPlausibleNik(value: string): boolean {
  if (!/^\d{16}$/.test(value)) return false;
  const part = (from: number) => Number(value.slice(from, from + 2));
  const day = part(6) > 40 ? part(6) - 40 : part(6);
  return (
    PROVINCES.has(part(0)) &&
    part(2) > 0 &&
    part(4) > 0 &&
    day >= 1 &&
    day <= 31 &&
    part(8) >= 1 &&
    part(8) <= 12 &&
    value.slice(12) !== '0000'
  );
}

/** A NIK (Nomor Induk Kependudukan) as on the KTP, kept as 16 digits. */
export const NikNumber = z
  .string()
  .check(z.overwrite(withoutSeparators), z.refine(isPlausibleNik, { error: 'nik' }));

/**
 * An NPWP: the 15-digit form (`12.345.678.9-012.345`) or the 16-digit one in use
 * since 2024, kept as digits.
 */
export const NpwpNumber = z
  .string()
  .check(z.overwrite(withoutSeparators), z.regex(/^\d{15,16}$/, { error: 'npwp' }));

/**
 * A KOL's tax id. A resident's NIK serves as her NPWP (UU HPP; PMK 112/PMK.03/2022),
 * so either one spares her the no-NPWP surcharge.
 */
export const TaxIdInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('npwp'), number: NpwpNumber }),
  z.object({ kind: z.literal('nik'), number: NikNumber }),
]);
export type TaxIdInput = z.input<typeof TaxIdInput>;

/** Body of `PUT /v1/me/payout-profile` (KOL): where her fees go, and her NPWP or NIK (without one, more tax is withheld). */
export const PayoutProfileInput = z.object({
  details: PayoutDetailsInput,
  taxId: z.optional(z.nullable(TaxIdInput)),
});
export type PayoutProfileInput = z.input<typeof PayoutProfileInput>;

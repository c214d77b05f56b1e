import * as z from 'zod/mini';

// Where a KOL's fee goes, as the API sends it back: never a whole account number.
// The rules of what she types are in payout-details.input.ts.

/**
 * Indonesian banks a payout can go to, by their three-digit bank code (sandi bank, as
 * used for interbank transfers). Extend here; forms and validation read this list.
 */
export const INDONESIAN_BANKS = [
  { code: '014', name: 'BCA' },
  { code: '008', name: 'Bank Mandiri' },
  { code: '002', name: 'BRI' },
  { code: '009', name: 'BNI' },
  { code: '451', name: 'BSI (Bank Syariah Indonesia)' },
  { code: '022', name: 'CIMB Niaga' },
  { code: '013', name: 'Bank Permata' },
  { code: '011', name: 'Bank Danamon' },
  { code: '200', name: 'BTN' },
  { code: '028', name: 'OCBC Indonesia' },
  { code: '019', name: 'Panin Bank' },
  { code: '016', name: 'Maybank Indonesia' },
  { code: '426', name: 'Bank Mega' },
  { code: '213', name: 'SMBC Indonesia (BTPN, Jenius)' },
  { code: '147', name: 'Bank Muamalat' },
  { code: '536', name: 'BCA Syariah' },
  { code: '111', name: 'Bank DKI' },
  { code: '110', name: 'bank bjb' },
  { code: '113', name: 'Bank Jateng' },
  { code: '114', name: 'Bank Jatim' },
  { code: '542', name: 'Bank Jago' },
  { code: '535', name: 'SeaBank' },
  { code: '501', name: 'blu (BCA Digital)' },
  { code: '490', name: 'Bank Neo Commerce' },
  { code: '567', name: 'Allo Bank' },
] as const;

type BankCodeValue = (typeof INDONESIAN_BANKS)[number]['code'];

/** A bank's three-digit code from `INDONESIAN_BANKS`. */
export const BankCode = z.enum(INDONESIAN_BANKS.map((bank) => bank.code) as [BankCodeValue, ...BankCodeValue[]], {
  error: 'bank',
});
export type BankCode = z.infer<typeof BankCode>;

/** The name to show for a bank code. */
export const bankName = (code: BankCode): string => INDONESIAN_BANKS.find((bank) => bank.code === code)?.name ?? code;

/** E-wallets a payout can go to, keyed by the value the API uses. */
export const EWALLETS = { gopay: 'GoPay', ovo: 'OVO', dana: 'DANA', shopeepay: 'ShopeePay' } as const;

type EwalletValue = keyof typeof EWALLETS;

export const EwalletProvider = z.enum(Object.keys(EWALLETS) as [EwalletValue, ...EwalletValue[]], { error: 'ewallet' });
export type EwalletProvider = z.infer<typeof EwalletProvider>;

/**
 * An account or phone number with all but its last four digits hidden, e.g.
 * `•••• 7890`; the mask has a fixed width so it does not tell the length either.
 */
export function maskAccount(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length > 4 ? `•••• ${digits.slice(-4)}` : '••••';
}

/** Payout details as the API sends them: the number masked by `maskAccount`. */
export const PayoutDetails = z.discriminatedUnion('method', [
  z.object({ method: z.literal('bank'), bankCode: BankCode, accountMasked: z.string(), holderName: z.string() }),
  z.object({ method: z.literal('ewallet'), provider: EwalletProvider, phoneMasked: z.string(), name: z.string() }),
]);
export type PayoutDetails = z.infer<typeof PayoutDetails>;

/**
 * Where a KOL's fees go and her tax id, as its owner and officers read it: the numbers in full
 * (they are hers, and officers transfer to them) and `masked` for showing on screen.
 */
export const PayoutProfile = z.object({
  object: z.literal('payout_profile'),
  details: z.nullable(
    z.discriminatedUnion('method', [
      z.object({ method: z.literal('bank'), bankCode: BankCode, accountNumber: z.string(), holderName: z.string() }),
      z.object({ method: z.literal('ewallet'), provider: EwalletProvider, phone: z.string(), name: z.string() }),
    ]),
  ),
  /** e.g. `BCA •••• 7890` or `GoPay •••• 4567`. */
  masked: z.nullable(z.string()),
  taxId: z.nullable(z.object({ kind: z.enum(['npwp', 'nik']), number: z.string() })),
  updatedAt: z.nullable(z.string()),
});
export type PayoutProfile = z.infer<typeof PayoutProfile>;

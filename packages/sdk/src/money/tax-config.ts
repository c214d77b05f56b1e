import * as z from 'zod/mini';

// Every number of the payout withholding lives here, with where it comes from, so a
// change of rule is a change of data: pass another config (parsed from JSON with
// `PayoutTaxConfig`) to `computePayout`, no code involved.
//
// Percentages are whole numbers so the maths stays exact in integers.

/** One step of the progressive scale: the rate on the part of the base up to `upTo`. */
export const TaxBracket = z.object({
  /** Upper bound of this step in rupiah of tax base (DPP), inclusive; `null` for the top step. */
  upTo: z.nullable(z.number().check(z.int(), z.positive())),
  ratePercent: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
});
export type TaxBracket = z.infer<typeof TaxBracket>;

/** The rules `computePayout` applies; replaceable as data. */
export const PayoutTaxConfig = z.object({
  /** A name for the rule set, shown in audits. */
  id: z.string(),
  /** Regulations and articles each field follows. */
  sources: z.array(z.string()),
  /** Progressive steps, ascending, the last with `upTo: null`. */
  brackets: z.array(TaxBracket).check(
    z.minLength(1),
    z.refine(
      (steps) => steps.every(({ upTo }, i) => (i === steps.length - 1 ? upTo === null : upTo !== null && upTo > (steps[i - 1]?.upTo ?? 0))),
      { error: 'brackets must ascend and end with upTo: null' },
    ),
  ),
  /** Share of gross income that is the tax base (DPP), in percent. */
  taxBasePercent: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  /** How much more tax is withheld from a payee without a valid NPWP (or NIK as NPWP), in percent of the tax. */
  noNpwpSurchargePercent: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  /** Whether the market value of barter products is added to gross income. */
  taxProductValue: z.boolean(),
});
export type PayoutTaxConfig = z.infer<typeof PayoutTaxConfig>;

/**
 * PPh Pasal 21 withheld from an individual who is not the payer's employee
 * ("bukan pegawai"), as an Ibu Sibuk KOL is, in force from 1 January 2024.
 * To be reviewed whenever the regulations below change.
 */
export const PPH21_NON_EMPLOYEE_2024: PayoutTaxConfig = {
  id: 'pph21-bukan-pegawai-pmk-168-2023',
  sources: [
    // The base and the rate for non-employees.
    'PMK 168 Tahun 2023 (PPh Pasal 21 bukan pegawai): DPP = 50% × jumlah penghasilan bruto, dikalikan tarif Pasal 17 ayat (1) huruf a UU PPh',
    // The scale.
    'UU 7 Tahun 2021 (HPP) Pasal 3, mengubah Pasal 17 ayat (1) huruf a UU PPh: 5% s.d. Rp60 juta, 15% s.d. Rp250 juta, 25% s.d. Rp500 juta, 30% s.d. Rp5 miliar, 35% di atasnya',
    // The surcharge.
    'UU PPh Pasal 21 ayat (5a) dan PMK 168 Tahun 2023: tanpa NPWP, tarif 20% lebih tinggi (120% dari PPh terutang)',
    // NIK as NPWP.
    'UU KUP Pasal 2 ayat (1a) sebagaimana diubah UU HPP, PMK 112/PMK.03/2022 jo. PMK 136 Tahun 2023: NIK berlaku sebagai NPWP orang pribadi penduduk',
    // In-kind income.
    'UU PPh Pasal 4 ayat (1) huruf a sebagaimana diubah UU HPP; PMK 168 Tahun 2023 (penghasilan dalam bentuk natura termasuk objek PPh Pasal 21)',
  ],
  brackets: [
    { upTo: 60_000_000, ratePercent: 5 },
    { upTo: 250_000_000, ratePercent: 15 },
    { upTo: 500_000_000, ratePercent: 25 },
    { upTo: 5_000_000_000, ratePercent: 30 },
    { upTo: null, ratePercent: 35 },
  ],
  taxBasePercent: 50,
  noNpwpSurchargePercent: 20,
  // Products sent for a review are income in kind (natura) under UU HPP, but whether the
  // brand withholds on them or the KOL reports them in her own annual return depends on
  // the campaign agreement and the payer's tax adviser, so it is a switch. Off: the
  // value is shown on the statement and left out of the withholding.
  taxProductValue: false,
};

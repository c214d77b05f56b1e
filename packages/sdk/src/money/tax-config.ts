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

// The rules in force are data without the schema, so computePayout does not bring zod to a page that only shows a fee.
export { PPH21_NON_EMPLOYEE_2024 } from './pph21-2024.js';

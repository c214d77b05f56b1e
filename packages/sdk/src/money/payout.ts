import type { PayoutTaxConfig } from './tax-config.js';
import { PPH21_NON_EMPLOYEE_2024 } from './pph21-2024.js';

/** What a KOL is owed for one participation, before tax. */
export interface PayoutBeforeTax {
  /** Cash fee in whole rupiah. */
  fee: number;
  /** Market value of barter products, in whole rupiah. */
  productValue?: number;
  /** A valid NPWP, or a valid NIK that serves as NPWP. */
  hasNpwp: boolean;
  /**
   * Gross already paid to this KOL by the same payer this calendar year. When given,
   * the scale is applied to the year's cumulative base, so this payout is taxed at the
   * rates its part of the base falls into; when absent, each payout starts at the
   * bottom of the scale.
   */
  previousGrossThisYear?: number;
}

/** The part of this payout's tax base taxed at one rate. */
export interface RateSlice {
  ratePercent: number;
  /** Rupiah of tax base in this step. */
  base: number;
  /** Tax on it, rounded down, before any no-NPWP surcharge. */
  tax: number;
}

/** A payout statement: every amount in whole rupiah. */
export interface PayoutStatement {
  /** Taxable gross income: the fee, plus product value when the config taxes it. */
  gross: number;
  /** Tax base (DPP) of this payout. */
  taxBase: number;
  /** PPh 21 withheld, surcharge included. */
  tax: number;
  /** Cash transferred: fee − tax. Below zero only when taxed product value outweighs the fee. */
  net: number;
  productValue: number;
  productTaxed: boolean;
  /** The extra withheld for want of an NPWP (already in `tax`). */
  npwpSurcharge: number;
  rateBreakdown: RateSlice[];
  /** The `id` of the config applied. */
  configId: string;
}

// Inputs are bounded like `RupiahInput`, which keeps every product below exact in doubles.
const MAX_RUPIAH = 10_000_000_000;

function rupiah(value: number | undefined, name: string): number {
  const amount = value ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_RUPIAH) {
    throw new RangeError(`${name} must be a whole number of rupiah from 0 to ${MAX_RUPIAH}, got ${value}`);
  }
  return amount;
}

/**
 * Withholding on a KOL payout (PPh 21 bukan pegawai, by default per PMK 168/2023).
 *
 * Tax base (DPP) = `taxBasePercent` of gross, rounded down to the rupiah; the progressive
 * scale applies to it; without NPWP the tax is raised by `noNpwpSurchargePercent`; the
 * tax is rounded down to the rupiah once, at the end. Per payout unless
 * `previousGrossThisYear` is given (then cumulative within the year, assuming earlier
 * payouts were taxed under the same config).
 */
export function computePayout(inputs: PayoutBeforeTax, config: PayoutTaxConfig = PPH21_NON_EMPLOYEE_2024): PayoutStatement {
  const fee = rupiah(inputs.fee, 'fee');
  const productValue = rupiah(inputs.productValue, 'productValue');
  const previous = rupiah(inputs.previousGrossThisYear, 'previousGrossThisYear');
  const productTaxed = config.taxProductValue && productValue > 0;
  const gross = fee + (productTaxed ? productValue : 0);

  const baseBefore = Math.floor((previous * config.taxBasePercent) / 100);
  const baseAfter = Math.floor(((previous + gross) * config.taxBasePercent) / 100);

  // Tax in hundredths of a rupiah (base × whole percent), exact until the final rounding.
  let hundredths = 0;
  const rateBreakdown: RateSlice[] = [];
  let lower = 0;
  for (const { upTo, ratePercent } of config.brackets) {
    const upper = upTo ?? Infinity;
    const base = Math.max(0, Math.min(upper, baseAfter) - Math.max(lower, baseBefore));
    if (base > 0) {
      hundredths += base * ratePercent;
      rateBreakdown.push({ ratePercent, base, tax: Math.floor((base * ratePercent) / 100) });
    }
    lower = upper;
  }

  const plain = Math.floor(hundredths / 100);
  const tax = inputs.hasNpwp ? plain : Math.floor((hundredths * (100 + config.noNpwpSurchargePercent)) / 10_000);
  return {
    gross,
    taxBase: baseAfter - baseBefore,
    tax,
    net: fee - tax,
    productValue,
    productTaxed,
    npwpSurcharge: tax - plain,
    rateBreakdown,
    configId: config.id,
  };
}

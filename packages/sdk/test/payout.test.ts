import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { computePayout, PayoutTaxConfig, PPH21_NON_EMPLOYEE_2024, type PayoutBeforeTax } from '../src/index.js';

// Expected amounts are worked by hand from the default config
// (PPH21_NON_EMPLOYEE_2024: PMK 168/2023 bukan pegawai, DPP 50 % of gross; UU HPP
// Art. 17(1)(a) scale 5/15/25/30/35 %; UU PPh Art. 21(5a) +20 % without NPWP), not from
// the code under test.
const taxed = { ...PPH21_NON_EMPLOYEE_2024, taxProductValue: true };

type Row = [name: string, inputs: PayoutBeforeTax, expected: Record<string, unknown>, config?: PayoutTaxConfig];
const rows: Row[] = [
  // DPP = 50 % × 2.000.000 = 1.000.000; 5 % × 1.000.000 = 50.000; net 2.000.000 − 50.000
  ['fee only, with NPWP', { fee: 2_000_000, hasNpwp: true }, { gross: 2_000_000, taxBase: 1_000_000, tax: 50_000, net: 1_950_000, npwpSurcharge: 0 }],
  // 50.000 × 120 % = 60.000; surcharge 10.000
  ['fee only, without NPWP', { fee: 2_000_000, hasNpwp: false }, { gross: 2_000_000, taxBase: 1_000_000, tax: 60_000, net: 1_940_000, npwpSurcharge: 10_000 }],
  // product shown, not taxed: DPP 750.000; 5 % = 37.500
  [
    'fee plus product, product not taxed (default)',
    { fee: 1_500_000, productValue: 750_000, hasNpwp: true },
    { gross: 1_500_000, taxBase: 750_000, tax: 37_500, net: 1_462_500, productValue: 750_000, productTaxed: false },
  ],
  // gross 1.500.000 + 750.000 = 2.250.000; DPP 1.125.000; 5 % = 56.250; net is cash: 1.500.000 − 56.250
  [
    'fee plus product, product taxed as income in kind',
    { fee: 1_500_000, productValue: 750_000, hasNpwp: true },
    { gross: 2_250_000, taxBase: 1_125_000, tax: 56_250, net: 1_443_750, productValue: 750_000, productTaxed: true },
    taxed,
  ],
  // gross 1.000.000 (product only); DPP 500.000; 5 % = 25.000, withheld from no cash
  ['product only, taxed: net below zero', { fee: 0, productValue: 1_000_000, hasNpwp: true }, { gross: 1_000_000, tax: 25_000, net: -25_000 }, taxed],
  // DPP 75.000.000: 60.000.000 × 5 % = 3.000.000 + 15.000.000 × 15 % = 2.250.000 → 5.250.000
  [
    'one payout crossing the first bracket',
    { fee: 150_000_000, hasNpwp: true },
    {
      taxBase: 75_000_000,
      tax: 5_250_000,
      net: 144_750_000,
      rateBreakdown: [
        { ratePercent: 5, base: 60_000_000, tax: 3_000_000 },
        { ratePercent: 15, base: 15_000_000, tax: 2_250_000 },
      ],
    },
  ],
  // earlier DPP 55.000.000, after 65.000.000: 5.000.000 × 5 % = 250.000 + 5.000.000 × 15 % = 750.000 → 1.000.000
  [
    'cumulative within the year, crossing a bracket',
    { fee: 20_000_000, hasNpwp: true, previousGrossThisYear: 110_000_000 },
    {
      taxBase: 10_000_000,
      tax: 1_000_000,
      net: 19_000_000,
      rateBreakdown: [
        { ratePercent: 5, base: 5_000_000, tax: 250_000 },
        { ratePercent: 15, base: 5_000_000, tax: 750_000 },
      ],
    },
  ],
  // 1.000.000 × 120 % = 1.200.000
  ['cumulative, without NPWP', { fee: 20_000_000, hasNpwp: false, previousGrossThisYear: 110_000_000 }, { tax: 1_200_000, npwpSurcharge: 200_000 }],
  // earlier DPP 5.000.000.000 (top of the 30 % step); this DPP 500.000.000 × 35 % = 175.000.000
  ['top bracket', { fee: 1_000_000_000, hasNpwp: true, previousGrossThisYear: 10_000_000_000 }, { taxBase: 500_000_000, tax: 175_000_000 }],
  // DPP ⌊617.283,5⌋ = 617.283; 5 % = 30.864,15 → 30.864
  ['odd amount, rounded down', { fee: 1_234_567, hasNpwp: true }, { taxBase: 617_283, tax: 30_864, net: 1_203_703 }],
  // 30.864,15 × 120 % = 37.036,98 → 37.036 (rounded once, at the end)
  ['odd amount, without NPWP, rounded once', { fee: 1_234_567, hasNpwp: false }, { tax: 37_036, npwpSurcharge: 6_172, net: 1_197_531 }],
];

describe('computePayout (PMK 168/2023, PPh 21 bukan pegawai)', () => {
  it.each(rows)('%s', (_name, inputs, expected, config) => {
    expect(computePayout(inputs, config)).toMatchObject(expected);
  });

  it('names the config it applied', () => {
    expect(computePayout({ fee: 1, hasNpwp: true }).configId).toBe('pph21-bukan-pegawai-pmk-168-2023');
  });

  it('takes a replacement config parsed from JSON', () => {
    const json = JSON.stringify({
      id: 'flat-10',
      sources: ['test'],
      brackets: [{ upTo: null, ratePercent: 10 }],
      taxBasePercent: 100,
      noNpwpSurchargePercent: 0,
      taxProductValue: false,
    });
    const config = z.parse(PayoutTaxConfig, JSON.parse(json));
    // 100 % × 1.000.000 × 10 % = 100.000, no surcharge
    expect(computePayout({ fee: 1_000_000, hasNpwp: false }, config)).toMatchObject({ tax: 100_000, net: 900_000 });
  });

  it('keeps the default config valid under its own schema', () => {
    expect(z.safeParse(PayoutTaxConfig, PPH21_NON_EMPLOYEE_2024).success).toBe(true);
  });

  it('refuses a config whose brackets do not ascend to an open top step', () => {
    const unordered = { ...PPH21_NON_EMPLOYEE_2024, brackets: [{ upTo: 100, ratePercent: 5 }, { upTo: 50, ratePercent: 15 }, { upTo: null, ratePercent: 35 }] };
    const capped = { ...PPH21_NON_EMPLOYEE_2024, brackets: [{ upTo: 100, ratePercent: 5 }] };
    expect(z.safeParse(PayoutTaxConfig, unordered).success).toBe(false);
    expect(z.safeParse(PayoutTaxConfig, capped).success).toBe(false);
  });

  it('refuses amounts that are not whole, non-negative rupiah', () => {
    expect(() => computePayout({ fee: -1, hasNpwp: true })).toThrow(RangeError);
    expect(() => computePayout({ fee: 10.5, hasNpwp: true })).toThrow(RangeError);
    expect(() => computePayout({ fee: 1, productValue: Number.NaN, hasNpwp: true })).toThrow(RangeError);
  });
});

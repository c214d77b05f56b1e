import { describe, expect, it } from 'vitest';
import { countRefusalMessage, formatCount, parseCount, type CountRefusal } from '../src/index.js';

// [typed, value in id, value in en]; a string is the refusal reason.
const table: [string, number | CountRefusal, number | CountRefusal][] = [
  ['12500', 12_500, 12_500],
  ['12.500', 12_500, 12_500], // id thousands dot; in en too: a count cannot be 12.5
  ['12,500', 12_500, 12_500], // en thousands comma; in id too, as copied from an English screen
  ['1.200', 1_200, 1_200],
  ['1.234.567', 1_234_567, 1_234_567],
  ['1,234,567', 1_234_567, 1_234_567],
  ['12.500,00', 12_500, 'not_a_number'], // id decimal part of zeros; en cannot read it
  ['12,500.00', 'not_a_number', 12_500],
  ['12,5 rb', 12_500, 12_500],
  ['1,2rb', 1_200, 1_200],
  ['3,5 jt', 3_500_000, 3_500_000],
  ['1.2K', 1_200, 1_200],
  ['1.5k', 1_500, 1_500],
  ['2M', 2_000_000, 2_000_000], // M is a million, as the apps show it
  ['2 juta', 2_000_000, 2_000_000],
  ['10rb', 10_000, 10_000],
  ['10 ribu', 10_000, 10_000],
  ['1,25 jt', 1_250_000, 1_250_000],
  ['2 miliar', 2_000_000_000, 2_000_000_000],
  ['1.5B', 1_500_000_000, 1_500_000_000],
  ['  8 rb. ', 8_000, 8_000],
  ['1.234,5 rb', 1_234_500, 'not_a_number'], // grouped and decimal: the language's separators only
  ['10.000.000.000', 10_000_000_000, 10_000_000_000],
  // refusals
  ['', 'empty', 'empty'],
  ['   ', 'empty', 'empty'],
  ['-5', 'negative', 'negative'],
  ['−1.200', 'negative', 'negative'],
  ['1,5', 'not_whole', 'not_whole'], // a count cannot be 1.5: thousands need a suffix
  ['1.5', 'not_whole', 'not_whole'],
  ['12.50', 'not_whole', 'not_whole'],
  ['0.500', 'not_whole', 'not_whole'], // no leading-zero group: half, not five hundred
  ['1,2345 rb', 'not_whole', 'not_whole'], // 1234.5
  ['1.200 rb', 'ambiguous', 'ambiguous'], // 1,2 rb or 1.200 rb?
  ['1,500K', 'ambiguous', 'ambiguous'],
  ['10.000.000.001', 'too_large', 'too_large'],
  ['11 miliar', 'too_large', 'too_large'],
  ['abc', 'not_a_number', 'not_a_number'],
  ['12a', 'not_a_number', 'not_a_number'],
  ['1..2', 'not_a_number', 'not_a_number'],
  ['1.2.3', 'not_a_number', 'not_a_number'],
  ['12 500', 'not_a_number', 'not_a_number'],
  ['5 lusin', 'not_a_number', 'not_a_number'],
  ['Rp 5.000', 'not_a_number', 'not_a_number'],
];

const expected = (outcome: number | CountRefusal) =>
  typeof outcome === 'number' ? { ok: true, value: outcome } : { ok: false, reason: outcome };

describe('parseCount', () => {
  it.each(table)('reads %j as %j in id and %j in en', (typed, id, en) => {
    expect(parseCount(typed, 'id')).toEqual(expected(id));
    expect(parseCount(typed, 'en')).toEqual(expected(en));
  });

  it('reads Bahasa Indonesia by default', () => {
    expect(parseCount('12.500,00')).toEqual({ ok: true, value: 12_500 });
  });

  it('says why in both languages', () => {
    expect(countRefusalMessage('not_whole')).toMatch(/bilangan bulat/);
    expect(countRefusalMessage('ambiguous', 'en')).toMatch(/Unclear/);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0', '0'],
    [999, '999', '999'],
    [1_000, '1.000', '1,000'],
    [12_500, '12.500', '12,500'],
    [1_234_567, '1.234.567', '1,234,567'],
  ])('writes %d as %s / %s', (value, id, en) => {
    expect(formatCount(value, 'id')).toBe(id);
    expect(formatCount(value, 'en')).toBe(en);
  });

  it('echoes what parseCount understood', () => {
    const parsed = parseCount('12,5 rb');
    expect(parsed.ok && formatCount(parsed.value)).toBe('12.500');
  });

  it('refuses what is not a count', () => {
    expect(() => formatCount(-1)).toThrow(RangeError);
    expect(() => formatCount(1.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  bankName,
  INDONESIAN_BANKS,
  isPlausibleNik,
  maskAccount,
  PayoutDetails,
  PayoutDetailsInput,
  TaxIdInput,
  validate,
} from '../src/index.js';

const fields = (result: ReturnType<typeof validate>) => (result.success ? {} : result.fields);

describe('payout details', () => {
  it('takes a bank account typed with spaces and dashes, keeping digits', () => {
    const result = validate(PayoutDetailsInput, {
      method: 'bank',
      bankCode: '014',
      accountNumber: ' 123-456 7890 ',
      holderName: 'Siti Rahma',
    });
    expect(result).toEqual({
      success: true,
      data: { method: 'bank', bankCode: '014', accountNumber: '1234567890', holderName: 'Siti Rahma' },
    });
  });

  it('knows the banks by their codes', () => {
    const codes = Object.fromEntries(INDONESIAN_BANKS.map((b) => [b.code, b.name]));
    expect(codes).toMatchObject({ '014': 'BCA', '008': 'Bank Mandiri', '002': 'BRI', '009': 'BNI', '542': 'Bank Jago', '535': 'SeaBank' });
    expect(new Set(INDONESIAN_BANKS.map((b) => b.code)).size).toBe(INDONESIAN_BANKS.length);
    expect(bankName('451')).toBe('BSI (Bank Syariah Indonesia)');
  });

  it('names a wrong bank, account number and holder in Bahasa Indonesia', () => {
    const result = validate(PayoutDetailsInput, { method: 'bank', bankCode: '999', accountNumber: '12a4', holderName: '' });
    expect(fields(result)).toEqual({
      bankCode: 'Pilih bank dari daftar.',
      accountNumber: 'Nomor rekening terdiri dari 5–20 angka.',
      holderName: 'Minimal 2 karakter.',
    });
  });

  it('refuses account numbers shorter than 5 or longer than 20 digits, in English too', () => {
    const base = { method: 'bank', bankCode: '008', holderName: 'Siti' };
    expect(validate(PayoutDetailsInput, { ...base, accountNumber: '12345' }).success).toBe(true);
    expect(validate(PayoutDetailsInput, { ...base, accountNumber: '1'.repeat(20) }).success).toBe(true);
    expect(fields(validate(PayoutDetailsInput, { ...base, accountNumber: '1234' }, 'en'))).toEqual({
      accountNumber: 'The account number is 5 to 20 digits.',
    });
    expect(validate(PayoutDetailsInput, { ...base, accountNumber: '1'.repeat(21) }).success).toBe(false);
  });

  it.each(['081234567890', '+62 812-3456-7890', '6281234567890', '+6281234567890'])(
    'takes the e-wallet number %s as +6281234567890',
    (phone) => {
      const result = z.parse(PayoutDetailsInput, { method: 'ewallet', provider: 'dana', phone, name: 'Siti' });
      expect(result).toMatchObject({ phone: '+6281234567890' });
    },
  );

  it('refuses e-wallet numbers that are not Indonesian mobiles, and unknown wallets', () => {
    for (const phone of ['021555123', '+6221555123', '0812', '08123456789012345', 'abc']) {
      expect(fields(validate(PayoutDetailsInput, { method: 'ewallet', provider: 'ovo', phone, name: 'Siti' }))).toEqual({
        phone: 'Nomor HP harus diawali 08 atau +62, contoh 081234567890.',
      });
    }
    expect(fields(validate(PayoutDetailsInput, { method: 'ewallet', provider: 'paypal', phone: '081234567890', name: 'Siti' }, 'en'))).toEqual({
      provider: 'Choose GoPay, OVO, DANA or ShopeePay.',
    });
  });

  it('asks for a method when none is given', () => {
    expect(fields(validate(PayoutDetailsInput, {}))).toEqual({ method: 'Pilih rekening bank atau dompet digital.' });
    expect(fields(validate(PayoutDetailsInput, { method: 'cash' }, 'en'))).toEqual({ method: 'Choose a bank account or an e-wallet.' });
  });

  it('masks all but the last four digits, at a fixed width', () => {
    expect(maskAccount('1234567890')).toBe('•••• 7890');
    expect(maskAccount('123-456 7890')).toBe('•••• 7890');
    expect(maskAccount('+6281234567890')).toBe('•••• 7890');
    expect(maskAccount('1234')).toBe('••••');
    expect(maskAccount('')).toBe('••••');
  });

  it('describes masked details as the API sends them', () => {
    const details = { method: 'bank', bankCode: '014', accountMasked: maskAccount('1234567890'), holderName: 'Siti' };
    expect(z.safeParse(PayoutDetails, details).success).toBe(true);
  });
});

describe('tax id', () => {
  it.each([
    // province 32, regency 73, district 01, born 5 Sep 1990 (woman: day + 40), serial 0001
    ['3273014509900001', true],
    ['3171010101850002', true],
    ['9973014509900001', false], // no province 99
    ['3200014509900001', false], // regency 00
    ['3273017209900001', false], // day 72 − 40 = 32
    ['3273014513900001', false], // month 13
    ['3273014509900000', false], // serial 0000
    ['327301450990001', false], // 15 digits
  ])('NIK %s plausible: %s', (nik, plausible) => {
    expect(isPlausibleNik(nik)).toBe(plausible);
  });

  it('takes an NIK with spaces and an NPWP in either form', () => {
    expect(z.parse(TaxIdInput, { kind: 'nik', number: '3273 0145 0990 0001' })).toEqual({ kind: 'nik', number: '3273014509900001' });
    expect(z.parse(TaxIdInput, { kind: 'npwp', number: '12.345.678.9-012.345' })).toEqual({ kind: 'npwp', number: '123456789012345' });
    expect(z.parse(TaxIdInput, { kind: 'npwp', number: '0123456789012345' })).toEqual({ kind: 'npwp', number: '0123456789012345' });
  });

  it('names a bad NIK and NPWP in both languages', () => {
    expect(fields(validate(TaxIdInput, { kind: 'nik', number: '1234567890123456' }))).toEqual({
      number: 'NIK tidak valid: periksa 16 angka sesuai KTP.',
    });
    expect(fields(validate(TaxIdInput, { kind: 'npwp', number: '12.345.678.9-012' }, 'en'))).toEqual({
      number: 'An NPWP is 15 or 16 digits.',
    });
  });
});

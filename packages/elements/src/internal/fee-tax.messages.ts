import { defineMessages } from './localize.js';

/** The tax on a fee, as shown before she applies and where her payout details are asked. */
const id = {
  title: 'Perkiraan potongan pajak',
  gross: 'Fee (bruto)',
  tax: 'Perkiraan PPh 21 (dengan NPWP/NIK)',
  net: 'Perkiraan diterima Bunda',
  withoutTaxId: (tax: string, net: string) => `Tanpa NPWP/NIK: ${tax} dipotong (20 % lebih tinggi), diterima ${net}`,
  rule: 'Perkiraan menurut PMK 168/2023 (PPh 21 bukan pegawai), untuk satu kali pembayaran.',
  productTitle: 'Nilai produk yang Bunda terima',
  productValue: 'Nilai produk (harga pasar)',
  productNotTaxed: 'Nilai produk tidak ikut dipotong pajak; produk dikirim utuh.',
  productTaxed: 'Nilai produk ikut dihitung sebagai penghasilan bruto, jadi pajaknya dipotong dari fee.',
};

/** The shape of this catalog in every language: `fee-tax.messages.en.ts` is checked against it. */
export type FeeTaxMessages = typeof id;

export const feeTaxMessages = /* @__PURE__ */ defineMessages(id, () => import('./fee-tax.messages.en.js').then((m) => m.default));

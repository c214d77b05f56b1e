import { defineMessages } from '../../internal/localize.js';

const id = {
  title: 'Rekening untuk fee Bunda',
  intro: 'Ke mana fee Bunda ditransfer? Cukup isi sekali untuk semua kampanye. Boleh diisi nanti, pendaftaran dan konten Bunda tetap jalan.',
  method: 'Cara menerima fee',
  bank: 'Rekening bank',
  ewallet: 'Dompet digital',
  bankLabel: 'Bank',
  bankPick: 'Pilih bank',
  accountNumber: 'Nomor rekening',
  holderName: 'Nama pemilik rekening',
  holderHint: 'Sesuai buku tabungan.',
  provider: 'Dompet digital',
  providerPick: 'Pilih dompet digital',
  phone: 'Nomor HP terdaftar',
  phoneHint: 'Contoh 081234567890.',
  walletName: 'Nama terdaftar',
  taxLegend: 'NPWP atau NIK',
  taxNone: 'Belum ada',
  taxNpwp: 'NPWP',
  taxNik: 'NIK (KTP)',
  taxNumber: 'Nomor',
  taxNote: 'Tanpa NPWP/NIK, PPh 21 yang dipotong dari fee Bunda 20 % lebih tinggi.',
  save: 'Simpan',
  saving: 'Menyimpan…',
  cancel: 'Batal',
  edit: 'Ubah',
  saved: 'Tersimpan. Fee Bunda akan ditransfer ke sini.',
  sendTo: 'Fee ditransfer ke',
  taxId: 'NPWP/NIK',
  taxGiven: (kind: string) => `${kind} sudah diisi`,
  taxMissing: 'Belum diisi: potongan pajak 20 % lebih tinggi',
  locked: 'Pembayaran sudah dicatat ke rekening ini, jadi tidak bisa diubah lagi untuk kampanye ini.',
  formError: 'Belum bisa disimpan. Periksa bagian yang ditandai.',
};

/** The shape of this catalog in every language: `payout-details.messages.en.ts` is checked against it. */
export type PayoutDetailsMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () => import('./payout-details.messages.en.js').then((m) => m.default));

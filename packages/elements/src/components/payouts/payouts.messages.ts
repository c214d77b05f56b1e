import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-payouts>`. */
const id = {
  heading: 'Pembayaran KOL',
  intro: 'Peserta yang sudah selesai dan menunggu pembayaran, lalu pembayaran yang sudah dicatat.',
  pending: 'Menunggu pembayaran',
  pendingCount: (n: number) => (n ? `${n} menunggu` : 'Tidak ada yang menunggu'),
  noPending: 'Semua peserta yang selesai sudah dibayar.',
  recorded: 'Sudah dicatat',
  noRecorded: 'Belum ada pembayaran yang dicatat.',
  completedOn: (date: string) => `Selesai ${date}`,
  netShort: 'Ditransfer',
  gross: 'Fee (bruto)',
  tax: 'PPh 21 dipotong',
  taxWithoutNpwp: 'Tanpa NPWP: tarif 20% lebih tinggi',
  net: 'Diterima KOL (neto)',
  expectedBy: 'Dibayar paling lambat',
  transferTo: 'Transfer ke',
  bank: 'Rekening bank',
  ewallet: 'E-wallet',
  holder: (name: string) => `a.n. ${name}`,
  noTaxId: 'Belum ada NPWP/NIK: potongan pajak lebih besar.',
  noDetailsTitle: 'Data pembayaran belum diisi',
  noDetails: (name: string) =>
    `${name} belum mengisi rekening bank atau e-wallet. Tanyakan tujuan transfer kepadanya; setelah ditransfer, pembayaran tetap bisa dicatat di sini.`,
  destinationUnknown: 'Tujuan transfer belum dimuat.',
  destinationError: 'Tujuan transfer tidak bisa dimuat. Pembayaran tetap bisa dicatat.',
  nothingToTransfer: 'Kampanye barter: tidak ada fee yang perlu ditransfer.',
  amount: 'Jumlah ditransfer (Rp)',
  amountHint: (amount: string) => `Fee dikurangi PPh 21: ${amount}`,
  amountInvalid: 'Isi jumlah dalam rupiah, tanpa titik atau koma.',
  reference: 'Nomor referensi transfer',
  referenceHint: 'Contoh: TRF-20260601-0012',
  referenceRequired: 'Nomor referensi transfer wajib diisi.',
  record: 'Catat pembayaran',
  recordFor: (name: string) => `Catat pembayaran untuk ${name}`,
  recordedNow: (name: string, amount: string) => `Pembayaran ${amount} untuk ${name} sudah dicatat.`,
  kol: 'KOL',
  campaign: 'Kampanye',
  paidOn: 'Tanggal bayar',
  paidAmount: 'Jumlah',
  refColumn: 'Referensi',
};

/** The shape of this catalog in every language: `payouts.messages.en.ts` is checked against it. */
export type PayoutsMessages = typeof id;

export const payoutsMessages = /* @__PURE__ */ defineMessages(id, () => import('./payouts.messages.en.js').then((m) => m.default));

import { defineMessages } from '../../internal/localize.js';

const id = {
  postTitle: 'Kirim tautan postingan',
  postIntro: 'Konten Bunda sudah disetujui. Setelah diposting, tempel tautan postingannya di sini.',
  urlLabel: 'Tautan postingan',
  urlHint: (platforms: string) => `Tautan dari ${platforms}. Buka postingan, ketuk “Bagikan”, lalu “Salin tautan”.`,
  urlPlaceholder: 'https://www.instagram.com/p/…',
  urlWrongPlatform: (platforms: string) => `Tautan ini bukan dari platform kampanye. Gunakan tautan dari ${platforms}.`,
  submitPost: 'Kirim tautan',
  submittingPost: 'Mengirim tautan…',
  postSent: 'Tautan terkirim. Sekarang isi insight postingan Bunda.',

  insightTitle: 'Kirim insight postingan',
  insightIntro: 'Salin angka dari menu Insight/Statistik di aplikasi, lalu unggah screenshot-nya sebagai bukti.',
  postedAt: (link: string) => `Postingan: ${link}`,
  viewPost: 'Lihat postingan',
  fixTitle: 'Project Officer meminta perbaikan insight',
  fixBody: 'Perbaiki angka atau screenshot sesuai catatan di atas, lalu kirim lagi.',
  deliverable: (platform: string, format: string) => `${platform} · ${format}`,
  quantityHint: (n: number) => `${n} konten: jumlahkan angka dari semua konten ini.`,
  engagement: 'Engagement rate',
  engagementHint: 'Dihitung otomatis: (suka + komentar + dibagikan + disimpan + balasan) ÷ jangkauan atau views.',
  engagementNone: '–',
  overall: 'Engagement rate keseluruhan',
  screenshotsLegend: 'Screenshot insight',
  screenshotsHint: 'Minimal 1 gambar, maks. 20 MB per gambar. Pastikan angkanya terbaca jelas.',
  screenshotsRequired: 'Unggah minimal satu screenshot insight.',
  pickScreenshots: 'Pilih screenshot',
  dropScreenshots: 'Tarik screenshot ke sini',
  earlierScreenshot: (n: number) => `Screenshot ${n}`,
  noteLabel: 'Catatan untuk Project Officer',
  noteHint: 'Opsional.',
  submitInsight: 'Kirim insight',
  submittingInsight: 'Mengirim insight…',
  blockInFlight: 'Tunggu sampai semua screenshot selesai diunggah.',
  blockScreenshots: 'Unggah minimal satu screenshot.',
  insightSent: 'Insight terkirim. Project Officer akan mengeceknya.',
  formError: 'Belum bisa dikirim. Periksa bagian yang ditandai.',

  reviewTitle: 'Insight sedang dicek',
  reviewBody: 'Project Officer sedang mencocokkan angka dengan screenshot Bunda. Kami kabari lewat email.',
  submittedNumbers: 'Angka yang Bunda kirim',
  sentOn: (date: string) => `Dikirim ${date}`,
  screenshotsCount: (n: number) => `${n} screenshot`,

  completedTitle: 'Pembayaran sedang diproses',
  completedBody: 'Insight Bunda sudah diverifikasi. Terima kasih! Fee akan ditransfer ke rekening Bunda.',
  amount: 'Jumlah',
  payoutStatus: 'Status',
  payoutPending: 'Diproses',
  payoutPaid: 'Sudah dibayar',
  paidTitle: 'Fee sudah dibayar',
  paidBody: 'Terima kasih sudah berkolaborasi, Bunda! Sampai jumpa di kampanye berikutnya.',
  paidAt: 'Tanggal bayar',
  reference: 'Referensi',
  barterDone: 'Kampanye barter: tidak ada fee yang ditransfer.',

  notYet: 'Tautan postingan dan insight bisa dikirim setelah draf Bunda disetujui.',
  closed: 'Tidak ada yang perlu dikirim untuk partisipasi ini.',
  notConnected: 'Elemen ini perlu berada di dalam <ibusibuk-provider> agar bisa mengirim data.',
  or: 'atau',
  and: 'dan',
  required: 'Wajib diisi.',
};

/** The shape of this catalog in every language: `insight-submitter.messages.en.ts` is checked against it. */
export type InsightSubmitterMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () =>
  import('./insight-submitter.messages.en.js').then((m) => m.default),
);

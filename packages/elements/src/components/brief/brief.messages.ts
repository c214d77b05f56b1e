import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-brief>`. */
const id = {
  heading: 'Brief kampanye',
  version: (n: number) => `Versi ${n}`,
  updated: (date: string) => `Diperbarui ${date}`,
  loading: 'Memuat brief…',
  loadError: 'Brief belum bisa dimuat.',
  lockedTitle: 'Brief belum terbuka',
  locked: 'Brief akan terbuka setelah Bunda diterima di kampanye ini. Tim Ibu Sibuk akan mengabari Bunda lewat WhatsApp.',
  lockedRejected: 'Brief hanya terbuka untuk Bunda yang terpilih di kampanye ini.',
  emptyTitle: 'Brief sedang disiapkan',
  empty: 'Tim Ibu Sibuk sedang menyiapkan brief kampanye ini. Cek lagi nanti, ya, Bunda.',
  objective: 'Tujuan kampanye',
  details: 'Detail brief',
  keyMessages: 'Pesan utama',
  dos: 'Yang perlu dilakukan',
  donts: 'Yang perlu dihindari',
  doLabel: 'Lakukan',
  dontLabel: 'Hindari',
  hashtagsAndMentions: 'Tagar & mention wajib',
  hashtags: 'Tagar',
  mentions: 'Mention',
  copyAll: 'Salin semua',
  copyItem: (item: string) => `Salin ${item}`,
  copiedItem: (item: string) => `${item} tersalin`,
  copiedAll: 'Semua tagar dan mention tersalin',
  copyFailed: 'Tidak bisa menyalin otomatis. Tekan lama teksnya untuk menyalin.',
  captionGuidelines: 'Panduan caption',
  references: 'Referensi',
  referenceImage: (n: number) => `Gambar referensi ${n}`,
  newTab: '(buka di tab baru)',
  acknowledgeIntro: 'Sudah membaca semuanya? Konfirmasi agar Bunda bisa mulai membuat konten.',
  acknowledge: 'Saya sudah membaca dan memahami brief ini',
  acknowledging: 'Menyimpan…',
  acknowledged: 'Brief sudah dibaca',
  acknowledgedOn: (date: string) => `Dikonfirmasi ${date}`,
  acknowledgedNow: 'Terima kasih, Bunda! Sekarang Bunda bisa mulai membuat konten.',
  markdownLoading: 'Memuat isi brief…',
};

/** The shape of this catalog in every language: `brief.messages.en.ts` is checked against it. */
export type BriefMessages = typeof id;

export const briefMessages = /* @__PURE__ */ defineMessages(id, () => import('./brief.messages.en.js').then((m) => m.default));

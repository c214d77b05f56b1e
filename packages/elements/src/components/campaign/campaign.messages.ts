import type { Stage, Step } from '@ibusibuk/sdk';
import { defineMessages } from '../../internal/localize.js';

type StageText = { title: string; body: string };

/** What `<ibusibuk-campaign>` says, in Bahasa Indonesia and English. */
const id = {
  byBrand: (brand: string) => `Kampanye ${brand}`,
  coverAlt: (title: string) => `Foto sampul kampanye ${title}`,
  logoAlt: (brand: string) => `Logo ${brand}`,
  factsLabel: 'Ringkasan kampanye',
  reward: 'Imbalan',
  plusProduct: 'plus produk',
  slots: 'Slot',
  slotsOf: (total: number) => `dari ${total} Bunda`,
  deadline: 'Daftar sebelum',
  closesOn: (date: string) => `Tutup ${date}`,
  applyCta: 'Daftar sekarang',
  deliverables: 'Konten yang dibuat',
  deliverable: (quantity: number, platform: string, format: string) => `${quantity}× ${format} ${platform}`,
  requirements: 'Syarat',
  minFollowers: (platform: string, count: string) => `Minimal ${count} pengikut ${platform}`,
  cities: (list: string) => `Berdomisili di ${list}`,
  provinces: (list: string) => `Provinsi ${list}`,
  childAge: (range: string) => `Punya si Kecil usia ${range}`,
  niches: (list: string) => `Biasa membuat konten ${list}`,
  openToAll: 'Terbuka untuk semua Bunda',
  months: (min: number, max: number) => (min === max ? `${min} bulan` : `${min}–${max} bulan`),
  years: (min: number, max: number) => (min === max ? `${min} tahun` : `${min}–${max} tahun`),
  timeline: 'Jadwal',
  applyBy: 'Batas pendaftaran',
  draftDue: 'Batas kirim draf',
  postWindow: 'Periode tayang',
  insightDue: 'Batas kirim insight',
  ruleRevisions: (n: number) => (n === 0 ? 'Draf tidak bisa direvisi: kirim versi terbaik Bunda.' : `Draf bisa direvisi paling banyak ${n} kali.`),
  ruleReview: (hours: number) => `Tim meninjau draf dan insight paling lambat ${hours} jam; lewat dari itu, otomatis disetujui.`,
  ruleInsight: (days: number, stories: boolean) =>
    stories
      ? `Insight dikirim paling lambat ${days} hari setelah unggah; untuk story, 24 jam (angkanya hilang setelah itu).`
      : `Insight dikirim paling lambat ${days} hari setelah unggah.`,
  dateRange: (start: string, end: string) => `${start} – ${end}`,
  about: 'Tentang kampanye',
  product: 'Produk yang Bunda terima',
  applyHeading: 'Daftar ke kampanye ini',
  signInFirst: 'Masuk dulu dengan email Bunda, ya. Kami kirim kode 6 digit, tanpa kata sandi.',
  signInHeading: 'Masuk untuk mendaftar',
  closedTitle: 'Pendaftaran sudah ditutup',
  closedBody: 'Kampanye ini tidak menerima pendaftar baru. Nantikan kampanye berikutnya, Bunda!',
  fullTitle: 'Slot sudah penuh',
  fullBody: 'Semua slot kampanye ini sudah terisi. Nantikan kampanye berikutnya, Bunda!',
  yourProgress: 'Perjalanan Bunda di kampanye ini',
  stepper: 'Tahapan kampanye',
  stepDone: 'selesai',
  stepCurrent: 'sedang berjalan',
  stepOf: (n: number, total: number) => `Langkah ${n} dari ${total}`,
  steps: {
    apply: 'Daftar',
    brief: 'Brief',
    content: 'Konten',
    revision: 'Revisi',
    post: 'Tayang',
    insight: 'Insight',
    payment: 'Pembayaran',
  } satisfies Record<Step, string>,
  yourTurn: 'Giliran Bunda',
  teamTurn: 'Menunggu tim Ibu Sibuk',
  allDone: 'Selesai',
  stage: {
    applied: {
      title: 'Pendaftaran Bunda sudah kami terima',
      body: 'Tim Ibu Sibuk sedang meninjau pendaftaran Bunda. Kabar selanjutnya kami kirim lewat email dan WhatsApp.',
    },
    accepted: {
      title: 'Selamat, Bunda terpilih!',
      body: 'Baca brief di bawah ini, lalu konfirmasi bahwa Bunda sudah memahaminya untuk mulai membuat konten.',
    },
    drafting: {
      title: 'Saatnya membuat konten',
      body: 'Unggah draf foto atau video beserta caption-nya sesuai brief.',
    },
    in_review: {
      title: 'Draf sedang ditinjau',
      body: 'Tim kami sedang memeriksa draf Bunda, biasanya 1–2 hari kerja. Belum perlu tayang dulu, ya.',
    },
    revision_requested: {
      title: 'Ada sedikit revisi',
      body: 'Baca catatan dari tim, perbaiki drafnya, lalu kirim lagi ya, Bunda.',
    },
    approved: {
      title: 'Draf disetujui, saatnya tayang!',
      body: 'Unggah konten di akun Bunda dalam periode tayang, lalu kirim tautan postingannya di sini.',
    },
    posted: {
      title: 'Konten sudah tayang',
      body: 'Beberapa hari setelah tayang, kirim insight (statistik) postingan beserta tangkapan layarnya.',
    },
    insight_review: {
      title: 'Insight sedang dicek',
      body: 'Tim kami sedang mencocokkan angka dengan tangkapan layar Bunda.',
    },
    insight_revision_requested: {
      title: 'Insight perlu diperbaiki',
      body: 'Ada angka atau tangkapan layar yang perlu dicek ulang. Perbaiki lalu kirim lagi, ya.',
    },
    completed: {
      title: 'Semua tugas selesai!',
      body: 'Pembayaran sedang kami proses.',
    },
    paid: {
      title: 'Pembayaran sudah dikirim',
      body: 'Rincian pembayarannya ada di bawah.',
    },
    rejected: {
      title: 'Terima kasih sudah mendaftar, Bunda',
      body: 'Untuk kampanye ini Bunda belum terpilih. Jangan berkecil hati, masih banyak kampanye lain yang cocok untuk Bunda.',
    },
    withdrawn: {
      title: 'Bunda sudah mengundurkan diri',
      body: 'Tidak apa-apa, Bunda. Semoga kita bisa bekerja sama di kampanye berikutnya.',
    },
  } satisfies Record<Stage, StageText>,
  payoutAmount: 'Jumlah',
  payoutReference: 'Referensi',
  payoutPaidAt: 'Dibayar pada',
  payoutPending: 'Sedang diproses',
  checkStatus: 'Cek status terbaru',
  checking: 'Memeriksa…',
  statusUpdated: (stage: string) => `Status terbaru: ${stage}`,
  showBrief: 'Lihat brief',
  withdraw: 'Mundur dari kampanye',
  withdrawTitle: 'Yakin ingin mundur, Bunda?',
  withdrawBody: 'Slot Bunda akan diberikan ke ibu lain, dan langkah ini tidak bisa dibatalkan.',
  withdrawApplicationBody: 'Pendaftaran Bunda untuk kampanye ini akan ditarik, dan langkah ini tidak bisa dibatalkan.',
  withdrawConfirm: 'Ya, saya mundur',
  withdrawKeep: 'Tidak jadi',
  withdrawing: 'Memproses…',
  signedInAs: (name: string) => `Masuk sebagai ${name}`,
  signOut: 'Keluar',
  notFoundTitle: 'Kampanye tidak ditemukan',
  notFoundBody: 'Mungkin kampanye ini sudah tidak tersedia. Coba muat ulang halaman.',
  noProvider: 'Letakkan <ibusibuk-campaign> di dalam <ibusibuk-provider>, atau isi properti campaign.',
  loadingCampaign: 'Memuat kampanye…',
  loadingProgress: 'Memuat status Bunda…',
};

/** The shape of this catalog in every language: `campaign.messages.en.ts` is checked against it. */
export type CampaignMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () => import('./campaign.messages.en.js').then((m) => m.default));

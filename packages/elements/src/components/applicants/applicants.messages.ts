import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-applicants>`. */
const id = {
  eyebrow: 'Pelamar kampanye',
  heading: 'Pelamar',
  slotsLeft: (left: number, total: number) => `Sisa ${left} dari ${total} slot`,
  filters: 'Saring dan urutkan',
  stage: 'Tahap',
  allStages: 'Semua tahap',
  platform: 'Platform',
  allPlatforms: 'Semua platform',
  meets: 'Persyaratan',
  meetsAll: 'Semua pelamar',
  meetsYes: 'Memenuhi semua',
  meetsNo: 'Ada yang belum terpenuhi',
  sort: 'Urutkan',
  sortNewest: 'Terbaru',
  sortFollowers: 'Pengikut terbanyak',
  shown: (n: number, total: number) => `${n} dari ${total} pelamar`,
  empty: 'Tidak ada pelamar yang cocok dengan saringan ini.',
  select: (name: string) => `Pilih ${name}`,
  selectAll: (n: number) => `Pilih semua yang bisa diterima (${n})`,
  acceptSelected: (n: number) => `Terima ${n} pelamar terpilih`,
  accepting: (done: number, total: number) => `Menerima ${done} dari ${total}…`,
  bulkDone: (ok: number, failed: number) =>
    failed ? `${ok} pelamar diterima, ${failed} gagal.` : `${ok} pelamar diterima.`,
  bulkFailed: 'Yang gagal diterima',
  appliedOn: (date: string) => `Mendaftar ${date}`,
  accounts: 'Akun media sosial',
  children: 'Anak',
  requirements: 'Persyaratan kampanye',
  noRequirements: 'Kampanye ini tidak punya syarat khusus.',
  met: 'terpenuhi',
  unmet: 'belum terpenuhi',
  reqFollowers: (platform: string, min: string, actual: string) => `${platform}: minimal ${min} pengikut (punya ${actual})`,
  reqLocation: (places: string) => `Domisili: ${places}`,
  reqChildAge: (min: number, max: number) => `Punya anak usia ${min}–${max} bulan`,
  answers: 'Jawaban pendaftaran',
  whyMe: 'Mengapa saya cocok',
  contentIdea: 'Ide konten',
  niches: 'Topik',
  accept: 'Terima',
  reject: 'Tolak',
  acceptTitle: (name: string) => `Terima ${name}`,
  rejectTitle: (name: string) => `Tolak ${name}`,
  acceptNote: 'Catatan untuk Bunda (opsional)',
  rejectNote: 'Alasan untuk Bunda',
  rejectHint: 'Sudah diisi dengan pesan yang ramah; ubah sesuai keperluan.',
  rejectTemplate: (name: string, campaign: string) =>
    `Halo Bunda ${name}, terima kasih sudah mendaftar di kampanye "${campaign}". ` +
    'Kali ini Bunda belum terpilih karena kuota dan kriteria kampanye sudah terpenuhi. ' +
    'Profil Bunda tetap kami simpan, semoga kita bisa bekerja sama di kampanye berikutnya, ya!',
  confirmAccept: 'Terima pelamar',
  confirmReject: 'Kirim penolakan',
  cancel: 'Batal',
  accepted: (name: string) => `${name} diterima.`,
  rejected: (name: string) => `${name} ditolak; pesannya sudah dikirim.`,
};

/** The shape of this catalog in every language: `applicants.messages.en.ts` is checked against it. */
export type ApplicantsMessages = typeof id;

export const applicantsMessages = /* @__PURE__ */ defineMessages(id, () => import('./applicants.messages.en.js').then((m) => m.default));

import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-apply-form>`. */
const id = {
  heading: 'Daftar ikut kampanye ini',
  intro: 'Isi data singkat di bawah ini. Cukup sekali, data Bunda akan tersimpan untuk pendaftaran berikutnya.',
  prefilled: 'Kami isikan dari pendaftaran Bunda sebelumnya. Periksa lagi, ya.',
  signInHeading: 'Masuk dulu untuk mendaftar',
  loadingCampaign: 'Memuat formulir pendaftaran…',
  loadError: 'Formulir pendaftaran belum bisa dimuat.',

  required: 'Wajib diisi.',
  sectionAbout: 'Tentang Bunda',
  name: 'Nama lengkap',
  whatsapp: 'Nomor WhatsApp',
  whatsappHint: 'Diawali +62, contoh +6281234567890. Tim Ibu Sibuk akan menghubungi Bunda lewat nomor ini.',
  city: 'Kota/kabupaten domisili',
  province: 'Provinsi',
  cityPlaceholder: 'Contoh: Bandung',
  provincePlaceholder: 'Contoh: Jawa Barat',

  sectionSocial: 'Akun media sosial',
  socialHint: 'Tambahkan akun yang akan Bunda pakai untuk kampanye ini.',
  platform: 'Platform',
  handle: 'Nama akun',
  handlePlaceholder: '@namaakun',
  followers: 'Jumlah pengikut',
  addAccount: 'Tambah akun',
  removeAccount: (n: number) => `Hapus akun ${n}`,
  accountLegend: (n: number) => `Akun ${n}`,

  sectionChildren: 'Si kecil',
  childrenHint: 'Bulan dan tahun lahir anak, untuk mencocokkan kampanye sesuai usia anak.',
  child: (n: number) => `Anak ${n}`,
  birthMonth: 'Bulan lahir',
  birthYear: 'Tahun lahir',
  choose: 'Pilih',
  addChild: 'Tambah anak',
  removeChild: (n: number) => `Hapus anak ${n}`,
  noChildren: 'Belum ada data anak.',

  sectionNiches: 'Topik konten Bunda',
  nichesHint: 'Pilih topik yang biasa Bunda bagikan.',
  niche: {
    parenting: 'Parenting',
    mpasi: 'MPASI',
    'kesehatan-anak': 'Kesehatan anak',
    'fashion-anak': 'Fashion anak',
    'mainan-edukatif': 'Mainan edukatif',
    'kecantikan-ibu': 'Kecantikan ibu',
    masak: 'Masak',
    lifestyle: 'Lifestyle',
    kuliner: 'Kuliner',
    edukasi: 'Edukasi',
    montessori: 'Montessori',
    menyusui: 'Menyusui',
    'ibu-bekerja': 'Ibu bekerja',
    'ibu-baru': 'Ibu baru',
  } as Record<string, string>,

  sectionAnswers: 'Ceritakan sedikit',
  whyMe: 'Mengapa Bunda cocok untuk kampanye ini?',
  whyMeHint: 'Minimal 20 karakter. Ceritakan pengalaman atau kedekatan Bunda dengan produknya.',
  contentIdea: 'Ide konten Bunda',
  contentIdeaHint: 'Minimal 20 karakter. Gambaran singkat konten yang ingin Bunda buat.',

  sectionConfirm: 'Konfirmasi',
  meetsRequirements: 'Saya memenuhi syarat kampanye ini.',
  willFollowBrief: 'Saya bersedia mengikuti brief dan jadwal kampanye.',
  consent:
    'Saya setuju data saya (nama, WhatsApp, domisili, akun media sosial dan data anak) digunakan oleh Ibu Sibuk dan brand hanya untuk seleksi dan pelaksanaan kampanye ini, sesuai kebijakan privasi Orami.',

  requirementsHeading: 'Syarat kampanye',
  reqFollowers: (platform: string, min: string) => `${platform}: minimal ${min} pengikut`,
  reqLocation: (places: string) => `Domisili: ${places}`,
  reqChildAge: (range: string) => `Punya anak usia ${range}`,
  reqNiches: (niches: string) => `Topik: ${niches}`,
  or: 'atau',
  met: 'Terpenuhi',
  notMet: 'Belum terpenuhi',
  unknown: 'Belum dicek',
  noRequirements: 'Kampanye ini terbuka untuk semua Bunda.',
  unmetFollowers: (platform: string, min: string, actual: string) =>
    `Kampanye ini butuh akun ${platform} dengan minimal ${min} pengikut (saat ini ${actual}).`,
  unmetLocation: (places: string) => `Kampanye ini khusus untuk Bunda yang tinggal di ${places}.`,
  unmetChildAge: (range: string) => `Kampanye ini khusus untuk Bunda dengan anak usia ${range}.`,
  missingAccount: (platform: string, min: string) => `Tambahkan akun ${platform} Bunda (minimal ${min} pengikut).`,
  missingChild: (range: string) => `Isi bulan dan tahun lahir si kecil (usia ${range}).`,
  unmetSummary: 'Maaf, Bunda belum memenuhi syarat kampanye ini:',
  closed: 'Pendaftaran kampanye ini sudah ditutup. Nantikan kampanye berikutnya, ya, Bunda!',

  submit: 'Kirim pendaftaran',
  submitting: 'Mengirim…',
  fixErrors: (n: number) => (n === 1 ? 'Ada 1 isian yang perlu diperbaiki.' : `Ada ${n} isian yang perlu diperbaiki.`),
  successTitle: 'Pendaftaran terkirim!',
  successBody:
    'Terima kasih, Bunda. Tim Ibu Sibuk akan mengabari Bunda lewat WhatsApp setelah seleksi selesai. Semoga terpilih!',
  successWhatsapp: (number: string) => `Kabar seleksi akan dikirim ke ${number}.`,
  alreadyTitle: 'Bunda sudah terdaftar',
  alreadyBody: 'Bunda sudah mendaftar di kampanye ini. Tim Ibu Sibuk akan mengabari Bunda lewat WhatsApp.',
  notConnected: 'Formulir ini belum tersambung ke Ibu Sibuk.',
};

/** The shape of this catalog in every language: `apply-form.messages.en.ts` is checked against it. */
export type ApplyFormMessages = typeof id;

export const applyFormMessages = /* @__PURE__ */ defineMessages(id, () =>
  import('./apply-form.messages.en.js').then((m) => m.default),
);

/** `6–12 bulan`, `6 bulan–2 tahun`, `2–5 tahun`: in both languages, as it is code rather than text. */
export function ageRange(min: number, max: number, locale: 'id' | 'en'): string {
  const inYears = (m: number) => m >= 24 && m % 12 === 0;
  if (!inYears(min) && !inYears(max)) return locale === 'id' ? `${min}–${max} bulan` : `${min}–${max} months`;
  if (inYears(min) && inYears(max)) return locale === 'id' ? `${min / 12}–${max / 12} tahun` : `${min / 12}–${max / 12} years`;
  return `${formatMonths(min, locale)}–${formatMonths(max, locale)}`;
}

/** `6 bulan` or `2 tahun`: ages read better in years from two on. */
function formatMonths(months: number, locale: 'id' | 'en'): string {
  if (months >= 24 && months % 12 === 0) {
    const years = months / 12;
    return locale === 'id' ? `${years} tahun` : `${years} years`;
  }
  if (locale === 'id') return `${months} bulan`;
  return months === 1 ? '1 month' : `${months} months`;
}

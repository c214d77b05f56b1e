import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-apply-form>`. */
export const applyFormMessages = defineMessages({
  id: {
    heading: 'Daftar jadi KOL kampanye ini',
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
    ageRange: (min: number, max: number) => ageRange(min, max, 'id'),
    or: 'atau',
    met: 'Terpenuhi',
    notMet: 'Belum terpenuhi',
    unknown: 'Belum dicek',
    noRequirements: 'Kampanye ini terbuka untuk semua Bunda.',
    unmetFollowers: (platform: string, min: string, actual: string) =>
      `Kampanye ini butuh akun ${platform} dengan minimal ${min} pengikut (saat ini ${actual}).`,
    unmetLocation: (places: string) => `Kampanye ini khusus untuk Bunda yang tinggal di ${places}.`,
    unmetChildAge: (range: string) => `Kampanye ini khusus untuk Bunda dengan anak usia ${range}.`,
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
  },
  en: {
    heading: 'Apply to this campaign',
    intro: 'Fill in a few details below. You only need to do this once: we keep them for your next application.',
    prefilled: 'We filled this in from your last application. Please check it.',
    signInHeading: 'Sign in to apply',
    loadingCampaign: 'Loading the application form…',
    loadError: 'The application form could not be loaded.',

    required: 'This field is required.',
    sectionAbout: 'About you',
    name: 'Full name',
    whatsapp: 'WhatsApp number',
    whatsappHint: 'Starts with +62, e.g. +6281234567890. The Ibu Sibuk team will contact you on this number.',
    city: 'City/regency',
    province: 'Province',
    cityPlaceholder: 'e.g. Bandung',
    provincePlaceholder: 'e.g. Jawa Barat',

    sectionSocial: 'Social media accounts',
    socialHint: 'Add the accounts you will use for this campaign.',
    platform: 'Platform',
    handle: 'Account name',
    handlePlaceholder: '@youraccount',
    followers: 'Followers',
    addAccount: 'Add account',
    removeAccount: (n: number) => `Remove account ${n}`,
    accountLegend: (n: number) => `Account ${n}`,

    sectionChildren: 'Your children',
    childrenHint: 'Birth month and year, to match campaigns by your child’s age.',
    child: (n: number) => `Child ${n}`,
    birthMonth: 'Birth month',
    birthYear: 'Birth year',
    choose: 'Choose',
    addChild: 'Add child',
    removeChild: (n: number) => `Remove child ${n}`,
    noChildren: 'No children added yet.',

    sectionNiches: 'Your content topics',
    nichesHint: 'Pick the topics you usually share.',
    niche: {
      parenting: 'Parenting',
      mpasi: 'Baby food (MPASI)',
      'kesehatan-anak': 'Child health',
      'fashion-anak': 'Kids’ fashion',
      'mainan-edukatif': 'Educational toys',
      'kecantikan-ibu': 'Beauty for mums',
      masak: 'Cooking',
      lifestyle: 'Lifestyle',
      kuliner: 'Food',
      edukasi: 'Education',
      montessori: 'Montessori',
      menyusui: 'Breastfeeding',
      'ibu-bekerja': 'Working mums',
      'ibu-baru': 'New mums',
    } as Record<string, string>,

    sectionAnswers: 'Tell us a little',
    whyMe: 'Why are you a good fit for this campaign?',
    whyMeHint: 'At least 20 characters. Tell us about your experience with the product or brand.',
    contentIdea: 'Your content idea',
    contentIdeaHint: 'At least 20 characters. A short outline of the content you would make.',

    sectionConfirm: 'Confirmation',
    meetsRequirements: 'I meet this campaign’s requirements.',
    willFollowBrief: 'I will follow the campaign’s brief and schedule.',
    consent:
      'I agree that my details (name, WhatsApp, city, social media accounts and children’s details) may be used by Ibu Sibuk and the brand only to select for and run this campaign, under Orami’s privacy policy.',

    requirementsHeading: 'Requirements',
    reqFollowers: (platform: string, min: string) => `${platform}: at least ${min} followers`,
    reqLocation: (places: string) => `Lives in: ${places}`,
    reqChildAge: (range: string) => `Has a child aged ${range}`,
    reqNiches: (niches: string) => `Topics: ${niches}`,
    ageRange: (min: number, max: number) => ageRange(min, max, 'en'),
    or: 'or',
    met: 'Met',
    notMet: 'Not met yet',
    unknown: 'Not checked yet',
    noRequirements: 'This campaign is open to every mother.',
    unmetFollowers: (platform: string, min: string, actual: string) =>
      `This campaign needs at least ${min} followers on ${platform} (you have ${actual}).`,
    unmetLocation: (places: string) => `This campaign is only for mothers living in ${places}.`,
    unmetChildAge: (range: string) => `This campaign is only for mothers with a child aged ${range}.`,
    unmetSummary: 'Sorry, you don’t meet this campaign’s requirements yet:',
    closed: 'Applications for this campaign are closed. Watch out for the next one!',

    submit: 'Send application',
    submitting: 'Sending…',
    fixErrors: (n: number) => (n === 1 ? '1 field needs fixing.' : `${n} fields need fixing.`),
    successTitle: 'Application sent!',
    successBody: 'Thank you! The Ibu Sibuk team will let you know on WhatsApp once selection is done. Good luck!',
    successWhatsapp: (number: string) => `We will send the result to ${number}.`,
    alreadyTitle: 'You have already applied',
    alreadyBody: 'You have already applied to this campaign. The Ibu Sibuk team will contact you on WhatsApp.',
    notConnected: 'This form is not connected to Ibu Sibuk.',
  },
});

/** `6–12 bulan`, `6 bulan–2 tahun`, `2–5 tahun`. */
function ageRange(min: number, max: number, locale: 'id' | 'en'): string {
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

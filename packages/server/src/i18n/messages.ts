import type { Action, MediaKind, Platform, Stage } from '@ibusibuk/sdk';
import type { Localized } from './locale.js';

const STAGE: Record<Stage, Localized> = {
  applied: { id: 'mendaftar', en: 'applied' },
  accepted: { id: 'diterima', en: 'accepted' },
  drafting: { id: 'membuat draf', en: 'drafting' },
  in_review: { id: 'draf ditinjau', en: 'in review' },
  revision_requested: { id: 'revisi diminta', en: 'revision requested' },
  approved: { id: 'draf disetujui', en: 'approved' },
  posted: { id: 'sudah diunggah', en: 'posted' },
  insight_review: { id: 'insight ditinjau', en: 'insight in review' },
  insight_revision_requested: { id: 'perbaikan insight diminta', en: 'insight fix requested' },
  completed: { id: 'selesai', en: 'completed' },
  rejected: { id: 'ditolak', en: 'rejected' },
  withdrawn: { id: 'mengundurkan diri', en: 'withdrawn' },
  paid: { id: 'sudah dibayar', en: 'paid' },
};

const ACTION: Record<Action, Localized> = {
  accept: { id: 'menerima', en: 'accept' },
  reject: { id: 'menolak', en: 'reject' },
  withdraw: { id: 'mengundurkan diri', en: 'withdraw' },
  acknowledgeBrief: { id: 'mengonfirmasi brief', en: 'acknowledge the brief' },
  submitDraft: { id: 'mengirim draf', en: 'submit a draft' },
  requestRevision: { id: 'meminta revisi', en: 'request a revision' },
  approveDraft: { id: 'menyetujui draf', en: 'approve the draft' },
  submitPost: { id: 'mengirim tautan unggahan', en: 'submit the post link' },
  submitInsight: { id: 'mengirim insight', en: 'submit the insight' },
  approveInsight: { id: 'menyetujui insight', en: 'approve the insight' },
  requestInsightFix: { id: 'meminta perbaikan insight', en: 'ask for an insight fix' },
  recordPayout: { id: 'mencatat pembayaran', en: 'record the payout' },
};

const PLATFORM_NAME: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  facebook: 'Facebook',
};

const number = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const numberEn = (n: number) => new Intl.NumberFormat('en-US').format(n);
const list = (items: string[]) => items.join(', ');

/** Every sentence the server says, in Bahasa Indonesia and English. */
export const messages = {
  validationFailed: { id: 'Ada isian yang perlu diperbaiki.', en: 'Some fields need fixing.' },
  invalidJson: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  unauthenticated: {
    id: 'Sertakan kunci API atau token sesi di header Authorization: Bearer ….',
    en: 'Send an API key or session token in the Authorization: Bearer … header.',
  },
  badCredential: {
    id: 'Kunci API atau token sesi tidak dikenal atau sudah kedaluwarsa.',
    en: 'The API key or session token is unknown or has expired.',
  },
  forbidden: { id: 'Anda tidak punya akses untuk permintaan ini.', en: 'You are not allowed to make this request.' },
  originNotAllowed: (origin: string): Localized => ({
    id: `Origin ${origin} tidak terdaftar untuk kunci publik ini.`,
    en: `Origin ${origin} is not allowed for this publishable key.`,
  }),
  officerOnly: {
    id: 'Hanya Project Officer (kunci rahasia) yang boleh melakukan ini.',
    en: 'Only a Project Officer (secret key) may do this.',
  },
  staffSessionExpired: {
    id: 'Sesi staf ini sudah kedaluwarsa. Minta sesi baru dari server Anda.',
    en: 'This staff session has expired. Ask your server for a new one.',
  },
  permissionMissing: (permission: string): Localized => ({
    id: `Sesi staf ini tidak punya izin ${permission}.`,
    en: `This staff session lacks the ${permission} permission.`,
  }),
  secretKeyOnly: {
    id: 'Hanya kunci rahasia yang boleh melakukan ini, bukan sesi staf.',
    en: 'Only a secret key may do this, not a staff session.',
  },
  officerSessionNeedsOramiKey: {
    id: 'Sesi officer hanya bisa dibuat dengan kunci rahasia Orami yang tidak dibatasi ke satu brand.',
    en: 'Officer sessions are minted only with an Orami secret key not restricted to one brand.',
  },
  kolSessionNeedsOramiKey: {
    id: 'Kunci yang dibatasi ke satu brand tidak bisa membuat sesi KOL: seorang KOL bekerja untuk banyak brand.',
    en: 'A key restricted to one brand cannot mint KOL sessions: a KOL works across brands.',
  },
  brandRequired: { id: 'Sebutkan brandId untuk sesi brand.', en: 'Name the brandId of a brand session.' },
  brandNotFound: { id: 'Brand tidak ditemukan.', en: 'Brand not found.' },
  kolOnly: {
    id: 'Masuk sebagai KOL terlebih dahulu untuk melakukan ini.',
    en: 'Sign in as a KOL to do this.',
  },
  kolOrOfficer: {
    id: 'Masuk sebagai KOL atau gunakan kunci rahasia.',
    en: 'Sign in as a KOL or use a secret key.',
  },
  briefLocked: {
    id: 'Brief kampanye baru bisa dibaca setelah pendaftaran Anda diterima.',
    en: 'The campaign brief opens once your application has been accepted.',
  },
  notFound: { id: 'Tidak ditemukan.', en: 'Not found.' },
  routeNotFound: (method: string, path: string): Localized => ({
    id: `Tidak ada endpoint ${method} ${path}.`,
    en: `There is no endpoint ${method} ${path}.`,
  }),
  campaignNotFound: { id: 'Kampanye tidak ditemukan.', en: 'Campaign not found.' },
  briefNotFound: { id: 'Brief kampanye ini belum ditulis.', en: 'No brief has been written for this campaign yet.' },
  participationNotFound: { id: 'Partisipasi tidak ditemukan.', en: 'Participation not found.' },
  kolNotFound: { id: 'KOL tidak ditemukan.', en: 'KOL not found.' },
  webhookEndpointNotFound: { id: 'Endpoint webhook tidak ditemukan.', en: 'Webhook endpoint not found.' },
  postWindowNotOpen: (opensAt: string): Localized => ({
    id: `Jendela unggah belum dibuka. Bunda bisa mengunggah dan mengirim tautannya mulai ${dateId(opensAt)}.`,
    en: `The posting window is not open yet. You can post and send the link from ${dateEn(opensAt)}.`,
  }),
  revisionRoundsUsed: (max: number): Localized => ({
    id: `Batas revisi kampanye ini sudah tercapai (${number(max)} kali). Setujui draf ini, atau hubungi KOL untuk kesepakatan lain.`,
    en: `This campaign's revision limit has been reached (${numberEn(max)} rounds). Approve this draft, or agree on something else with the KOL.`,
  }),
  payoutAmountMismatch: (net: number): Localized => ({
    id: `Jumlah harus sama dengan yang dihitung saat insight disetujui: Rp${number(net)} (fee dikurangi PPh 21).`,
    en: `The amount must be the one computed when the insight was approved: Rp${numberEn(net)} (the fee less PPh 21).`,
  }),
  uploadLengthRequired: {
    id: 'Unggahan sekali kirim harus menyebutkan ukurannya (Content-Length). Untuk berkas besar, gunakan unggahan bertahap (tus).',
    en: 'A one-request upload must state its size (Content-Length). Large files go through the resumable upload (tus).',
  },
  clockNotAdjustable: {
    id: 'Jam server ini tidak bisa dimajukan (hanya jam mode dev).',
    en: "This server's clock cannot be moved (only a dev-mode clock can).",
  },
  uploadNotFound: { id: 'Berkas tidak ditemukan.', en: 'Upload not found.' },
  payloadTooLarge: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  internal: {
    id: 'Terjadi kesalahan di server. Silakan coba lagi.',
    en: 'Something went wrong on the server. Please try again.',
  },
  rateLimited: { id: 'Terlalu banyak permintaan. Coba lagi nanti.', en: 'Too many requests. Try again later.' },
  tooManyFromAddress: {
    id: 'Terlalu banyak permintaan masuk dari jaringan ini. Coba lagi nanti.',
    en: 'Too many sign-in requests from this network. Try again later.',
  },
  tooManyCodes: {
    id: 'Terlalu banyak permintaan kode untuk email ini. Coba lagi dalam satu jam.',
    en: 'Too many codes requested for this email. Try again within the hour.',
  },
  codeBurned: {
    id: 'Kode salah terlalu sering dimasukkan. Minta kode baru.',
    en: 'Too many wrong attempts. Request a new code.',
  },
  codeWrong: { id: 'Kode salah. Periksa email Anda.', en: 'That code is not right. Check your email.' },
  codeExpired: {
    id: 'Kode sudah kedaluwarsa. Minta kode baru.',
    en: 'That code has expired. Request a new one.',
  },
  idempotencyMismatch: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda.',
    en: 'This Idempotency-Key was already used with a different request.',
  },
  idempotencySecretReplay: {
    id: 'Jawaban permintaan ini memuat rahasia (token atau kunci) yang tidak disimpan, jadi tidak bisa diulang. Kirim permintaan baru dengan Idempotency-Key baru.',
    en: 'This request’s answer held a secret (a token or key) that is not kept, so it cannot be replayed. Send a new request under a new Idempotency-Key.',
  },
  idempotencyInFlight: {
    id: 'Permintaan dengan Idempotency-Key ini masih diproses.',
    en: 'A request with this Idempotency-Key is still in progress.',
  },
  invalidTransition: (stage: Stage, action: Action): Localized => ({
    id: `Tidak bisa ${ACTION[action].id} saat partisipasi berada di tahap "${STAGE[stage].id}" (${stage}).`,
    en: `Cannot ${ACTION[action].en} while the participation is at stage "${stage}".`,
  }),
  campaignFull: (slots: number): Localized => ({
    id: `Kuota kampanye sudah penuh (${number(slots)} slot terisi).`,
    en: `The campaign is full (all ${numberEn(slots)} slots are filled).`,
  }),
  alreadyApplied: {
    id: 'Anda sudah mendaftar ke kampanye ini.',
    en: 'You have already applied to this campaign.',
  },
  campaignClosed: {
    id: 'Pendaftaran kampanye ini sudah ditutup.',
    en: 'Applications for this campaign are closed.',
  },
  cannotPublish: (status: string): Localized => ({
    id: `Kampanye berstatus "${status}" tidak bisa dibuka.`,
    en: `A campaign in status "${status}" cannot be published.`,
  }),
  cannotClose: (status: string): Localized => ({
    id: `Kampanye berstatus "${status}" tidak bisa ditutup.`,
    en: `A campaign in status "${status}" cannot be closed.`,
  }),
  slugTaken: { id: 'Slug ini sudah dipakai kampanye lain.', en: 'This slug is used by another campaign.' },
  productValueWithoutProduct: {
    id: 'Nilai produk hanya untuk kampanye barter atau fee + produk.',
    en: 'A product value is only for barter and fee-plus-product campaigns.',
  },
  slotsBelowFilled: (filled: number): Localized => ({
    id: `Slot tidak boleh kurang dari yang sudah terisi (${number(filled)}).`,
    en: `Slots cannot be fewer than those already filled (${numberEn(filled)}).`,
  }),
  unmetFollowers: (platform: Platform, min: number, actual: number): Localized => ({
    id: `Minimal ${number(min)} pengikut ${PLATFORM_NAME[platform]} (saat ini ${number(actual)}).`,
    en: `At least ${numberEn(min)} ${PLATFORM_NAME[platform]} followers needed (you have ${numberEn(actual)}).`,
  }),
  unmetLocation: (places: string[]): Localized => ({
    id: `Kampanye ini untuk ibu yang tinggal di ${list(places)}.`,
    en: `This campaign is for mothers living in ${list(places)}.`,
  }),
  unmetChildAge: (min: number, max: number): Localized => ({
    id: `Kampanye ini untuk ibu dengan anak usia ${min}–${max} bulan.`,
    en: `This campaign is for mothers of a child aged ${min}–${max} months.`,
  }),
  mediaNotOwned: (id: string): Localized => ({
    id: `Berkas ${id} tidak ditemukan di unggahan Anda.`,
    en: `Upload ${id} is not among your uploads.`,
  }),
  postPlatformMismatch: (platforms: Platform[]): Localized => ({
    id: `Tautan harus dari platform kampanye ini: ${list(platforms.map((p) => PLATFORM_NAME[p]))}.`,
    en: `The link must be on this campaign's platforms: ${list(platforms.map((p) => PLATFORM_NAME[p]))}.`,
  }),
  deliverableUnknown: (count: number): Localized => ({
    id: `Deliverable tidak dikenal; kampanye ini punya ${count} deliverable (indeks 0–${count - 1}).`,
    en: `Unknown deliverable; this campaign has ${count} deliverables (index 0–${count - 1}).`,
  }),
  deliverableTwice: { id: 'Deliverable ini sudah diisi.', en: 'This deliverable is already reported.' },
  metricRequired: { id: 'Wajib diisi.', en: 'This field is required.' },
  metricNotAsked: { id: 'Metrik ini tidak diminta untuk deliverable ini.', en: 'This metric is not asked for this deliverable.' },
  deliverableMissing: { id: 'Isi insight untuk setiap deliverable.', en: 'Report the insight of every deliverable.' },
  uploadMissingFile: {
    id: 'Sertakan berkas pada field "file" (multipart/form-data).',
    en: 'Send the file in the "file" field (multipart/form-data).',
  },
  uploadUnsupported: {
    id: 'Jenis berkas tidak didukung. Unggah foto JPEG, PNG, WebP, HEIC atau video MP4/MOV.',
    en: 'Unsupported file type. Upload a JPEG, PNG, WebP or HEIC image or an MP4/MOV video.',
  },
  uploadTooLarge: (kind: MediaKind, maxBytes: number): Localized => ({
    id: `${kind === 'image' ? 'Foto' : 'Video'} maksimal ${Math.floor(maxBytes / 1_000_000)} MB.`,
    en: `${kind === 'image' ? 'Images' : 'Videos'} can be at most ${Math.floor(maxBytes / 1_000_000)} MB.`,
  }),
  mediaLinkInvalid: {
    id: 'Tautan berkas tidak valid atau sudah kedaluwarsa.',
    en: 'This media link is invalid or has expired.',
  },
  invalidCursor: { id: 'Cursor tidak valid.', en: 'This cursor is not valid.' },
  devOnly: { id: 'Outbox hanya tersedia di mode dev.', en: 'The outbox exists in dev mode only.' },
} as const;

const dateFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
const dateId = (iso: string) => `${dateFormat('id-ID').format(new Date(iso))} WIB`;
const dateEn = (iso: string) => `${dateFormat('en-GB').format(new Date(iso))} (Jakarta time)`;

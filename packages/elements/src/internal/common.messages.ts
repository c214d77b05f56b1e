import type { CompensationType, ContentFormat, Locale, MetricKey, Platform, Stage } from '@ibusibuk/sdk';
import { defineMessages } from './localize.js';

// Words several elements share, in groups, so an element's bundle carries only the groups it
// imports (the calls are pure: a bundler drops a group nobody imports). `common` is all of them.

/** Loading and failure: every element. */
const statesId = {
  loading: 'Memuat…',
  retry: 'Coba lagi',
  errorTitle: 'Terjadi kendala',
  networkError: 'Koneksi terputus. Periksa internet Anda lalu coba lagi.',
  genericError: 'Maaf, terjadi kesalahan. Silakan coba lagi.',
  requestId: (id: string) => `Kode referensi: ${id}`,
};

/** The shape of this catalog in every language: `common.messages.en.ts` is checked against it. */
export type States = typeof statesId;

export const states = /* @__PURE__ */ defineMessages(statesId, () => import('./common.messages.en.js').then((m) => m.states));

/** Buttons and field labels of forms. */
const formWordsId = {
  close: 'Tutup',
  cancel: 'Batal',
  save: 'Simpan',
  submit: 'Kirim',
  copy: 'Salin',
  copied: 'Tersalin',
  required: 'wajib',
  optional: 'opsional',
};

/** The shape of this catalog in every language: `common.messages.en.ts` is checked against it. */
export type FormWords = typeof formWordsId;

export const formWords = /* @__PURE__ */ defineMessages(formWordsId, () =>
  import('./common.messages.en.js').then((m) => m.formWords),
);

/** A campaign at a glance, as its card shows it: deadline, slots, platforms, kind of compensation. */
const campaignTermsId = {
  daysLeft: (n: number) => (n === 0 ? 'Hari ini terakhir' : n === 1 ? 'Besok terakhir' : `${n} hari lagi`),
  closedAgo: 'Pendaftaran ditutup',
  slotsLeft: (n: number) => (n === 0 ? 'Slot penuh' : `Sisa ${n} slot`),
  platform: {
    instagram: 'Instagram',
    tiktok: 'TikTok',
    youtube: 'YouTube',
    facebook: 'Facebook',
  } satisfies Record<Platform, string>,
  compensation: {
    paid: 'Berbayar',
    barter: 'Barter produk',
    paid_and_product: 'Fee + produk',
  } satisfies Record<CompensationType, string>,
};

/** The shape of this catalog in every language: `common.messages.en.ts` is checked against it. */
export type CampaignTerms = typeof campaignTermsId;

export const campaignTerms = /* @__PURE__ */ defineMessages(campaignTermsId, () =>
  import('./common.messages.en.js').then((m) => m.campaignTerms),
);

/** A campaign in detail: the content formats it asks for, its fee and free product. */
const offerTermsId = {
  fee: 'Fee',
  barter: 'Produk gratis',
  format: {
    feed: 'Feed',
    reel: 'Reels',
    story: 'Story',
    video: 'Video',
    short: 'Video pendek',
    live: 'Live',
  } satisfies Record<ContentFormat, string>,
};

/** The shape of this catalog in every language: `common.messages.en.ts` is checked against it. */
export type OfferTerms = typeof offerTermsId;

export const offerTerms = /* @__PURE__ */ defineMessages(offerTermsId, () =>
  import('./common.messages.en.js').then((m) => m.offerTerms),
);

/** A KOL's participation: its stages and the post statistics she reports. */
const participationTermsId = {
  stage: {
    applied: 'Menunggu seleksi',
    accepted: 'Diterima',
    drafting: 'Membuat konten',
    in_review: 'Draf sedang ditinjau',
    revision_requested: 'Perlu revisi',
    approved: 'Konten disetujui',
    posted: 'Sudah tayang',
    insight_review: 'Insight sedang dicek',
    insight_revision_requested: 'Insight perlu diperbaiki',
    completed: 'Selesai, menunggu pembayaran',
    rejected: 'Belum terpilih',
    withdrawn: 'Mengundurkan diri',
    paid: 'Sudah dibayar',
  } satisfies Record<Stage, string>,
  metric: {
    reach: 'Jangkauan',
    impressions: 'Tayangan',
    views: 'Penayangan',
    likes: 'Suka',
    comments: 'Komentar',
    shares: 'Dibagikan',
    saves: 'Disimpan',
    replies: 'Balasan story',
    linkClicks: 'Klik tautan',
  } satisfies Record<MetricKey, string>,
};

/** The shape of this catalog in every language: `common.messages.en.ts` is checked against it. */
export type ParticipationTerms = typeof participationTermsId;

export const participationTerms = /* @__PURE__ */ defineMessages(participationTermsId, () =>
  import('./common.messages.en.js').then((m) => m.participationTerms),
);

type Common = States & FormWords & CampaignTerms & OfferTerms & ParticipationTerms;
const merged = new Map<Locale, { groups: unknown[]; all: Common }>();

/** Every group above in one catalog, for the elements that use most of them. */
export function common(locale: Locale): Common {
  const groups = [states, formWords, campaignTerms, offerTerms, participationTerms].map((group) => group(locale));
  const cached = merged.get(locale);
  // Merged again once English has arrived: before, the groups answer in Indonesian.
  if (cached && cached.groups.every((group, i) => group === groups[i])) return cached.all;
  const all = Object.assign({}, ...groups) as Common;
  merged.set(locale, { groups, all });
  return all;
}

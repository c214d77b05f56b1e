import type { CompensationType, ContentFormat, Locale, MetricKey, Platform, Stage } from '@ibusibuk/sdk';
import { defineMessages } from './localize.js';

// Words several elements share, in groups, so an element's bundle carries only the groups it
// imports (the calls are pure: a bundler drops a group nobody imports). `common` is all of them.

/** Loading and failure: every element. */
export const states = /* @__PURE__ */ defineMessages({
  id: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    errorTitle: 'Terjadi kendala',
    networkError: 'Koneksi terputus. Periksa internet Anda lalu coba lagi.',
    genericError: 'Maaf, terjadi kesalahan. Silakan coba lagi.',
    requestId: (id: string) => `Kode referensi: ${id}`,
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    networkError: 'You seem to be offline. Check your connection and try again.',
    genericError: 'Sorry, something went wrong. Please try again.',
    requestId: (id: string) => `Reference: ${id}`,
  },
});

/** Buttons and field labels of forms. */
export const formWords = /* @__PURE__ */ defineMessages({
  id: {
    close: 'Tutup',
    cancel: 'Batal',
    save: 'Simpan',
    submit: 'Kirim',
    copy: 'Salin',
    copied: 'Tersalin',
    required: 'wajib',
    optional: 'opsional',
  },
  en: {
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    submit: 'Submit',
    copy: 'Copy',
    copied: 'Copied',
    required: 'required',
    optional: 'optional',
  },
});

/** A campaign at a glance, as its card shows it: deadline, slots, platforms, kind of compensation. */
export const campaignTerms = /* @__PURE__ */ defineMessages({
  id: {
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
  },
  en: {
    daysLeft: (n: number) => (n === 0 ? 'Last day today' : n === 1 ? 'Closes tomorrow' : `${n} days left`),
    closedAgo: 'Applications closed',
    slotsLeft: (n: number) => (n === 0 ? 'No slots left' : `${n} slots left`),
    platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', facebook: 'Facebook' },
    compensation: { paid: 'Paid', barter: 'Product barter', paid_and_product: 'Fee + product' },
  },
});

/** A campaign in detail: the content formats it asks for, its fee and free product. */
export const offerTerms = /* @__PURE__ */ defineMessages({
  id: {
    fee: 'Fee',
    barter: 'Produk gratis',
    format: {
      feed: 'Feed',
      reel: 'Reels',
      story: 'Story',
      video: 'Video',
      short: 'Shorts',
      live: 'Live',
    } satisfies Record<ContentFormat, string>,
  },
  en: {
    fee: 'Fee',
    barter: 'Free product',
    format: { feed: 'Feed', reel: 'Reels', story: 'Story', video: 'Video', short: 'Shorts', live: 'Live' },
  },
});

/** A KOL's participation: its stages and the post statistics she reports. */
export const participationTerms = /* @__PURE__ */ defineMessages({
  id: {
    stage: {
      applied: 'Menunggu seleksi',
      accepted: 'Diterima',
      drafting: 'Membuat konten',
      in_review: 'Draf sedang direview',
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
      reach: 'Jangkauan (reach)',
      impressions: 'Tayangan (impressions)',
      views: 'Views / plays',
      likes: 'Suka (likes)',
      comments: 'Komentar',
      shares: 'Dibagikan (shares)',
      saves: 'Disimpan (saves)',
      replies: 'Balasan story',
      linkClicks: 'Klik tautan',
    } satisfies Record<MetricKey, string>,
  },
  en: {
    stage: {
      applied: 'Awaiting selection',
      accepted: 'Accepted',
      drafting: 'Creating content',
      in_review: 'Draft in review',
      revision_requested: 'Revision needed',
      approved: 'Content approved',
      posted: 'Posted',
      insight_review: 'Insight being checked',
      insight_revision_requested: 'Insight needs a fix',
      completed: 'Done, awaiting payment',
      rejected: 'Not selected',
      withdrawn: 'Withdrawn',
      paid: 'Paid',
    },
    metric: {
      reach: 'Reach',
      impressions: 'Impressions',
      views: 'Views / plays',
      likes: 'Likes',
      comments: 'Comments',
      shares: 'Shares',
      saves: 'Saves',
      replies: 'Story replies',
      linkClicks: 'Link clicks',
    },
  },
});

type Common = ReturnType<typeof states> &
  ReturnType<typeof formWords> &
  ReturnType<typeof campaignTerms> &
  ReturnType<typeof offerTerms> &
  ReturnType<typeof participationTerms>;
const merged = new Map<Locale, Common>();

/** Every group above in one catalog, for the elements that use most of them. */
export function common(locale: Locale): Common {
  let all = merged.get(locale);
  if (!all) {
    all = { ...states(locale), ...formWords(locale), ...campaignTerms(locale), ...offerTerms(locale), ...participationTerms(locale) };
    merged.set(locale, all);
  }
  return all;
}

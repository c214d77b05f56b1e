import { defineMessages } from '../../internal/localize.js';

const id = {
  listLabel: 'Kampanye yang sedang membuka pendaftaran',
  searchLabel: 'Cari kampanye',
  searchPlaceholder: 'Cari kampanye atau brand',
  platformLabel: 'Platform',
  allPlatforms: 'Semua',
  compensationLabel: 'Jenis imbalan',
  allCompensation: 'Semua imbalan',
  count: (n: string) => `${n} kampanye`,
  loading: 'Memuat kampanye…',
  loaded: (n: number) => `${n} kampanye ditampilkan.`,
  plusProduct: '+ produk',
  coverAlt: (title: string) => `Foto kampanye ${title}`,
  emptyTitle: 'Belum ada kampanye yang cocok',
  emptyFiltered: 'Coba kata kunci lain atau hapus filter, Bunda.',
  emptyNone: 'Kampanye baru segera hadir. Cek lagi nanti, ya!',
  resetFilters: 'Hapus filter',
  errorTitle: 'Kampanye belum bisa dimuat',
  loadMore: 'Muat lebih banyak',
  moreError: 'Kampanye berikutnya belum bisa dimuat.',
  deadline: 'Daftar sebelum',
};

/** The shape of this catalog in every language: `campaign-list.messages.en.ts` is checked against it. */
export type CampaignListMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () => import('./campaign-list.messages.en.js').then((m) => m.default));

import { defineMessages } from '../../internal/localize.js';

/** Words of `<ibusibuk-campaign-report>`. */
const id = {
  eyebrow: 'Laporan kampanye',
  heading: 'Laporan',
  summary: 'Ringkasan',
  participants: 'Peserta',
  posts: 'Postingan',
  reach: 'Jangkauan',
  impressions: 'Tayangan',
  engagements: 'Interaksi',
  engagementRate: 'Tingkat interaksi',
  feeSpent: 'Fee terpakai',
  costPerEngagement: 'Biaya per interaksi',
  funnel: 'Peserta per tahap',
  funnelChart: (steps: string) => `Grafik corong peserta: ${steps}`,
  funnelTable: 'Peserta per tahap (tabel)',
  step: 'Tahap',
  reached: 'Sampai tahap ini',
  now: 'Saat ini di tahap ini',
  funnelSteps: {
    apply: 'Mendaftar',
    brief: 'Diterima',
    content: 'Membuat konten',
    revision: 'Revisi',
    post: 'Konten disetujui',
    insight: 'Tayang',
    payment: 'Selesai',
    done: 'Dibayar',
  },
  reachChart: (top: string) => `Grafik batang jangkauan per KOL. ${top}`,
  reachTop: (name: string, reach: string) => `Tertinggi: ${name}, ${reach}.`,
  reachTitle: 'Jangkauan per KOL',
  reachTable: 'Jangkauan per KOL (tabel)',
  noPosts: 'Belum ada postingan yang tayang.',
  perKol: 'Hasil per KOL',
  kol: 'KOL',
  stage: 'Tahap',
  platform: 'Platform',
  post: 'Postingan',
  openPost: (name: string) => `Buka postingan ${name}`,
  fee: 'Fee',
  total: 'Total',
  download: 'Unduh CSV',
  downloaded: (file: string) => `${file} sudah diunduh.`,
  filename: (slug: string) => `laporan-${slug}.csv`,
  empty: 'Belum ada peserta di kampanye ini.',
};

/** The shape of this catalog in every language: `campaign-report.messages.en.ts` is checked against it. */
export type CampaignReportMessages = typeof id;

export const campaignReportMessages = /* @__PURE__ */ defineMessages(id, () =>
  import('./campaign-report.messages.en.js').then((m) => m.default),
);

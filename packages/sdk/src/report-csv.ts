import type { Locale } from './locale.js';
import type { CampaignReport } from './schemas/report.js';
import type { Stage } from './schemas/stage.js';

const COLUMNS = ['participationId', 'kolName', 'stage', 'platform', 'postUrl', 'reach', 'impressions', 'engagements', 'engagementRate', 'fee'] as const;

/** Headings, stage names and the total row, for a spreadsheet a person opens. */
const WORDS = {
  id: {
    columns: ['ID partisipasi', 'KOL', 'Tahap', 'Platform', 'Postingan', 'Jangkauan', 'Tayangan', 'Interaksi', 'Engagement rate (%)', 'Fee (Rp)'],
    total: 'Total',
    summary: (participants: number, posts: number) => `${participants} peserta, ${posts} postingan`,
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
    },
  },
  en: {
    columns: ['Participation ID', 'KOL', 'Stage', 'Platform', 'Post', 'Reach', 'Impressions', 'Engagements', 'Engagement rate (%)', 'Fee (IDR)'],
    total: 'Total',
    summary: (participants: number, posts: number) => `${participants} participants, ${posts} posts`,
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
  },
} satisfies Record<Locale, { columns: string[]; total: string; summary: (p: number, n: number) => string; stage: Record<Stage, string> }>;

export interface CampaignReportCsvOptions {
  /**
   * For a person opening the file in a spreadsheet: headings and stage names in this language, a
   * UTF-8 byte-order mark (so Excel reads the text as UTF-8), and in `id` the `;` separator and
   * decimal comma an Indonesian Excel expects (`en`: `,` and `.`). Without it: the API's field
   * names and stage keys, `,` and `.`, for programs.
   */
  locale?: Locale;
}

/**
 * The report as CSV (RFC 4180, CRLF): one row per participant, then a total row. Made from the
 * JSON the API sends, so the spreadsheet and the screen never disagree.
 */
export function campaignReportCsv(report: CampaignReport, options: CampaignReportCsvOptions = {}): string {
  const { locale } = options;
  const sep = locale === 'id' ? ';' : ',';
  const words = locale ? WORDS[locale] : undefined;
  // A CSV field: quoted when it holds the separator, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets.
  const field = (value: string | number | null): string => {
    if (value === null) return '';
    let text = typeof value === 'number' && locale === 'id' ? String(value).replace('.', ',') : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows: (string | number | null)[][] = [words ? words.columns : [...COLUMNS]];
  for (const p of report.participants) {
    rows.push(COLUMNS.map((column) => (column === 'stage' && words ? words.stage[p.stage] : p[column])));
  }
  const t = report.totals;
  const summary = words ? words.summary(t.participants, t.posts) : `${t.participants} participants, ${t.posts} posts`;
  rows.push([words ? words.total : 'total', summary, null, null, null, t.reach, t.impressions, t.engagements, t.engagementRate, t.feeSpent]);
  return (locale ? '\uFEFF' : '') + rows.map((row) => row.map(field).join(sep)).join('\r\n') + '\r\n';
}

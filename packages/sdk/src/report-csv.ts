import type { CampaignReport } from './schemas/report.js';

const COLUMNS = ['participationId', 'kolName', 'stage', 'platform', 'postUrl', 'reach', 'impressions', 'engagements', 'engagementRate', 'fee'] as const;

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV (RFC 4180, CRLF): one row per participant, then a `total` row. Made from the
 * JSON the API sends, so the spreadsheet and the screen never disagree.
 */
export function campaignReportCsv(report: CampaignReport): string {
  const rows: (string | number | null)[][] = [[...COLUMNS]];
  for (const p of report.participants) rows.push(COLUMNS.map((column) => p[column]));
  const t = report.totals;
  rows.push(['total', `${t.participants} participants, ${t.posts} posts`, null, null, null, t.reach, t.impressions, t.engagements, t.engagementRate, t.feeSpent]);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

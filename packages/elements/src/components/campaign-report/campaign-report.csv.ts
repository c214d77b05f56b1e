import type { Locale } from '@ibusibuk/sdk';
import type { CampaignReport } from '../staff/staff-api.js';

/**
 * The report as CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Indonesian
 * text, and in Indonesian the separator and decimal mark an Indonesian Excel expects
 * (`;` and `,`), in English `,` and `.`.
 */
export function reportCsv(report: CampaignReport, headers: string[], stageName: (s: string) => string, totalLabel: string, locale: Locale): string {
  const sep = locale === 'id' ? ';' : ',';
  const cell = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    const text = typeof v === 'number' ? (locale === 'id' ? String(v).replace('.', ',') : String(v)) : v;
    return text.includes(sep) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows: (string | number | null)[][] = [
    headers,
    ...report.participants.map((p) => [
      p.kolName,
      stageName(p.stage),
      p.platform,
      p.postUrl,
      p.reach,
      p.impressions,
      p.engagements,
      p.engagementRate,
      p.fee,
    ]),
  ];
  const t = report.totals;
  rows.push([totalLabel, '', '', String(t.posts), t.reach, t.impressions, t.engagements, t.engagementRate, t.feeSpent]);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

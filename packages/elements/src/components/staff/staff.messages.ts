import type { Stage } from '@ibusibuk/sdk';
import { defineMessages } from '../../internal/localize.js';

/** Words the staff console's elements share: stages as officers name them, waits, ages, money. */
const id = {
  stage: {
    applied: 'Mendaftar',
    accepted: 'Diterima',
    drafting: 'Membuat draf',
    in_review: 'Draf menunggu ditinjau',
    revision_requested: 'Revisi diminta',
    approved: 'Draf disetujui',
    posted: 'Sudah tayang',
    insight_review: 'Insight menunggu dicek',
    insight_revision_requested: 'Perbaikan insight diminta',
    completed: 'Selesai, menunggu pembayaran',
    rejected: 'Ditolak',
    withdrawn: 'Mengundurkan diri',
    paid: 'Sudah dibayar',
  } satisfies Record<Stage, string>,
  duration: (days: number, hours: number, minutes: number) =>
    days > 0 ? `${days} hari${hours ? ` ${hours} jam` : ''}` : hours > 0 ? `${hours} jam` : `${Math.max(1, minutes)} menit`,
  waited: (d: string) => `Menunggu ${d}`,
  autoApproveIn: (d: string) => `Disetujui otomatis dalam ${d}`,
  autoApproveDue: 'Segera disetujui otomatis',
  age: (months: number) =>
    months < 0 ? 'Belum lahir' : months < 24 ? `${months} bulan` : `${Math.floor(months / 12)} tahun${months % 12 ? ` ${months % 12} bulan` : ''}`,
  noChildren: 'Belum ada data anak',
  followers: (n: string) => `${n} pengikut`,
  loadError: 'Data belum bisa dimuat.',
  notConnected: 'Elemen ini perlu berada di dalam <ibusibuk-provider> dengan sesi staf.',
  tableScroll: (what: string) => `${what} (bisa digeser ke samping)`,
  newTab: '(buka di tab baru)',
  noteOptional: 'Catatan (opsional)',
  noteRequired: 'Catatan wajib diisi.',
  sending: 'Menyimpan…',
};

/** The shape of this catalog in every language: `staff.messages.en.ts` is checked against it. */
export type StaffMessages = typeof id;

export const staffMessages = /* @__PURE__ */ defineMessages(id, () => import('./staff.messages.en.js').then((m) => m.default));

const MINUTE = 60_000;

/** `3 hari 4 jam` / `3 days 4 hours` from milliseconds. */
export function duration(ms: number, t: StaffMessages): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  return t.duration(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}

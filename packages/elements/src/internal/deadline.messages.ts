import type { Deadline } from '@ibusibuk/sdk';
import { defineMessages } from './localize.js';

/** What the campaign's clock says to the KOL, shared by the campaign and its stage elements. */
const id = {
  due: {
    draft: 'Batas kirim draf',
    post: 'Batas unggah',
    insight: 'Batas kirim insight',
    review: 'Tim meninjau paling lambat',
  } satisfies Record<Deadline['kind'], string>,
  line: (label: string, when: string) => `${label}: ${when}`,
  /** Indonesian time-zone name after a time: the campaign runs on Jakarta time. */
  zone: 'WIB',
  late: (days: number) => `Terlambat ${days} hari`,
  window: 'Jendela unggah',
  windowClosedTitle: 'Jendela unggah belum dibuka',
  windowClosedBody: (opens: string) =>
    `Bunda bisa mengunggah konten di akun Bunda dan mengirim tautannya di sini mulai ${opens}. Sampai saat itu, simpan dulu kontennya, ya.`,
  revisionsLeft: (left: number, max: number) => `Revisi tersisa ${left} dari ${max}`,
  sentLate: 'Dikirim terlambat',
  autoApproved: (hours: number) => `Disetujui otomatis karena belum ditinjau dalam ${hours} jam`,
  noteFromTeam: 'Catatan dari tim',
};

/** The shape of this catalog in every language: `deadline.messages.en.ts` is checked against it. */
export type DeadlineMessages = typeof id;

export const deadlineMessages = /* @__PURE__ */ defineMessages(id, () => import('./deadline.messages.en.js').then((m) => m.default));

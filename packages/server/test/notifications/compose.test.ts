import { describe, expect, it } from 'vitest';
import type { Event, Locale, Participation, Stage } from '@ibusibuk/sdk';
import { composeMessage, type NotificationMessage, type Recipient } from '../../src/notifications/index.js';
import { campaign, participation, stageChanged } from '../webhooks/support.js';

const at = '2026-06-05T02:00:00.000Z';
const asEvent = (input: ReturnType<typeof stageChanged>): Event => ({ id: 'evt_test000001', object: 'event', createdAt: at, ...input }) as Event;
const kol = (locale?: Locale): Recipient => ({ role: 'kol', name: 'Siti', email: 'siti@example.com', whatsapp: '+6281234567890', locale });
const officer = (locale?: Locale): Recipient => ({ role: 'officer', name: 'Rina', email: 'rina@orami.example', locale });
const context = { campaign: campaign(), unsubscribeUrl: 'https://ibusibuk.example/berhenti?t=abc', reviewUrl: 'https://po.orami.example/par_test0001' };

const drafted: Partial<Participation> = {
  drafts: [
    { version: 1, caption: 'a', mediaIds: [], note: null, status: 'revision_requested', feedback: 'Tambahkan tagar #MPASIPertama.', submittedAt: at, reviewedAt: at },
    { version: 2, caption: 'b', mediaIds: [], note: null, status: 'in_review', feedback: null, submittedAt: at, reviewedAt: null },
  ],
};

/** After the second draft came back with feedback. */
const revised: Partial<Participation> = {
  drafts: [
    { ...drafted.drafts![0]!, feedback: 'Videonya terlalu gelap.' },
    { ...drafted.drafts![1]!, status: 'revision_requested', feedback: 'Tambahkan tagar #MPASIPertama.', reviewedAt: at },
  ],
};

function kolMessage(from: Stage | null, to: Stage, locale?: Locale, options: Parameters<typeof stageChanged>[2] = {}) {
  return composeMessage(asEvent(stageChanged(from, to, options)), kol(locale), context)!;
}

// Words an Indonesian message must not borrow from English (names of brands and campaigns aside).
const ENGLISH = /\b(draft|brief|insight|link|post|posting|campaign|payout|deadline|review|reviewer|approved|submit|feedback|upload|email|reminder|next|please)\b/i;

/** Text written by us: the message minus campaign, brand and URLs. */
const ours = (m: NotificationMessage) =>
  `${m.subject}\n${m.text}`.replaceAll(context.campaign.title, '').replaceAll(context.campaign.brand.name, '').replace(/https?:\/\/\S+/g, '');

describe('messages to the KOL', () => {
  const cases: [Stage | null, Stage, string][] = [
    ['applied', 'accepted', 'application_accepted'],
    ['applied', 'rejected', 'application_rejected'],
    ['in_review', 'revision_requested', 'revision_requested'],
    ['in_review', 'approved', 'draft_approved'],
    ['insight_review', 'insight_revision_requested', 'insight_fix_requested'],
    ['insight_review', 'completed', 'insight_approved'],
    ['completed', 'paid', 'payout_recorded'],
  ];

  for (const [from, to, kind] of cases) {
    it(`${kind}: in natural Bahasa Indonesia by default, and in English when she chose it`, () => {
      const options = { note: to.includes('revision') ? 'Mohon perbaiki.' : null, participation: { payout: { amount: 1_500_000, status: 'paid' as const, paidAt: at, reference: 'TRX-42' } } };
      const id = kolMessage(from, to, undefined, options);
      const en = kolMessage(from, to, 'en', options);
      expect(id.kind).toBe(kind);
      expect(id.locale).toBe('id');
      expect(en.locale).toBe('en');
      for (const m of [id, en]) {
        expect(m.subject).toContain('MPASI Pertama Si Kecil');
        expect(m.text).toContain('https://www.orami.co.id/magazine/mpasi-pertama');
        expect(m.text).toContain('https://ibusibuk.example/berhenti?t=abc');
        expect(m.whatsapp?.name).toBe(`ibusibuk_${kind}`);
      }
      expect(id.text).toMatch(/^Halo Bunda Siti,/);
      expect(en.text).toMatch(/^Hello Siti,/);
      expect(ours(id)).not.toMatch(ENGLISH);
      expect(id.text).not.toBe(en.text);
    });
  }

  it('asks for a revision with the reviewer’s note and the due date in WIB', () => {
    const m = kolMessage('in_review', 'revision_requested', undefined, { note: 'Tolong sebutkan manfaat produk di 5 detik pertama.', participation: revised });
    expect(m.subject).toBe('Draf Bunda untuk MPASI Pertama Si Kecil perlu sedikit perbaikan');
    expect(m.text).toContain('draf ke-2');
    expect(m.text).toContain('Catatan dari peninjau:\nTolong sebutkan manfaat produk di 5 detik pertama.');
    // draftDue 2026-07-10T16:59Z is 23.59 WIB the same day.
    expect(m.text).toContain('paling lambat Jumat, 10 Juli 2026 pukul 23.59 WIB');
    const en = kolMessage('in_review', 'revision_requested', 'en', { note: 'Mention the product in the first 5 seconds.', participation: revised });
    expect(en.text).toContain('Note from the reviewer:\nMention the product in the first 5 seconds.');
    expect(en.text).toContain('by Friday, 10 July 2026 at 23:59');
  });

  it('falls back to the draft’s feedback when the event carries no note', () => {
    const m = kolMessage('in_review', 'revision_requested', undefined, { participation: revised });
    expect(m.text).toContain('Tambahkan tagar #MPASIPertama.');
  });

  it('turns her down kindly', () => {
    const m = kolMessage('applied', 'rejected');
    expect(m.text).toContain('Terima kasih sudah mendaftar');
    expect(m.text).toContain('Jangan berkecil hati');
    expect(m.text).not.toMatch(/ditolak/);
  });

  it('says when to post once the draft is approved', () => {
    const m = kolMessage('in_review', 'approved');
    expect(m.text).toContain('antara Rabu, 15 Juli 2026 pukul 08.00 WIB dan Senin, 20 Juli 2026 pukul 23.59 WIB');
  });

  it('names the amount and reference of the payout', () => {
    const m = kolMessage('completed', 'paid', undefined, { participation: { payout: { amount: 1_500_000, status: 'paid', paidAt: at, reference: 'TRX-42' } } });
    expect(m.text.replace(/\s/g, ' ')).toContain('Rp 1.500.000');
    expect(m.text).toContain('TRX-42');
  });

  it('links to the campaign page when the application names no page', () => {
    const event = asEvent(stageChanged('applied', 'accepted', { participation: { application: { ...participation().application, attribution: { source: null, utm: {}, pageUrl: null } } } }));
    expect(composeMessage(event, kol(), { ...context, campaignUrl: 'https://brand.example/kampanye' })!.link).toBe('https://brand.example/kampanye');
  });

  it('says nothing to her about moves she made herself', () => {
    for (const [from, to] of [['accepted', 'drafting'], ['drafting', 'in_review'], ['approved', 'posted'], ['applied', 'withdrawn']] as const) {
      expect(composeMessage(asEvent(stageChanged(from, to)), kol(), context), to).toBeNull();
    }
  });
});

describe('deadline reminders', () => {
  const reminder = (daysLeft: number, deadline: 'draft' | 'post' | 'insight', locale?: Locale) =>
    composeMessage(
      { id: 'evt_test000002', object: 'event', createdAt: at, type: 'participation.deadline_approaching', data: { participation: participation({ stage: 'drafting' }), deadline, dueAt: '2026-07-10T16:59:00.000Z', daysLeft } },
      kol(locale),
      context,
    )!;

  it('reminds three days and one day before, with the date', () => {
    expect(reminder(3, 'draft')).toMatchObject({ kind: 'deadline_in_3_days', subject: 'Pengingat: 3 hari lagi untuk mengirim draf konten (MPASI Pertama Si Kecil)' });
    expect(reminder(1, 'draft').kind).toBe('deadline_in_1_day');
    expect(reminder(1, 'post').subject).toBe('Pengingat: besok batas waktu mengunggah konten dan mengirim tautannya (MPASI Pertama Si Kecil)');
    expect(reminder(3, 'insight', 'en').subject).toBe('Reminder: 3 days left to send your post’s performance data (insight) (MPASI Pertama Si Kecil)');
    for (const m of [reminder(3, 'draft'), reminder(1, 'post'), reminder(1, 'insight')]) {
      expect(m.text).toContain('Jumat, 10 Juli 2026 pukul 23.59 WIB');
      expect(ours(m)).not.toMatch(ENGLISH);
    }
  });

  it('says when a deadline has passed', () => {
    const m = composeMessage(
      { id: 'evt_test000003', object: 'event', createdAt: at, type: 'participation.overdue', data: { participation: participation({ stage: 'drafting' }), deadline: 'draft', dueAt: '2026-07-10T16:59:00.000Z' } },
      kol(),
      context,
    )!;
    expect(m.kind).toBe('deadline_overdue');
    expect(m.text).toContain('sudah lewat pada Jumat, 10 Juli 2026 pukul 23.59 WIB');
    expect(ours(m)).not.toMatch(ENGLISH);
  });
});

describe('messages to the officer', () => {
  it('tells of a new application, a new draft and a new insight, with a link to review them', () => {
    const application = composeMessage(asEvent(stageChanged(null, 'applied')), officer(), context)!;
    expect(application).toMatchObject({ kind: 'new_application', subject: 'Pendaftar baru untuk MPASI Pertama Si Kecil: Siti Rahma', link: context.reviewUrl });
    expect(application.text).toMatch(/^Halo Rina,/);
    expect(application.text).toContain('Siti Rahma dari Bandung');
    const draft = composeMessage(asEvent(stageChanged('revision_requested', 'in_review', { participation: drafted })), officer('en'), context)!;
    expect(draft).toMatchObject({ kind: 'draft_submitted', subject: 'Draft 2 from Siti Rahma for MPASI Pertama Si Kecil' });
    const insight = composeMessage(asEvent(stageChanged('posted', 'insight_review')), officer(), context)!;
    expect(insight.kind).toBe('insight_submitted');
    for (const m of [application, insight]) expect(ours(m)).not.toMatch(ENGLISH);
  });

  it('gets no message meant for the KOL', () => {
    expect(composeMessage(asEvent(stageChanged('applied', 'accepted')), officer(), context)).toBeNull();
  });
});

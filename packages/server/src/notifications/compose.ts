import type { Campaign, Event, Locale, Participation, WebhookEndpoint } from '@ibusibuk/sdk';
import { formatDateTime, formatRupiah } from './format.js';
import type { MessageKind, NotificationMessage, Recipient } from './message.js';
import { FRAME, TEXTS, type Facts } from './texts.js';

/** What a message needs besides the event. */
export interface ComposeContext {
  /** The campaign of the event's participation. */
  campaign: Campaign;
  /** Where the recipient can stop these messages (email `List-Unsubscribe`). */
  unsubscribeUrl?: string | null;
  /** KOLs: the campaign page, when the application does not say which page she applied on. */
  campaignUrl?: string | null;
  /** Officers: where to review the participation. */
  reviewUrl?: string | null;
  /** Default Asia/Jakarta (WIB). */
  timeZone?: string;
}

type ComposedKind = Exclude<MessageKind, 'webhook_endpoint_disabled' | 'sign_in_code'>;

/** Which message, if any, an event means for someone in `role`. */
export function kindOf(event: Event, role: Recipient['role']): ComposedKind | null {
  switch (event.type) {
    case 'participation.stage_changed': {
      const { previousStage: from, participation } = event.data;
      const to = participation.stage;
      if (role === 'kol') {
        if (to === 'accepted' && from === 'applied') return 'application_accepted';
        if (to === 'rejected') return 'application_rejected';
        if (to === 'revision_requested') return 'revision_requested';
        if (to === 'approved') return 'draft_approved';
        if (to === 'insight_revision_requested') return 'insight_fix_requested';
        if (to === 'completed') return 'insight_approved';
        if (to === 'paid') return 'payout_recorded';
      }
      if (role === 'officer') {
        if (to === 'applied' && from === null) return 'new_application';
        if (to === 'in_review') return 'draft_submitted';
        if (to === 'insight_review') return 'insight_submitted';
      }
      return null;
    }
    case 'participation.deadline_approaching':
      if (role !== 'kol') return null;
      return event.data.daysLeft > 1 ? 'deadline_in_3_days' : 'deadline_in_1_day';
    case 'participation.overdue':
      return role === 'kol' ? 'deadline_overdue' : null;
    default:
      return null;
  }
}

/**
 * The message `event` means for `recipient`, in her language (Bahasa Indonesia unless she
 * chose English), or null when it does not concern her: the campaign, what happened, the
 * reviewer's note, what comes next and by when (in WIB), and a link back to the page she
 * applied on.
 */
export function composeMessage(event: Event, recipient: Recipient, context: ComposeContext): NotificationMessage | null {
  const kind = kindOf(event, recipient.role);
  if (!kind || !('participation' in event.data)) return null;
  const locale: Locale = recipient.locale ?? 'id';
  const participation = event.data.participation;
  const facts = factsOf(event, kind, participation, context, locale);
  const text = TEXTS[locale][kind](facts);
  const link =
    recipient.role === 'kol'
      ? (participation.application.attribution.pageUrl ?? context.campaignUrl ?? null)
      : (context.reviewUrl ?? null);
  const name = recipient.role === 'kol' ? (recipient.name ?? participation.application.profile.name ?? null) : recipient.name;
  return {
    kind,
    locale,
    to: { name, email: recipient.email, whatsapp: recipient.whatsapp ?? null },
    subject: text.subject,
    text: frame(locale, recipient.role, name, [text.happened], facts.note, text.next, link, context.unsubscribeUrl ?? null),
    link,
    unsubscribeUrl: context.unsubscribeUrl ?? null,
    whatsapp: {
      name: `ibusibuk_${kind}`,
      language: locale,
      params: [name ?? '', facts.campaign, whatsAppDetail(kind, facts), link ?? ''],
    },
  };
}

function factsOf(
  event: Event,
  kind: ComposedKind,
  participation: Participation,
  context: ComposeContext,
  locale: Locale,
): Facts {
  const { campaign } = context;
  const date = (iso: string) => formatDateTime(iso, locale, context.timeZone);
  const timeline = campaign.timeline;
  const deadline = 'deadline' in event.data ? event.data.deadline : 'draft';
  const dueOf = {
    draft: timeline.draftDue,
    post: timeline.postWindow.end,
    insight: timeline.insightDue,
  } as const;
  const due: Partial<Record<ComposedKind, string>> = {
    application_accepted: timeline.draftDue,
    revision_requested: timeline.draftDue,
    insight_fix_requested: timeline.insightDue,
    new_application: timeline.applyBy,
    deadline_in_3_days: 'dueAt' in event.data ? event.data.dueAt : dueOf[deadline],
    deadline_in_1_day: 'dueAt' in event.data ? event.data.dueAt : dueOf[deadline],
    deadline_overdue: 'dueAt' in event.data ? event.data.dueAt : dueOf[deadline],
  };
  const lastDraft = participation.drafts[participation.drafts.length - 1];
  const lastInsight = participation.insights[participation.insights.length - 1];
  const eventNote = event.type === 'participation.stage_changed' ? event.data.note : null;
  const note =
    kind === 'revision_requested'
      ? (eventNote ?? lastDraft?.feedback ?? null)
      : kind === 'insight_fix_requested'
        ? (eventNote ?? lastInsight?.officerNote ?? null)
        : kind === 'application_rejected'
          ? eventNote
          : null;
  const dueAt = due[kind];
  return {
    campaign: campaign.title,
    brand: campaign.brand.name,
    kolName: participation.application.profile.name,
    kolCity: participation.application.profile.city,
    note: note?.trim() || null,
    due: dueAt ? date(dueAt) : null,
    postStart: date(timeline.postWindow.start),
    postEnd: date(timeline.postWindow.end),
    amount: participation.payout ? formatRupiah(participation.payout.amount, locale) : null,
    reference: participation.payout?.reference ?? null,
    draftVersion: lastDraft?.version ?? 1,
    deadline,
    daysLeft: 'daysLeft' in event.data ? event.data.daysLeft : 0,
    paid: campaign.compensation.type !== 'barter' && campaign.compensation.fee > 0,
  };
}

/** The one changing detail of a WhatsApp template (parameter {{3}}). */
function whatsAppDetail(kind: ComposedKind, facts: Facts): string {
  switch (kind) {
    case 'revision_requested':
    case 'insight_fix_requested':
      return [facts.note, facts.due].filter(Boolean).join(' · ');
    case 'draft_approved':
      return `${facts.postStart} – ${facts.postEnd}`;
    case 'payout_recorded':
      return facts.amount ?? '';
    case 'draft_submitted':
      return String(facts.draftVersion);
    case 'insight_submitted':
      return facts.kolName;
    case 'new_application':
      return `${facts.kolName}, ${facts.kolCity}`;
    default:
      return facts.due ?? '';
  }
}

function frame(
  locale: Locale,
  role: Recipient['role'],
  name: string | null,
  happened: string[],
  note: string | null,
  next: string,
  link: string | null,
  unsubscribeUrl: string | null,
): string {
  const f = FRAME[locale];
  const parts = [f.greeting(role, name), ...happened];
  if (note) parts.push(`${f.note}\n${note}`);
  parts.push(next);
  if (link) parts.push(`${f.link(role)} ${link}`);
  parts.push(f.signOff);
  if (unsubscribeUrl) parts.push(`${f.unsubscribe} ${unsubscribeUrl}`);
  return `${parts.join('\n\n')}\n`;
}

const DISABLED: Record<Locale, (url: string, since: string) => { subject: string; happened: string; next: string }> = {
  id: (url, since) => ({
    subject: `Webhook ke ${url} kami hentikan`,
    happened: `Sejak ${since}, setiap pengiriman webhook ke ${url} gagal, jadi alamat ini kami nonaktifkan. Peristiwa baru tidak lagi dikirim ke sana.`,
    next: 'Langkah berikutnya: periksa penerimanya (jawaban 2xx dalam 10 detik, tanda tangan yang benar), lalu aktifkan kembali dengan status "enabled".',
  }),
  en: (url, since) => ({
    subject: `We stopped sending webhooks to ${url}`,
    happened: `Every webhook delivery to ${url} has failed since ${since}, so we disabled this endpoint. New events are no longer sent there.`,
    next: 'Next: fix the receiver (a 2xx answer within 10 seconds, a correct signature check), then switch it back on with status "enabled".',
  }),
};

/** Tells a webhook endpoint's owner that it was disabled after failing for days. */
export function composeEndpointDisabled(
  endpoint: WebhookEndpoint,
  failingSince: Date,
  recipient: Recipient,
  options: { timeZone?: string; link?: string | null } = {},
): NotificationMessage {
  const locale = recipient.locale ?? 'id';
  const text = DISABLED[locale](endpoint.url, formatDateTime(failingSince, locale, options.timeZone));
  const link = options.link ?? null;
  return {
    kind: 'webhook_endpoint_disabled',
    locale,
    to: { name: recipient.name, email: recipient.email, whatsapp: null },
    subject: text.subject,
    text: frame(locale, 'owner', recipient.name, [text.happened], null, text.next, link, null),
    link,
    unsubscribeUrl: null,
    whatsapp: null,
  };
}

const SIGN_IN: Record<Locale, (code: string) => { subject: string; text: string }> = {
  id: (code) => ({
    subject: `Kode masuk Ibu Sibuk: ${code}`,
    text: `Kode masuk Bunda: ${code}\n\nKode ini berlaku 10 menit. Jangan berikan kode ini kepada siapa pun.\n`,
  }),
  en: (code) => ({
    subject: `Your Ibu Sibuk sign-in code: ${code}`,
    text: `Your sign-in code: ${code}\n\nIt is valid for 10 minutes. Never share it with anyone.\n`,
  }),
};

/** A sign-in code: always by email, never WhatsApp, whatever her preferences. */
export function composeSignInCode(email: string, code: string, locale: Locale = 'id'): NotificationMessage {
  const text = SIGN_IN[locale](code);
  return {
    kind: 'sign_in_code',
    locale,
    to: { name: null, email, whatsapp: null },
    subject: text.subject,
    text: text.text,
    link: null,
    unsubscribeUrl: null,
    whatsapp: null,
    code,
  };
}

import type { Locale } from '@ibusibuk/sdk';

/** Every message the API sends people. */
export type MessageKind =
  // to the KOL
  | 'application_accepted'
  | 'application_rejected'
  | 'revision_requested'
  | 'draft_approved'
  | 'insight_fix_requested'
  | 'insight_approved'
  | 'payout_recorded'
  | 'deadline_in_3_days'
  | 'deadline_in_1_day'
  | 'deadline_overdue'
  // to the officer
  | 'new_application'
  | 'draft_submitted'
  | 'insight_submitted'
  // to a webhook endpoint's owner
  | 'webhook_endpoint_disabled'
  // sign-in: always by email
  | 'sign_in_code';

/** Who a message is for. `locale` defaults to Bahasa Indonesia. */
export interface Recipient {
  role: 'kol' | 'officer' | 'owner';
  name: string | null;
  email: string;
  /** +62… ; null when she gave none. */
  whatsapp?: string | null;
  locale?: Locale;
}

/** A WhatsApp Business template message: name, language and body parameters (docs/notifications.md). */
export interface WhatsAppTemplate {
  name: string;
  language: 'id' | 'en';
  params: string[];
}

/** One message, written for one person in her language, ready for any transport. */
export interface NotificationMessage {
  kind: MessageKind;
  locale: Locale;
  to: { name: string | null; email: string; whatsapp: string | null };
  subject: string;
  /** The whole message as plain text (email body, dev outbox). */
  text: string;
  /** The page to go back to, when there is one. */
  link: string | null;
  /** Where to stop these messages (email's `List-Unsubscribe`); null when not offered. */
  unsubscribeUrl: string | null;
  /** The same message as a WhatsApp template; null for messages that never go by WhatsApp. */
  whatsapp: WhatsAppTemplate | null;
  /** The sign-in code, for `sign_in_code` messages only (the dev outbox shows it). */
  code?: string | null;
}

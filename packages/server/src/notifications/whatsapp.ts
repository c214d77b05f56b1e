import type { NotificationMessage, WhatsAppTemplate } from './message.js';
import type { Transport } from './transport.js';

/**
 * Sends template messages to WhatsApp numbers. A production one would call the WhatsApp
 * Business Cloud API (`POST /{phone-number-id}/messages`, type `template`); the mapping of our
 * messages onto templates is in docs/notifications.md. Only messages with a template go.
 */
export interface WhatsAppTransport extends Transport {
  readonly channel: 'whatsapp';
}

/** A WhatsApp message as it would be sent. */
export interface SentWhatsApp {
  to: string;
  template: WhatsAppTemplate;
  /** The text the template renders to, for reading in dev. */
  text: string;
}

/** Keeps WhatsApp messages instead of sending them (dev mode and tests). */
export class DevWhatsAppTransport implements WhatsAppTransport {
  readonly channel = 'whatsapp' as const;
  readonly sent: SentWhatsApp[] = [];

  async send(message: NotificationMessage): Promise<void> {
    if (!message.to.whatsapp || !message.whatsapp) throw new Error(`no WhatsApp number or template for ${message.kind}`);
    this.sent.push({ to: message.to.whatsapp, template: message.whatsapp, text: message.text });
  }
}

/** The Cloud API request body for a message (what a real transport would POST). */
export function cloudApiBody(message: NotificationMessage): unknown {
  if (!message.to.whatsapp || !message.whatsapp) return null;
  return {
    messaging_product: 'whatsapp',
    to: message.to.whatsapp.replace(/^\+/, ''),
    type: 'template',
    template: {
      name: message.whatsapp.name,
      language: { code: message.whatsapp.language },
      components: [
        { type: 'body', parameters: message.whatsapp.params.slice(0, 3).map((text) => ({ type: 'text', text: text || '-' })) },
        ...(message.whatsapp.params[3]
          ? [{ type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: message.whatsapp.params[3] }] }]
          : []),
      ],
    },
  };
}

import type { NotificationMessage } from './message.js';
import type { Transport } from './transport.js';
import type { WhatsAppTransport } from './whatsapp.js';

export interface Channels {
  /** Email, or the dev outbox in dev mode. */
  email: Transport;
  /** Absent when WhatsApp is not set up. */
  whatsapp?: WhatsAppTransport | null;
}

export interface Preferences {
  /** The KOL's choice; false turns WhatsApp off for her. Default true. */
  whatsapp?: boolean;
}

export type Channel = 'email' | 'whatsapp';

/** The channels a message goes by: email always; WhatsApp too when she has a number and did not turn it off. */
export function channelsFor(message: NotificationMessage, preferences: Preferences, whatsappReady: boolean): Channel[] {
  const channels: Channel[] = ['email'];
  if (
    whatsappReady &&
    message.kind !== 'sign_in_code' &&
    message.whatsapp &&
    message.to.whatsapp &&
    preferences.whatsapp !== false
  ) {
    channels.push('whatsapp');
  }
  return channels;
}

/** Sends `message` by every channel it should take; returns those that took it. One failing channel does not stop the other. */
export async function deliver(message: NotificationMessage, channels: Channels, preferences: Preferences = {}): Promise<Channel[]> {
  const chosen = channelsFor(message, preferences, Boolean(channels.whatsapp));
  const results = await Promise.allSettled(
    chosen.map((channel) => (channel === 'email' ? channels.email : channels.whatsapp!).send(message)),
  );
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length === chosen.length) throw failures[0];
  return chosen.filter((_, i) => results[i]!.status === 'fulfilled');
}

import type { Event } from '@ibusibuk/sdk';
import type { Services } from '../services.js';
import { composeMessage } from './compose.js';
import type { NotificationMessage, Recipient } from './message.js';
import { deliver, type Channels } from './notifier.js';

export interface TellOptions {
  channels: Channels;
  /** Who hears of applications and submissions on the officers' side; null: nobody. */
  officer: Recipient | null;
}

/** The messages an event means: to the KOL it concerns, in her language, and to the officer. */
async function messagesOf(services: Services, event: Event, officer: Recipient | null): Promise<{ message: NotificationMessage; whatsapp: boolean }[]> {
  if (!('participation' in event.data)) return [];
  const participation = event.data.participation;
  const campaign = await services.store.getCampaign(participation.campaignId);
  if (!campaign) return [];
  const out: { message: NotificationMessage; whatsapp: boolean }[] = [];
  const contact = await services.store.kolContact(participation.kolId);
  if (contact) {
    const kol: Recipient = { role: 'kol', name: contact.name, email: contact.email, whatsapp: contact.whatsapp, locale: contact.locale };
    const message = composeMessage(event, kol, { campaign });
    if (message) out.push({ message, whatsapp: !contact.whatsappOptOut });
  }
  if (officer) {
    const message = composeMessage(event, officer, { campaign });
    if (message) out.push({ message, whatsapp: true });
  }
  return out;
}

/** How long a process holds the events it is telling before another may take them (it crashed). */
export const TELL_CLAIM_MS = 5 * 60_000;

/**
 * Tells people what happened: claims the events not yet told (oldest first; with several
 * processes on one database each event is claimed by one), sends each one's messages, and marks
 * it told. An event whose sending fails is given back untold, with those after it, and tried
 * again at the next run (at least once: a message can repeat after a failure, never be lost).
 */
export async function tellPendingEvents(services: Services, options: TellOptions): Promise<number> {
  const now = services.clock.now();
  const claimed = await services.store.claimEventsToNotify(50, now, new Date(now.getTime() + TELL_CLAIM_MS));
  let told = 0;
  for (const event of claimed) {
    try {
      for (const { message, whatsapp } of await messagesOf(services, event, options.officer)) {
        await deliver(message, options.channels, { whatsapp });
      }
    } catch (error) {
      console.error(`notifications: ${event.id} not sent yet:`, error);
      await services.store.releaseEventClaims(claimed.slice(told).map((untold) => untold.id));
      break;
    }
    await services.store.markNotified([event.id], services.clock.now());
    told++;
  }
  return told;
}

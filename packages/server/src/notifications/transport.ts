import type { NotificationMessage } from './message.js';

/** Sends messages by one channel. Throws when the message could not be handed over. */
export interface Transport {
  send(message: NotificationMessage): Promise<void>;
}

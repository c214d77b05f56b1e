import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { NotificationMessage } from './message.js';
import type { Transport } from './transport.js';

/** Keeps messages in the dev outbox (`GET /v1/dev/outbox`) instead of sending them. */
export class DevOutboxTransport implements Transport {
  readonly #store: Pick<Store, 'addOutboxMessage'>;
  readonly #clock: Clock;

  constructor(store: Pick<Store, 'addOutboxMessage'>, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  async send(message: NotificationMessage): Promise<void> {
    await this.#store.addOutboxMessage({
      to: message.to.email,
      subject: message.subject,
      text: message.text,
      code: message.code ?? null,
      sentAt: this.#clock.now(),
    });
  }
}

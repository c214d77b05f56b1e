import type { Clock } from './clock.js';
import type { Transport } from './notifications/transport.js';
import type { Store } from './store/store.js';
import type { WebhookStore } from './webhooks/webhook-store.js';
import type { MediaSigner } from './uploads/signing.js';
import type { UploadStorage } from './uploads/storage.js';

export interface Limits {
  jsonBytes: number;
  imageBytes: number;
  videoBytes: number;
}

/** What every route needs, built once per app. */
export interface Services {
  /** Email to people (an SMTP server, or the dev outbox in dev mode). */
  mail: Transport;
  store: Store;
  /** Events, webhook endpoints and their deliveries (the same database as `store`). */
  webhooks: WebhookStore;
  clock: Clock;
  dev: boolean;
  uploads: UploadStorage;
  signer: MediaSigner;
  mediaUrlTtlSeconds: number;
  /** `/media/:id` streams the bytes, or redirects to the object storage's own signed URL. */
  mediaDelivery: 'stream' | 'redirect';
  limits: Limits;
  /** Origin patterns of every publishable key: CORS answers these. */
  corsOrigins: () => readonly string[];
  /** Parse every response with its SDK schema before sending (on in dev mode). */
  checkResponses: boolean;
}

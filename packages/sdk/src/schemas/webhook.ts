import * as z from 'zod/mini';
import { Timestamp, listOf, prefixedId } from './common.js';
import { EventId } from './event.js';

// Webhook endpoints and their deliveries (Standard Webhooks). Request bodies are in webhook.input.ts.

export const WebhookEndpointId = prefixedId('we');
export const WebhookDeliveryId = prefixedId('wdl');

export const WebhookEndpointStatus = z.enum(['enabled', 'disabled']);
export type WebhookEndpointStatus = z.infer<typeof WebhookEndpointStatus>;

/** A URL that receives signed events. */
export const WebhookEndpoint = z.object({
  id: WebhookEndpointId,
  object: z.literal('webhook_endpoint'),
  url: z.string(),
  /** Event types sent to it; `'*'` is every type. */
  events: z.array(z.string()),
  description: z.nullable(z.string()),
  /** `disabled` by its owner, or by the API after five days of failed deliveries. */
  status: WebhookEndpointStatus,
  createdAt: Timestamp,
  /** The signing secret (`whsec_…`): sent once, in the answer to create. */
  secret: z.optional(z.string()),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const WebhookEndpointList = listOf(WebhookEndpoint);
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

export const WebhookDeliveryStatus = z.enum(['pending', 'succeeded', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One event on its way to one endpoint: retried on a schedule until it succeeds or gives up. */
export const WebhookDelivery = z.object({
  id: WebhookDeliveryId,
  object: z.literal('webhook_delivery'),
  eventId: EventId,
  endpointId: WebhookEndpointId,
  /** Attempts made so far (0 before the first). */
  attempt: z.number().check(z.int()),
  status: WebhookDeliveryStatus,
  /** HTTP status of the last attempt; null before one, or when no answer came. */
  responseStatus: z.nullable(z.number().check(z.int())),
  /** Why the last attempt failed, e.g. `timeout after 10000 ms`; null when it succeeded. */
  error: z.nullable(z.string()),
  attemptedAt: z.nullable(Timestamp),
  /** When the next attempt is due; null once succeeded or failed for good. */
  nextAttemptAt: z.nullable(Timestamp),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryList = listOf(WebhookDelivery);
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

/** Answer to `DELETE /v1/webhook_endpoints/:id`. */
export const WebhookEndpointDeleted = z.object({
  id: WebhookEndpointId,
  object: z.literal('webhook_endpoint'),
  deleted: z.literal(true),
});
export type WebhookEndpointDeleted = z.infer<typeof WebhookEndpointDeleted>;

import * as z from 'zod/mini';
import { PageParams, optionalText } from './common.input.js';
import { ParticipationId } from './common.js';
import { EventType } from './event.js';

// Request bodies and query params of events and webhook endpoints.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `https:`, or plain `http:` to this machine only (a receiver under development). */
export const WebhookUrl = z.string().check(
  z.trim(),
  z.maxLength(2048),
  z.refine((text) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return false;
    }
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  }, { error: 'url' }),
);

/** Event types an endpoint subscribes to: known types, or `'*'` for all. */
export const WebhookEventTypes = z.array(z.union([EventType, z.literal('*')])).check(z.minLength(1), z.maxLength(20));

/** Body of `POST /v1/webhook_endpoints`. */
export const WebhookEndpointCreateInput = z.object({
  url: WebhookUrl,
  events: WebhookEventTypes,
  description: optionalText(500),
});
export type WebhookEndpointCreateInput = z.input<typeof WebhookEndpointCreateInput>;

/** Body of `PATCH /v1/webhook_endpoints/:id`: any of the create fields, and `status` to switch it off or back on. */
export const WebhookEndpointUpdateInput = z.object({
  url: z.optional(WebhookUrl),
  events: z.optional(WebhookEventTypes),
  description: optionalText(500),
  status: z.optional(z.enum(['enabled', 'disabled'])),
});
export type WebhookEndpointUpdateInput = z.input<typeof WebhookEndpointUpdateInput>;

/** Query of `GET /v1/events`. */
export const EventListParams = z.extend(PageParams, {
  type: z.optional(EventType),
  participationId: z.optional(ParticipationId),
});
export type EventListParams = z.input<typeof EventListParams>;

/** Query of `GET /v1/webhook_endpoints` and `GET /v1/webhook_endpoints/:id/deliveries`. */
export const WebhookListParams = PageParams;
export type WebhookListParams = z.input<typeof WebhookListParams>;

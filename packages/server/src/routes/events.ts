import {
  EventList,
  EventListParams,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointCreateInput,
  WebhookEndpointDeleted,
  WebhookEndpointList,
  WebhookEndpointUpdateInput,
  WebhookListParams,
} from '@ibusibuk/sdk';
import { notFound } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';
import type { WebhookScope } from '../webhooks/webhook-store.js';
import type { Caller } from '../http/env.js';
import { scopeOf } from '../http/scope.js';

/** Events and endpoints a caller may see: an Orami officer's key every brand's, a brand's key its own. */
const webhookScope = (caller: Caller): WebhookScope => ({ brandId: scopeOf(caller).brandId ?? null });

/** `GET /v1/events` and the webhook endpoints that receive them (Standard Webhooks). */
export function eventRoutes(services: Services): Route[] {
  const { webhooks, clock } = services;
  const endpointOr404 = <T>(found: T | null | false): T => {
    if (!found) throw notFound(m.webhookEndpointNotFound);
    return found;
  };
  return [
    route({
      method: 'get',
      path: '/v1/events',
      tag: 'Events',
      summary: 'What happened, newest first: every change of stage, campaign publish and close, reminder and overdue mark.',
      description: 'Each event was written in the same transaction as its change. Filter by `type` or `participationId`.',
      access: 'officer',
      query: EventListParams,
      response: EventList,
      handle: async (_c, { caller, query }) => ({
        object: 'list' as const,
        ...(await webhooks.listEvents(
          { ...webhookScope(caller), type: query.type, participationId: query.participationId },
          { limit: query.limit ?? 20, cursor: query.cursor },
        )),
      }),
    }),
    route({
      method: 'post',
      path: '/v1/webhook_endpoints',
      tag: 'Events',
      summary: 'Register a URL to receive events, signed by the Standard Webhooks scheme; the answer holds its `whsec_…` secret, once.',
      access: 'officer',
      body: WebhookEndpointCreateInput,
      response: WebhookEndpoint,
      status: 201,
      secret: true,
      handle: async (_c, { caller, body }) =>
        await webhooks.createEndpoint(
          { url: body.url, events: body.events, description: body.description ?? null, brandId: webhookScope(caller).brandId },
          clock.now(),
        ),
    }),
    route({
      method: 'get',
      path: '/v1/webhook_endpoints',
      tag: 'Events',
      summary: 'Webhook endpoints, newest first (without their secrets).',
      access: 'officer',
      query: WebhookListParams,
      response: WebhookEndpointList,
      handle: async (_c, { caller, query }) => ({
        object: 'list' as const,
        ...(await webhooks.listEndpoints(webhookScope(caller), { limit: query.limit ?? 20, cursor: query.cursor })),
      }),
    }),
    route({
      method: 'get',
      path: '/v1/webhook_endpoints/:id',
      tag: 'Events',
      summary: 'One webhook endpoint (without its secret).',
      access: 'officer',
      response: WebhookEndpoint,
      handle: async (_c, { caller, params }) => endpointOr404(await webhooks.getEndpoint(params.id!, webhookScope(caller))),
    }),
    route({
      method: 'patch',
      path: '/v1/webhook_endpoints/:id',
      tag: 'Events',
      summary: 'Change an endpoint’s URL, events or description, or disable and enable it.',
      access: 'officer',
      body: WebhookEndpointUpdateInput,
      response: WebhookEndpoint,
      handle: async (_c, { caller, params, body }) => endpointOr404(await webhooks.updateEndpoint(params.id!, body, clock.now(), webhookScope(caller))),
    }),
    route({
      method: 'delete',
      path: '/v1/webhook_endpoints/:id',
      tag: 'Events',
      summary: 'Delete an endpoint; it receives nothing more, pending deliveries included.',
      access: 'officer',
      response: WebhookEndpointDeleted,
      handle: async (_c, { caller, params }) => {
        endpointOr404(await webhooks.deleteEndpoint(params.id!, webhookScope(caller)));
        return { id: params.id!, object: 'webhook_endpoint' as const, deleted: true as const };
      },
    }),
    route({
      method: 'get',
      path: '/v1/webhook_endpoints/:id/deliveries',
      tag: 'Events',
      summary: 'Deliveries to an endpoint, newest first: attempts, the last answer, the next attempt.',
      access: 'officer',
      query: WebhookListParams,
      response: WebhookDeliveryList,
      handle: async (_c, { caller, params, query }) => ({
        object: 'list' as const,
        ...endpointOr404(await webhooks.listDeliveries(params.id!, webhookScope(caller), { limit: query.limit ?? 20, cursor: query.cursor })),
      }),
    }),
  ];
}

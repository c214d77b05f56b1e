import type { Event, EventType, WebhookDelivery, WebhookEndpoint, WebhookEndpointStatus } from '@ibusibuk/sdk';
import type { PageBody } from '@ibusibuk/sdk';
import type { PageRequest } from '../store/store.js';

/** Whose endpoints and events a caller sees: one brand's (a brand-restricted key), or all (`brandId: null`). */
export interface WebhookScope {
  brandId: string | null;
}

export interface NewWebhookEndpoint {
  url: string;
  /** Event types, or `'*'`. */
  events: readonly string[];
  description: string | null;
  /** The brand whose events it receives; null for every brand (Orami's officer keys). */
  brandId: string | null;
}

export interface WebhookEndpointChange {
  url?: string;
  events?: readonly string[];
  description?: string | null;
  status?: WebhookEndpointStatus;
}

export interface EventFilter extends WebhookScope {
  type?: EventType;
  participationId?: string;
}

/** A delivery taken for an attempt: what to send, where, and with which secret. */
export interface DueDelivery {
  id: string;
  /** Attempts already made. */
  attempt: number;
  eventId: string;
  /** The event's JSON exactly as sent on every attempt. */
  body: string;
  endpoint: { id: string; url: string; secret: string };
}

export interface AttemptResult {
  deliveryId: string;
  endpointId: string;
  at: Date;
  ok: boolean;
  responseStatus: number | null;
  /** A bounded start of the answer's body, kept for debugging. */
  responseBody: string | null;
  error: string | null;
  /** When to try again; null when this was the last attempt (or it succeeded). */
  nextAttemptAt: Date | null;
}

/**
 * Rows of the webhook machinery. Reads and writes for routes (endpoints, events,
 * deliveries) and for the dispatcher (claim due deliveries, record attempts).
 * Events themselves are written by `recordEvent`, inside the transaction of each change.
 */
export interface WebhookStore {
  /** The new endpoint, with its secret: the only answer that shows it. */
  createEndpoint(input: NewWebhookEndpoint, at: Date): Promise<WebhookEndpoint & { secret: string }>;
  getEndpoint(id: string, scope: WebhookScope): Promise<WebhookEndpoint | null>;
  listEndpoints(scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookEndpoint>>;
  /** Null when there is no such endpoint in scope. Enabling a disabled endpoint clears its failure streak. */
  updateEndpoint(id: string, change: WebhookEndpointChange, at: Date, scope: WebhookScope): Promise<WebhookEndpoint | null>;
  /** Deletes the endpoint and its deliveries; false when there is none in scope. */
  deleteEndpoint(id: string, scope: WebhookScope): Promise<boolean>;
  /** Deliveries to one endpoint, newest first (null when the endpoint is not in scope). */
  listDeliveries(endpointId: string, scope: WebhookScope, page: PageRequest): Promise<PageBody<WebhookDelivery> | null>;

  getEvent(id: string): Promise<Event | null>;
  /** Events newest first. */
  listEvents(filter: EventFilter, page: PageRequest): Promise<PageBody<Event>>;

  /**
   * Pending deliveries due at `now` to enabled endpoints, oldest first, at most `limit`; each is leased
   * until `leaseUntil` (its next attempt time moves there) so that no other run takes it meanwhile.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]>;
  /**
   * Writes one attempt's outcome onto its delivery and the endpoint's failure streak.
   * Returns when the endpoint's unbroken run of failures began (null after a success).
   */
  recordAttempt(result: AttemptResult): Promise<{ failingSince: Date | null }>;
  /** Disables the endpoint and gives up its pending deliveries; returns it (null when already gone). */
  disableEndpoint(id: string, at: Date, reason: string): Promise<WebhookEndpoint | null>;
}

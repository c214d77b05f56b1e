import type Database from 'better-sqlite3';
import type { Event, EventOf, EventType } from '@ibusibuk/sdk';
import { randomText } from '../ids.js';
import { statements } from './statements.js';

/** What a change records: a type and the data of that type. */
export type EventInput = { [T in EventType]: Pick<EventOf<T>, 'type' | 'data'> }[EventType];

export const newEventId = (): string => `evt_${randomText(24)}`;
export const newDeliveryId = (): string => `wdl_${randomText(24)}`;

/** The event, as the API lists it and webhooks send it. */
export const eventOf = (id: string, input: EventInput, at: Date): Event =>
  ({ id, object: 'event', type: input.type, createdAt: at.toISOString(), data: input.data }) as Event;

/**
 * Records `input` as an event of the change being committed, and one pending delivery (due
 * at once) per enabled endpoint that subscribes to its type and may see its brand.
 * Call it inside the transaction of that change (the transactional outbox): the event,
 * its deliveries and the change commit or roll back together. Throws outside a transaction.
 */
export function recordEvent(db: Database.Database, input: EventInput, at: Date): Event {
  if (!db.inTransaction) throw new Error('recordEvent runs inside the transaction of the change it records');
  const sql = statements(db);
  const id = newEventId();
  const { participationId, campaignId } = subjectOf(input);
  const createdAt = at.toISOString();
  sql('INSERT INTO events (id, type, created_at, data, participation_id, campaign_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    input.type,
    createdAt,
    JSON.stringify(input.data),
    participationId,
    campaignId,
  );
  const endpoints = sql("SELECT id, events, brand_id FROM webhook_endpoints WHERE status = 'enabled' ORDER BY seq").all() as {
    id: string;
    events: string;
    brand_id: string | null;
  }[];
  let brandId: string | null | undefined;
  const insert = sql(
    "INSERT INTO webhook_deliveries (id, event_id, endpoint_id, status, next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', ?, ?)",
  );
  for (const endpoint of endpoints) {
    const types = JSON.parse(endpoint.events) as string[];
    if (!types.includes('*') && !types.includes(input.type)) continue;
    if (endpoint.brand_id !== null) {
      brandId ??= brandOf(db, input, campaignId);
      if (endpoint.brand_id !== brandId) continue;
    }
    insert.run(newDeliveryId(), id, endpoint.id, createdAt, createdAt);
  }
  return eventOf(id, input, at);
}

export function subjectOf(input: EventInput): { participationId: string | null; campaignId: string | null } {
  if ('participation' in input.data) {
    return { participationId: input.data.participation.id, campaignId: input.data.participation.campaignId };
  }
  return { participationId: null, campaignId: input.data.campaign.id };
}

function brandOf(db: Database.Database, input: EventInput, campaignId: string | null): string | null {
  if ('campaign' in input.data) return input.data.campaign.brand.id;
  if (campaignId === null) return null;
  const row = statements(db)('SELECT brand_id FROM campaigns WHERE id = ?').get(campaignId) as { brand_id: string } | undefined;
  return row?.brand_id ?? null;
}

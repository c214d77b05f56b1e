import type { Event } from '@ibusibuk/sdk';
import { eventOf, newDeliveryId, newEventId, subjectOf, type EventInput } from '../../webhooks/record-event.js';
import type { Queryable } from './database.js';

/**
 * `recordEvent` on PostgreSQL: the event and one pending delivery per enabled endpoint that
 * subscribes to it and may see its brand. `q` is the transaction of the change it records.
 */
export async function recordPgEvent(q: Queryable, input: EventInput, at: Date): Promise<Event> {
  const id = newEventId();
  const { participationId, campaignId } = subjectOf(input);
  const createdAt = at.toISOString();
  await q.query('INSERT INTO events (id, type, created_at, data, participation_id, campaign_id) VALUES (?, ?, ?, ?, ?, ?)', [
    id,
    input.type,
    createdAt,
    JSON.stringify(input.data),
    participationId,
    campaignId,
  ]);
  const endpoints = (await q.query("SELECT id, events, brand_id FROM webhook_endpoints WHERE status = 'enabled' ORDER BY seq")).rows;
  let brandId: string | null | undefined;
  for (const endpoint of endpoints) {
    const types = JSON.parse(String(endpoint.events)) as string[];
    if (!types.includes('*') && !types.includes(input.type)) continue;
    if (endpoint.brand_id !== null) {
      brandId ??= await brandOf(q, input, campaignId);
      if (endpoint.brand_id !== brandId) continue;
    }
    await q.query(
      "INSERT INTO webhook_deliveries (id, event_id, endpoint_id, status, next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', ?, ?)",
      [newDeliveryId(), id, endpoint.id, createdAt, createdAt],
    );
  }
  return eventOf(id, input, at);
}

async function brandOf(q: Queryable, input: EventInput, campaignId: string | null): Promise<string | null> {
  if ('campaign' in input.data) return input.data.campaign.brand.id;
  if (campaignId === null) return null;
  const row = (await q.query('SELECT brand_id FROM campaigns WHERE id = ?', [campaignId])).rows[0];
  return row ? String(row.brand_id) : null;
}

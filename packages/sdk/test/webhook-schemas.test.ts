import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  Event,
  EventList,
  EventListParams,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointCreateInput,
  WebhookEndpointUpdateInput,
  validate,
} from '../src/index.js';
import { campaign, participation } from './support/fixtures.js';

const endpoint = (input: unknown) => validate(WebhookEndpointCreateInput, input);

describe('webhook endpoint input', () => {
  it('accepts an https URL with known event types', () => {
    const result = endpoint({ url: 'https://brand.example/hooks', events: ['participation.stage_changed', 'campaign.closed'] });
    expect(result.success).toBe(true);
  });

  it("accepts '*' for every event type", () => {
    expect(endpoint({ url: 'https://brand.example/hooks', events: ['*'] }).success).toBe(true);
  });

  it('accepts plain http to this machine only', () => {
    expect(endpoint({ url: 'http://localhost:4000/hooks', events: ['*'] }).success).toBe(true);
    expect(endpoint({ url: 'http://127.0.0.1:4000/hooks', events: ['*'] }).success).toBe(true);
    expect(endpoint({ url: 'http://brand.example/hooks', events: ['*'] })).toEqual({
      success: false,
      fields: { url: 'Tautan tidak valid.' },
    });
  });

  it('refuses URLs that are not web addresses or carry credentials', () => {
    for (const url of ['ftp://brand.example/x', 'javascript:alert(1)', 'not a url', 'https://user:pw@brand.example/']) {
      expect(endpoint({ url, events: ['*'] }).success, url).toBe(false);
    }
  });

  it('refuses an empty or unknown list of event types', () => {
    expect(endpoint({ url: 'https://brand.example/hooks', events: [] })).toEqual({
      success: false,
      fields: { events: 'Isi minimal 1.' },
    });
    const unknown = endpoint({ url: 'https://brand.example/hooks', events: ['participation.exploded'] });
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(Object.keys(unknown.fields)).toEqual(['events.0']);
  });

  it('updates any subset, including switching an endpoint off', () => {
    expect(validate(WebhookEndpointUpdateInput, { status: 'disabled' }).success).toBe(true);
    expect(validate(WebhookEndpointUpdateInput, { status: 'paused' }).success).toBe(false);
  });
});

describe('event list params', () => {
  it('coerce the limit from a query string and check the participation id', () => {
    expect(z.parse(EventListParams, { limit: '5', type: 'participation.overdue' })).toEqual({
      limit: 5,
      type: 'participation.overdue',
    });
    expect(validate(EventListParams, { participationId: 'cmp_123456' }).success).toBe(false);
  });
});

describe('events', () => {
  const stageChanged = {
    id: 'evt_abcdef123456',
    object: 'event',
    type: 'participation.stage_changed',
    createdAt: '2026-06-01T03:00:00.000Z',
    data: {
      participation: participation({ stage: 'revision_requested' }),
      previousStage: 'in_review',
      actor: { role: 'officer', id: 'sk_test' },
      note: 'Tolong sebutkan tagar #MPASIPertama.',
    },
  };

  it('parse by type, with the data that type carries', () => {
    const event = z.parse(Event, stageChanged);
    expect(event.type).toBe('participation.stage_changed');
    if (event.type === 'participation.stage_changed') expect(event.data.previousStage).toBe('in_review');
    const published = z.parse(Event, { ...stageChanged, type: 'campaign.published', data: { campaign: campaign() } });
    expect(published.type).toBe('campaign.published');
  });

  it('refuse data that does not match the type', () => {
    expect(z.safeParse(Event, { ...stageChanged, type: 'campaign.closed' }).success).toBe(false);
    expect(z.safeParse(Event, { ...stageChanged, type: 'participation.unknown' }).success).toBe(false);
  });

  it('come in pages', () => {
    const page = z.parse(EventList, { object: 'list', data: [stageChanged], hasMore: false, nextCursor: null });
    expect(page.data).toHaveLength(1);
  });
});

describe('endpoints and deliveries', () => {
  it('show the secret only where the API sends it', () => {
    const shown = {
      id: 'we_abcdef123456',
      object: 'webhook_endpoint',
      url: 'https://brand.example/hooks',
      events: ['*'],
      description: null,
      status: 'enabled',
      createdAt: '2026-06-01T03:00:00.000Z',
    };
    expect(z.parse(WebhookEndpoint, shown).secret).toBeUndefined();
    expect(z.parse(WebhookEndpoint, { ...shown, secret: 'whsec_abc' }).secret).toBe('whsec_abc');
  });

  it('describe a delivery waiting for its next attempt', () => {
    const delivery = z.parse(WebhookDelivery, {
      id: 'wdl_abcdef123456',
      object: 'webhook_delivery',
      eventId: 'evt_abcdef123456',
      endpointId: 'we_abcdef123456',
      attempt: 1,
      status: 'pending',
      responseStatus: 500,
      error: 'HTTP 500',
      attemptedAt: '2026-06-01T03:00:00.000Z',
      nextAttemptAt: '2026-06-01T03:00:05.000Z',
    });
    expect(delivery.status).toBe('pending');
  });
});

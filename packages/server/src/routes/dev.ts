import { Hono } from 'hono';
import { Outbox } from '@ibusibuk/sdk';
import { notFound } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { AppEnv } from '../http/env.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';

/** `GET /v1/dev/outbox?email=`: messages the dev server kept instead of sending, newest first. */
export function devRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/outbox', (c) => {
    if (!services.dev) throw notFound(m.devOnly);
    const email = c.req.query('email')?.trim() || null;
    const data = services.store.listOutbox(email).map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
    return respond(c, Outbox, { object: 'list', data });
  });
  return app;
}

import { Outbox } from '@ibusibuk/sdk';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';

/** `GET /v1/dev/outbox?email=`: messages the dev server kept instead of sending, newest first. */
export function devRoutes(services: Services): Route[] {
  return [
    route({
      method: 'get',
      path: '/v1/dev/outbox',
      tag: 'Dev',
      summary: 'Messages the dev server kept instead of sending (sign-in codes …), newest first; `?email=` filters.',
      access: 'anyone',
      devOnly: true,
      response: Outbox,
      handle: (c) => {
        const email = c.req.query('email')?.trim() || null;
        const data = services.store.listOutbox(email).map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
        return { object: 'list' as const, data };
      },
    }),
  ];
}

import { DevClock, DevClockInput, Outbox } from '@ibusibuk/sdk';
import { isAdjustable } from '../clock.js';
import { invalidTransition } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';

/** What a dev server adds: the outbox of messages it kept, and a clock a person can move forward. */
export function devRoutes(services: Services, tick: () => Promise<{ autoApproved: number; reminders: number; told: number }>): Route[] {
  return [
    route({
      method: 'get',
      path: '/v1/dev/outbox',
      tag: 'Dev',
      summary: 'Messages the dev server kept instead of sending (sign-in codes, reminders …), newest first; `?email=` filters.',
      access: 'anyone',
      devOnly: true,
      response: Outbox,
      handle: async (c) => {
        const email = c.req.query('email')?.trim() || null;
        const data = (await services.store.listOutbox(email)).map((message) => ({ ...message, sentAt: message.sentAt.toISOString() }));
        return { object: 'list' as const, data };
      },
    }),
    route({
      method: 'post',
      path: '/v1/dev/clock',
      tag: 'Dev',
      summary: 'Move the dev server’s clock forward, then let the campaign’s clock run: reminders, automatic approvals, messages.',
      description: 'So a person can watch deadlines pass without waiting. The clock never goes back.',
      access: 'anyone',
      devOnly: true,
      body: DevClockInput,
      response: DevClock,
      errors: ['invalid_transition'],
      handle: async (_c, { body }) => {
        if (!isAdjustable(services.clock)) throw invalidTransition(m.clockNotAdjustable);
        services.clock.advance(body.advanceMs);
        const ticked = await tick();
        return { object: 'clock' as const, now: services.clock.now().toISOString(), ...ticked };
      },
    }),
  ];
}

import { NotificationPreferences, NotificationPreferencesInput, PayoutProfile, PayoutProfileInput } from '@ibusibuk/sdk';
import { presentPayoutProfile } from '../domain/payouts.js';
import { participationFor } from '../http/scope.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';

/** A KOL's own settings: how she is told things, and where her fees go (which her officers read when they transfer). */
export function payoutProfileRoutes(services: Services): Route[] {
  const { store, clock } = services;
  const preferencesOf = async (kolId: string) => {
    const contact = await store.kolContact(kolId);
    return { object: 'notification_preferences' as const, locale: contact?.locale ?? 'id', whatsapp: !(contact?.whatsappOptOut ?? false) };
  };
  return [
    route({
      method: 'get',
      path: '/v1/me/notification-preferences',
      tag: 'Sign-in',
      summary: 'How the signed-in KOL is told what happens: her language, and WhatsApp on or off.',
      access: 'kol',
      response: NotificationPreferences,
      handle: (_c, { caller }) => preferencesOf(caller.kolId),
    }),
    route({
      method: 'put',
      path: '/v1/me/notification-preferences',
      tag: 'Sign-in',
      summary: 'Change her language for messages, or turn WhatsApp off (sign-in codes always go by email).',
      access: 'kol',
      body: NotificationPreferencesInput,
      response: NotificationPreferences,
      handle: async (_c, { caller, body }) => {
        await store.setKolPreferences(caller.kolId, body);
        return preferencesOf(caller.kolId);
      },
    }),
    route({
      method: 'get',
      path: '/v1/me/payout-profile',
      tag: 'Sign-in',
      summary: 'The signed-in KOL’s payout details (bank account or e-wallet) and tax id.',
      access: 'kol',
      response: PayoutProfile,
      handle: async (_c, { caller }) => presentPayoutProfile(await store.getPayoutProfile(caller.kolId)),
    }),
    route({
      method: 'put',
      path: '/v1/me/payout-profile',
      tag: 'Sign-in',
      summary: 'Give or change where fees go, once for every campaign; a tax id (NPWP, or NIK as NPWP) lowers the tax withheld.',
      description: 'Asked at acceptance at the latest, never to apply. A payout already recorded keeps the details it was sent to.',
      access: 'kol',
      body: PayoutProfileInput,
      response: PayoutProfile,
      handle: async (_c, { caller, body }) => presentPayoutProfile(await store.savePayoutProfile(caller.kolId, body, clock.now())),
    }),
    route({
      method: 'get',
      path: '/v1/participations/:id/payout-profile',
      tag: 'Participations',
      summary: 'Officer: where to transfer a participation’s fee (the KOL’s payout details and tax id).',
      access: 'officer',
      permission: 'payouts.record',
      response: PayoutProfile,
      handle: async (_c, { caller, params }) => presentPayoutProfile(await store.getPayoutProfile((await participationFor(services, caller, params.id!)).kolId)),
    }),
  ];
}

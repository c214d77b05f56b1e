import { ApplicationInput, Participation, unmetRequirements } from '@ibusibuk/sdk';
import { applicationFrom, profileFrom, unmetFields } from '../domain/application.js';
import { invalidTransition, notFound, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';

/** `POST /v1/campaigns/:id/applications`: a KOL applies; her profile is saved for next time. */
export function applicationRoutes(services: Services): Route[] {
  const { store, clock } = services;
  return [
    route({
      method: 'post',
      path: '/v1/campaigns/:id/applications',
      tag: 'Participations',
      summary: 'Apply to an open campaign as the signed-in KOL; her profile is saved for next time.',
      description: 'A campaign not open, past `applyBy` or with requirements she does not meet is 400 with `fields`; a second application is 409 `invalid_transition`.',
      access: 'kol',
      body: ApplicationInput,
      response: Participation,
      status: 201,
      errors: ['invalid_transition'],
      handle: async (c, { caller, body: input, params }) => {
        const campaign = await store.getCampaign(params.id!);
        if (!campaign || campaign.status === 'draft') throw notFound(m.campaignNotFound);
        if (await store.findParticipation(campaign.id, caller.kolId)) throw invalidTransition(m.alreadyApplied);
        const now = clock.now();
        const unmet = unmetRequirements(campaign, input.profile, now);
        if (unmet.length > 0) throw validationError(unmetFields(unmet));
        const kol = await store.getKol(caller.kolId);
        if (!kol) throw notFound(m.kolNotFound);
        const participation = await store.createApplication({
          campaignId: campaign.id,
          kolId: kol.id,
          application: applicationFrom(input, kol, now),
          profile: profileFrom(input),
          locale: c.get('locale'),
          at: now,
        });
        if (!participation) throw invalidTransition(m.alreadyApplied);
        return participation;
      },
    }),
  ];
}

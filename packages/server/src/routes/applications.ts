import { Hono } from 'hono';
import { ApplicationInput, Participation, unmetRequirements } from '@ibusibuk/sdk';
import { applicationFrom, profileFrom, unmetFields } from '../domain/application.js';
import { invalidTransition, notFound, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { requireKol } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJson } from '../http/request.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';

/** `POST /v1/campaigns/:id/applications`: a KOL applies; her profile is saved for next time. */
export function applicationRoutes(services: Services): Hono<AppEnv> {
  const { store, clock } = services;
  const app = new Hono<AppEnv>();

  app.post('/:id/applications', async (c) => {
    const caller = requireKol(c);
    const input = await readJson(c, ApplicationInput);
    const campaign = store.getCampaign(c.req.param('id'));
    if (!campaign || campaign.status === 'draft') throw notFound(m.campaignNotFound);
    if (store.findParticipation(campaign.id, caller.kolId)) throw invalidTransition(m.alreadyApplied);
    const now = clock.now();
    const unmet = unmetRequirements(campaign, input.profile, now);
    if (unmet.length > 0) throw validationError(unmetFields(unmet));
    const kol = store.getKol(caller.kolId);
    if (!kol) throw notFound(m.kolNotFound);
    const participation = store.createApplication({
      campaignId: campaign.id,
      kolId: kol.id,
      application: applicationFrom(input, kol, now),
      profile: profileFrom(input),
      at: now,
    });
    if (!participation) throw invalidTransition(m.alreadyApplied);
    return respond(c, Participation, participation, 201);
  });

  return app;
}

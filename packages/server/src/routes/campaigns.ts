import { Hono } from 'hono';
import type { CampaignStatus } from '@ibusibuk/sdk';
import { Brief, BriefInput, Campaign, CampaignCreateInput, CampaignList, CampaignListParams, CampaignUpdateInput } from '@ibusibuk/sdk';
import { fieldsFromCreate, fieldsFromUpdate, slugify } from '../domain/campaign-fields.js';
import { participationOpensBrief } from '../domain/brief-access.js';
import { invalidTransition, notFound, permissionError, validationError } from '../errors.js';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import { callerOf, requireOfficer } from '../http/auth.js';
import type { AppEnv, Caller } from '../http/env.js';
import { pageOf } from '../http/outcomes.js';
import { presentCampaign } from '../http/present.js';
import { readJson, readQuery } from '../http/request.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';

const PUBLIC_STATUSES: readonly CampaignStatus[] = ['open', 'closed', 'completed'];

export function campaignRoutes(services: Services): Hono<AppEnv> {
  const { store, clock } = services;
  const app = new Hono<AppEnv>();

  /** A campaign the caller may see: public keys and KOLs never see drafts. */
  const visibleCampaign = (caller: Caller, idOrSlug: string) => {
    const campaign = store.getCampaign(idOrSlug);
    if (!campaign || (caller.role !== 'officer' && campaign.status === 'draft')) throw notFound(m.campaignNotFound);
    return campaign;
  };

  const freeSlug = (base: string): string => {
    let slug = base;
    for (let n = 2; store.slugTaken(slug); n++) slug = `${base}-${n}`;
    return slug;
  };

  app.get('/', (c) => {
    const caller = callerOf(c);
    const params = readQuery(c, CampaignListParams);
    let statuses: readonly CampaignStatus[];
    if (caller.role === 'officer') statuses = params.status ? [params.status] : [];
    else if (params.status) statuses = PUBLIC_STATUSES.includes(params.status) ? [params.status] : [];
    else statuses = ['open'];
    const page =
      caller.role !== 'officer' && params.status && statuses.length === 0
        ? { data: [], hasMore: false, nextCursor: null }
        : pageOf(store.listCampaigns(
            {
              statuses,
              platform: params.platform,
              compensation: params.compensation,
              tag: params.tag,
              brand: params.brand,
              q: params.q,
            },
            { limit: params.limit ?? 20, cursor: params.cursor },
          ));
    return respond(c, CampaignList, {
      object: 'list',
      data: page.data.map((campaign) => presentCampaign(c, campaign)),
      hasMore: page.hasMore,
      nextCursor: page.nextCursor,
    });
  });

  app.get('/:idOrSlug', (c) => respond(c, Campaign, presentCampaign(c, visibleCampaign(callerOf(c), c.req.param('idOrSlug')))));

  app.post('/', async (c) => {
    requireOfficer(c);
    const input = await readJson(c, CampaignCreateInput);
    if (input.slug && store.slugTaken(input.slug)) throw validationError({ slug: m.slugTaken });
    const fields = fieldsFromCreate(input, input.slug ?? freeSlug(slugify(input.title)));
    return respond(c, Campaign, presentCampaign(c, store.createCampaign(fields, clock.now())), 201);
  });

  app.patch('/:id', async (c) => {
    requireOfficer(c);
    const campaign = store.getCampaign(c.req.param('id'));
    if (!campaign) throw notFound(m.campaignNotFound);
    const patch = await readJson(c, CampaignUpdateInput);
    if (patch.slug && store.slugTaken(patch.slug, campaign.id)) throw validationError({ slug: m.slugTaken });
    const fields = fieldsFromUpdate(campaign, patch);
    if (fields.slots < campaign.slotsFilled) throw validationError({ slots: m.slotsBelowFilled(campaign.slotsFilled) });
    const updated = store.updateCampaign(campaign.id, fields, clock.now());
    if (!updated) throw notFound(m.campaignNotFound);
    return respond(c, Campaign, presentCampaign(c, updated));
  });

  const statusRoute = (
    path: 'publish' | 'close',
    from: readonly CampaignStatus[],
    to: CampaignStatus,
    refusal: (status: string) => Localized,
  ) =>
    app.post(`/:id/${path}`, (c) => {
      requireOfficer(c);
      const campaign = store.getCampaign(c.req.param('id'));
      if (!campaign) throw notFound(m.campaignNotFound);
      const result = store.setCampaignStatus(campaign.id, from, to, clock.now());
      if (!result.ok) throw invalidTransition(refusal(result.campaign?.status ?? campaign.status));
      return respond(c, Campaign, presentCampaign(c, result.campaign));
    });
  statusRoute('publish', ['draft', 'closed'], 'open', m.cannotPublish);
  statusRoute('close', ['open'], 'closed', m.cannotClose);

  app.get('/:id/brief', (c) => {
    const caller = callerOf(c);
    const campaign = visibleCampaign(caller, c.req.param('id'));
    if (caller.role === 'public') throw permissionError(m.briefLocked);
    if (caller.role === 'kol') {
      const participation = store.findParticipation(campaign.id, caller.kolId);
      if (!participation || !participationOpensBrief(participation)) throw permissionError(m.briefLocked);
    }
    const brief = store.getBrief(campaign.id);
    if (!brief) throw notFound(m.briefNotFound);
    return respond(c, Brief, brief);
  });

  app.put('/:id/brief', async (c) => {
    requireOfficer(c);
    const campaign = store.getCampaign(c.req.param('id'));
    if (!campaign) throw notFound(m.campaignNotFound);
    const input = await readJson(c, BriefInput);
    const brief = store.putBrief(
      campaign.id,
      {
        objective: input.objective,
        body: input.body ?? '',
        keyMessages: input.keyMessages,
        dos: input.dos,
        donts: input.donts,
        hashtags: input.hashtags,
        mentions: input.mentions,
        captionGuidelines: input.captionGuidelines ?? '',
        references: input.references ?? [],
      },
      clock.now(),
    );
    return respond(c, Brief, brief);
  });

  return app;
}

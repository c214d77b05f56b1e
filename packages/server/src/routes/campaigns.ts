import { opensBrief, type Campaign as CampaignEntity, type CampaignStatus, type PageBody } from '@ibusibuk/sdk';
import {
  Brief,
  BriefInput,
  Campaign,
  CampaignCreateInput,
  CampaignList,
  CampaignListParams,
  CampaignReport,
  CampaignUpdateInput,
} from '@ibusibuk/sdk';
import { campaignReport } from '../domain/report.js';
import { fieldsFromCreate, fieldsFromUpdate, slugify } from '../domain/campaign-fields.js';
import { invalidTransition, notFound, permissionError, validationError } from '../errors.js';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import type { Caller } from '../http/env.js';
import { presentCampaign } from '../http/present.js';
import { pageOf } from '../http/outcomes.js';
import type * as z from 'zod/mini';
import { campaignFor, scopeOf } from '../http/scope.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';

const PUBLIC_STATUSES: readonly CampaignStatus[] = ['open', 'closed', 'completed'];

const TAG = 'Campaigns';

/** A product's value belongs to a campaign that gives a product. */
function checkProductValue(fields: { compensation: { type: CampaignEntity['compensation']['type']; productValue: number | null } }): void {
  if (fields.compensation.type === 'paid' && fields.compensation.productValue !== null) {
    throw validationError({ 'compensation.productValue': m.productValueWithoutProduct });
  }
}

/** A campaign the caller may see: public keys and KOLs never see drafts; a brand's people only its own. */
export async function visibleCampaignOf(services: Services, caller: Caller, idOrSlug: string): Promise<CampaignEntity> {
  const campaign = await campaignFor(services, caller, idOrSlug);
  if (caller.role !== 'officer' && campaign.status === 'draft') throw notFound(m.campaignNotFound);
  return campaign;
}

/**
 * The page of campaigns `params` asks for, as the caller may see them: open ones to pages and
 * KOLs (closed and completed when asked), every status to officers, a brand's people only theirs.
 * The list route and its HTML twin (routes/embed.ts) answer from it.
 */
export async function visibleCampaigns(services: Services, caller: Caller, params: z.output<typeof CampaignListParams>): Promise<PageBody<CampaignEntity>> {
  let statuses: readonly CampaignStatus[];
  if (caller.role === 'officer') statuses = params.status ? [params.status] : [];
  else if (params.status) statuses = PUBLIC_STATUSES.includes(params.status) ? [params.status] : [];
  else statuses = ['open'];
  if (caller.role !== 'officer' && params.status && statuses.length === 0) return { data: [], hasMore: false, nextCursor: null };
  return pageOf(
    await services.store.listCampaigns(
      {
        statuses,
        platform: params.platform,
        compensation: params.compensation,
        tag: params.tag,
        brand: params.brand,
        ...scopeOf(caller),
        q: params.q,
      },
      { limit: params.limit ?? 20, cursor: params.cursor },
    ),
  );
}

export function campaignRoutes(services: Services): Route[] {
  const { store, clock } = services;

  const visibleCampaign = (caller: Caller, idOrSlug: string) => visibleCampaignOf(services, caller, idOrSlug);

  /** A restricted caller's campaigns are its brand's, whatever brand the body names (its logo may change). */
  const ownBrand = async (caller: Caller, logoUrl: string | null | undefined) => {
    const brand = caller.role === 'officer' && caller.brandId !== null ? await store.getBrand(caller.brandId) : null;
    return brand ? { name: brand.name, logoUrl: logoUrl ?? brand.logoUrl } : null;
  };

  const freeSlug = async (base: string): Promise<string> => {
    let slug = base;
    for (let n = 2; await store.slugTaken(slug); n++) slug = `${base}-${n}`;
    return slug;
  };

  const list = route({
    method: 'get',
    path: '/v1/campaigns',
    tag: TAG,
    summary: 'List campaigns, newest first: open ones to pages and KOLs, every status to officers.',
    description: 'Ordered by `createdAt`, then id, both descending. Pages and KOLs may ask for `open`, `closed` or `completed`; `draft` gives them an empty list.',
    access: 'caller',
    query: CampaignListParams,
    response: CampaignList,
    handle: async (c, { caller, query: params }) => {
      const page = await visibleCampaigns(services, caller, params);
      return {
        object: 'list' as const,
        data: page.data.map((campaign) => presentCampaign(c, campaign)),
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
      };
    },
  });

  const get = route({
    method: 'get',
    path: '/v1/campaigns/:id',
    tag: TAG,
    summary: 'One campaign, by id (`cmp_…`) or slug.',
    description: 'A draft campaign is found by officers only.',
    access: 'caller',
    response: Campaign,
    handle: async (c, { caller, params }) => presentCampaign(c, await visibleCampaign(caller, params.id!)),
  });

  const create = route({
    method: 'post',
    path: '/v1/campaigns',
    tag: TAG,
    summary: 'Create a campaign, as a draft.',
    description: 'With a key restricted to one brand, the campaign is that brand’s, whatever `brand.name` says.',
    access: 'officer',
    body: CampaignCreateInput,
    response: Campaign,
    status: 201,
    handle: async (c, { caller, body: input }) => {
      if (input.slug && (await store.slugTaken(input.slug))) throw validationError({ slug: m.slugTaken });
      const fields = fieldsFromCreate(input, input.slug ?? (await freeSlug(slugify(input.title))));
      checkProductValue(fields);
      fields.brand = (await ownBrand(caller, input.brand.logoUrl)) ?? fields.brand;
      return presentCampaign(c, await store.createCampaign(fields, clock.now()));
    },
  });

  const update = route({
    method: 'patch',
    path: '/v1/campaigns/:id',
    tag: TAG,
    summary: 'Change a campaign; fields left out keep their value.',
    access: 'officer',
    body: CampaignUpdateInput,
    response: Campaign,
    handle: async (c, { caller, body: patch, params }) => {
      const campaign = await campaignFor(services, caller, params.id!);
      if (patch.slug && (await store.slugTaken(patch.slug, campaign.id))) throw validationError({ slug: m.slugTaken });
      const fields = fieldsFromUpdate(campaign, patch);
      checkProductValue(fields);
      fields.brand = (await ownBrand(caller, patch.brand?.logoUrl)) ?? fields.brand;
      if (fields.slots < campaign.slotsFilled) throw validationError({ slots: m.slotsBelowFilled(campaign.slotsFilled) });
      const updated = await store.updateCampaign(campaign.id, fields, clock.now());
      if (!updated) throw notFound(m.campaignNotFound);
      return presentCampaign(c, updated);
    },
  });

  const statusRoute = (
    path: 'publish' | 'close',
    from: readonly CampaignStatus[],
    to: CampaignStatus,
    refusal: (status: string) => Localized,
    summary: string,
  ) =>
    route({
      method: 'post',
      path: `/v1/campaigns/:id/${path}`,
      tag: TAG,
      summary,
      access: 'officer',
      response: Campaign,
      errors: ['invalid_transition'],
      handle: async (c, { caller, params }) => {
        const campaign = await campaignFor(services, caller, params.id!);
        const result = await store.setCampaignStatus(campaign.id, from, to, clock.now());
        if (!result.ok) throw invalidTransition(refusal(result.campaign?.status ?? campaign.status));
        return presentCampaign(c, result.campaign);
      },
    });

  const getBrief = route({
    method: 'get',
    path: '/v1/campaigns/:id/brief',
    tag: TAG,
    summary: 'The campaign’s brief: to officers, and to a KOL while she holds a place in it.',
    description: 'Anyone else gets 403 `permission_error` saying the brief opens after acceptance; 404 while none is written.',
    access: 'caller',
    response: Brief,
    handle: async (_c, { caller, params }) => {
      const campaign = await visibleCampaign(caller, params.id!);
      if (caller.role === 'public') throw permissionError(m.briefLocked);
      if (caller.role === 'kol') {
        const participation = await store.findParticipation(campaign.id, caller.kolId);
        if (!participation || !opensBrief(participation)) throw permissionError(m.briefLocked);
      }
      const brief = await store.getBrief(campaign.id);
      if (!brief) throw notFound(m.briefNotFound);
      return brief;
    },
  });

  const putBrief = route({
    method: 'put',
    path: '/v1/campaigns/:id/brief',
    tag: TAG,
    summary: 'Write the campaign’s brief; each write is a new version.',
    access: 'officer',
    body: BriefInput,
    response: Brief,
    handle: async (_c, { caller, body: input, params }) => {
      const campaign = await campaignFor(services, caller, params.id!);
      return await store.putBrief(
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
    },
  });

  const report = route({
    method: 'get',
    path: '/v1/campaigns/:id/report',
    tag: TAG,
    summary: 'The campaign’s results: participations per stage, each participant’s post and approved figures, and totals.',
    description:
      'Figures come from each participant’s latest approved insight (zero before one); engagements are likes, comments, ' +
      'shares, saves and replies, the engagement rate the SDK’s `overallEngagementRate`. `feeSpent` sums every payout, ' +
      'pending or paid. The SDK’s `campaignReportCsv(report)` turns it into a spreadsheet.',
    access: 'officer',
    permission: 'reports.read',
    response: CampaignReport,
    handle: async (_c, { caller, params }) => {
      const campaign = await campaignFor(services, caller, params.id!);
      return campaignReport(campaign, await store.campaignParticipations(campaign.id));
    },
  });

  return [
    list,
    create,
    get,
    update,
    statusRoute('publish', ['draft', 'closed'], 'open', m.cannotPublish, 'Open a draft or closed campaign to applications.'),
    statusRoute('close', ['open'], 'closed', m.cannotClose, 'Close an open campaign to new applications.'),
    getBrief,
    putBrief,
    report,
  ];
}

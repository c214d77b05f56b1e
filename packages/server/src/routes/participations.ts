import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Action } from '@ibusibuk/sdk';
import {
  DraftInput,
  InsightInput,
  OptionalNoteInput,
  Participation,
  ParticipationListParams,
  PayoutInput,
  PostInput,
  ReviewNoteInput,
  listOf,
  platformOfUrl,
} from '@ibusibuk/sdk';
import { withLatestDraftReviewed, withNewDraft } from '../domain/drafts.js';
import { insightProblems, withLatestInsightReviewed, withNewInsight } from '../domain/insights.js';
import type { ParticipationChange } from '../domain/participation.js';
import { notFound, validationError } from '../errors.js';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import { callerOf, requireKol, requireKolOrOfficer, requireOfficer } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { movedParticipation, pageOf } from '../http/outcomes.js';
import { readJson, readQuery } from '../http/request.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';

const ParticipationList = listOf(Participation);

export function participationRoutes(services: Services): Hono<AppEnv> {
  const { store, clock } = services;
  const app = new Hono<AppEnv>();

  /** The participation if the caller may see it: its KOL or an officer; to anyone else it does not exist. */
  const visibleParticipation = (c: Context<AppEnv>) => {
    const caller = requireKolOrOfficer(c);
    const participation = store.getParticipation(c.req.param('id') ?? '');
    if (!participation || (caller.role === 'kol' && participation.kolId !== caller.kolId)) {
      throw notFound(m.participationNotFound);
    }
    return participation;
  };

  /** Upload ids the caller does not own, reported as if they did not exist. */
  const foreignUploads = (kolId: string, ids: readonly string[]) =>
    ids.filter((id) => store.getUpload(id)?.kolId !== kolId);

  /** Moves a participation through the lifecycle as the caller, with the change that goes with the move. */
  const move = (
    c: Context<AppEnv>,
    action: Action,
    note: string | null,
    change?: Parameters<typeof store.moveParticipation>[1]['change'],
  ) => {
    const caller = callerOf(c);
    const actor =
      caller.role === 'kol' ? { role: 'kol' as const, id: caller.kolId } : { role: 'officer' as const, id: officerId(caller) };
    const outcome = store.moveParticipation(c.req.param('id') ?? '', {
      action,
      actor,
      note,
      at: clock.now(),
      ...(caller.role === 'kol' ? { kolId: caller.kolId } : {}),
      ...(change ? { change } : {}),
    });
    return respond(c, Participation, movedParticipation(outcome, action));
  };

  app.get('/', (c) => {
    const caller = requireKolOrOfficer(c);
    const params = readQuery(c, ParticipationListParams);
    const page = pageOf(store.listParticipations(
      {
        ...(caller.role === 'kol' ? { kolId: caller.kolId } : {}),
        campaignId: params.campaignId,
        stage: params.stage,
      },
      { limit: params.limit ?? 20, cursor: params.cursor },
    ));
    return respond(c, ParticipationList, { object: 'list', ...page });
  });

  app.get('/:id', (c) => respond(c, Participation, visibleParticipation(c)));

  // officer: applications
  app.post('/:id/accept', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, OptionalNoteInput);
    return move(c, 'accept', note || null, () => ({ slot: 'fill' }));
  });

  app.post('/:id/reject', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, ReviewNoteInput);
    return move(c, 'reject', note);
  });

  // KOL: leaving and starting
  app.post('/:id/withdraw', async (c) => {
    requireKol(c);
    const { note } = await readJson(c, OptionalNoteInput);
    return move(c, 'withdraw', note || null, (p): ParticipationChange => (p.stage === 'accepted' ? { slot: 'release' } : {}));
  });

  app.post('/:id/acknowledge-brief', (c) => {
    requireKol(c);
    return move(c, 'acknowledgeBrief', null);
  });

  // drafts
  app.post('/:id/drafts', async (c) => {
    const caller = requireKol(c);
    const input = await readJson(c, DraftInput);
    visibleParticipation(c);
    const [foreign] = foreignUploads(caller.kolId, input.mediaIds);
    if (foreign) throw validationError({ mediaIds: m.mediaNotOwned(foreign) });
    const at = clock.now();
    return move(c, 'submitDraft', input.note || null, (p) => ({ drafts: withNewDraft(p.drafts, input, at) }));
  });

  app.post('/:id/drafts/request-revision', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, ReviewNoteInput);
    const at = clock.now();
    return move(c, 'requestRevision', note, (p) => ({
      drafts: withLatestDraftReviewed(p.drafts, 'revision_requested', note, at),
    }));
  });

  app.post('/:id/drafts/approve', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, OptionalNoteInput);
    const at = clock.now();
    return move(c, 'approveDraft', note || null, (p) => ({
      drafts: withLatestDraftReviewed(p.drafts, 'approved', note || null, at),
    }));
  });

  // the published post
  app.post('/:id/post', async (c) => {
    requireKol(c);
    const { url } = await readJson(c, PostInput);
    const participation = visibleParticipation(c);
    const campaign = store.getCampaign(participation.campaignId);
    if (!campaign) throw notFound(m.campaignNotFound);
    const platform = platformOfUrl(url);
    if (!platform || !campaign.platforms.includes(platform)) {
      throw validationError({ url: m.postPlatformMismatch(campaign.platforms) });
    }
    const at = clock.now();
    return move(c, 'submitPost', null, () => ({ post: { url, platform, postedAt: at.toISOString() } }));
  });

  // insights
  app.post('/:id/insights', async (c) => {
    const caller = requireKol(c);
    const input = await readJson(c, InsightInput);
    const participation = visibleParticipation(c);
    const campaign = store.getCampaign(participation.campaignId);
    if (!campaign) throw notFound(m.campaignNotFound);
    const fields: Record<string, Localized> = insightProblems(input, campaign.deliverables);
    const [foreign] = foreignUploads(caller.kolId, input.screenshotIds);
    if (foreign) fields.screenshotIds = m.mediaNotOwned(foreign);
    if (Object.keys(fields).length > 0) throw validationError(fields);
    const at = clock.now();
    return move(c, 'submitInsight', input.note || null, (p) => ({ insights: withNewInsight(p.insights, input, at) }));
  });

  app.post('/:id/insights/approve', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, OptionalNoteInput);
    const at = clock.now();
    return move(c, 'approveInsight', note || null, (p) => {
      const fee = store.getCampaign(p.campaignId)?.compensation.fee ?? 0;
      return {
        insights: withLatestInsightReviewed(p.insights, 'approved', note || null, at),
        payout: { amount: fee, status: 'pending', paidAt: null, reference: null },
      };
    });
  });

  app.post('/:id/insights/request-fix', async (c) => {
    requireOfficer(c);
    const { note } = await readJson(c, ReviewNoteInput);
    const at = clock.now();
    return move(c, 'requestInsightFix', note, (p) => ({
      insights: withLatestInsightReviewed(p.insights, 'fix_requested', note, at),
    }));
  });

  // payment
  app.post('/:id/payout', async (c) => {
    requireOfficer(c);
    const input = await readJson(c, PayoutInput);
    const at = clock.now();
    return move(c, 'recordPayout', null, () => ({
      payout: { amount: input.amount, status: 'paid', paidAt: at.toISOString(), reference: input.reference },
    }));
  });

  return app;
}

/** How an officer appears in history: the key's label, never the key. */
const officerId = (caller: { role: string; label?: string }) => caller.label ?? 'officer';


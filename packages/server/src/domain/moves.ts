import { platformOfUrl, type Action, type Campaign, type MoveBody, type Participation } from '@ibusibuk/sdk';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import type { Services } from '../services.js';
import type { Actor, MoveOutcome, ParticipationChange } from './participation.js';
import { withLatestDraftReviewed, withNewDraft } from './drafts.js';
import { insightProblems, withLatestInsightReviewed, withNewInsight } from './insights.js';

export type { MoveBody };

/** What an effect may read: the participation and its campaign as they stood before the move, and the time. */
export interface MoveContext {
  participation: Participation;
  campaign: Campaign;
  at: Date;
  services: Services;
}

/**
 * What a move does besides changing the stage; the SDK's `MOVES` says who makes it and from where to where.
 * - `problems`: what is wrong with the body beyond its schema, per field (empty when it may go on);
 * - `change`: what changes with it, computed from the participation as read inside the transaction.
 */
export interface MoveEffect<A extends Action> {
  problems?(body: MoveBody<A>, context: MoveContext): Record<string, Localized>;
  change?(body: MoveBody<A>, context: MoveContext): (current: Participation) => ParticipationChange;
}

/** Upload ids the participation's KOL does not own, reported as if they did not exist. */
const foreignUploads = (context: MoveContext, ids: readonly string[]) =>
  ids.filter((id) => context.services.store.getUpload(id)?.kolId !== context.participation.kolId);

const noteOf = (body: { note?: string | undefined }) => body.note || null;

/** Every move's effect, by action: the one place routes and the demo seed learn what a move does. */
export const MOVE_EFFECTS: { readonly [A in Action]: MoveEffect<A> } = {
  accept: { change: () => () => ({ slot: 'fill' }) },
  reject: {},
  // An accepted place goes back to the campaign; an application held none.
  withdraw: { change: () => (current) => (current.stage === 'accepted' ? { slot: 'release' } : {}) },
  acknowledgeBrief: {},
  submitDraft: {
    problems: (body, context): Record<string, Localized> => {
      const [foreign] = foreignUploads(context, body.mediaIds);
      return foreign ? { mediaIds: m.mediaNotOwned(foreign) } : {};
    },
    change: (body, { at }) => (current) => ({ drafts: withNewDraft(current.drafts, body, at) }),
  },
  requestRevision: {
    change: (body, { at }) => (current) => ({
      drafts: withLatestDraftReviewed(current.drafts, 'revision_requested', body.note, at),
    }),
  },
  approveDraft: {
    change: (body, { at }) => (current) => ({ drafts: withLatestDraftReviewed(current.drafts, 'approved', noteOf(body), at) }),
  },
  submitPost: {
    problems: (body, { campaign }): Record<string, Localized> => {
      const platform = platformOfUrl(body.url);
      return platform && campaign.platforms.includes(platform) ? {} : { url: m.postPlatformMismatch(campaign.platforms) };
    },
    change: (body, { at }) => () => ({ post: { url: body.url, platform: platformOfUrl(body.url)!, postedAt: at.toISOString() } }),
  },
  submitInsight: {
    problems: (body, context) => {
      const fields: Record<string, Localized> = insightProblems(body, context.campaign.deliverables);
      const [foreign] = foreignUploads(context, body.screenshotIds);
      if (foreign) fields.screenshotIds = m.mediaNotOwned(foreign);
      return fields;
    },
    change: (body, { at }) => (current) => ({ insights: withNewInsight(current.insights, body, at) }),
  },
  approveInsight: {
    change: (body, { at, campaign }) => (current) => ({
      insights: withLatestInsightReviewed(current.insights, 'approved', noteOf(body), at),
      payout: { amount: campaign.compensation.fee, status: 'pending', paidAt: null, reference: null },
    }),
  },
  requestInsightFix: {
    change: (body, { at }) => (current) => ({
      insights: withLatestInsightReviewed(current.insights, 'fix_requested', body.note, at),
    }),
  },
  recordPayout: {
    change: (body, { at }) => () => ({
      payout: { amount: body.amount, status: 'paid', paidAt: at.toISOString(), reference: body.reference },
    }),
  },
};

export interface MoveRequest<A extends Action> {
  action: A;
  participationId: string;
  body: MoveBody<A>;
  actor: Actor;
  /** Set for a KOL: the move applies to her own participation only; another's looks missing. */
  kolId?: string;
  /** When it happened; the server's clock by default (the demo seed spreads history over past days). */
  at?: Date;
}

/** The store's outcome of the move, or the body's problems when it never reached the store. */
export type MoveResult = MoveOutcome | { ok: false; reason: 'invalid_input'; fields: Record<string, Localized> };

/**
 * Makes one move: finds the participation, checks the body against it, then lets the store change
 * the stage, apply the effect and write history in one transaction (which refuses a move the
 * lifecycle forbids).
 */
export function makeMove<A extends Action>(services: Services, request: MoveRequest<A>): MoveResult {
  const { store, clock } = services;
  const participation = store.getParticipation(request.participationId);
  if (!participation || (request.kolId !== undefined && participation.kolId !== request.kolId)) return { ok: false, reason: 'not_found' };
  const campaign = store.getCampaign(participation.campaignId);
  if (!campaign) return { ok: false, reason: 'not_found' };
  const effect = MOVE_EFFECTS[request.action] as MoveEffect<A>;
  const context: MoveContext = { participation, campaign, at: request.at ?? clock.now(), services };
  const fields = effect.problems?.(request.body, context) ?? {};
  if (Object.keys(fields).length > 0) return { ok: false, reason: 'invalid_input', fields };
  const change = effect.change?.(request.body, context);
  return store.moveParticipation(participation.id, {
    action: request.action,
    actor: request.actor,
    note: noteOf(request.body as { note?: string }),
    at: context.at,
    ...(request.kolId !== undefined ? { kolId: request.kolId } : {}),
    ...(change ? { change } : {}),
  });
}

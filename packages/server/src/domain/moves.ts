import { MOVES, canTransition, deadlineOf, platformOfUrl, revisionsLeft, type Action, type Campaign, type MoveBody, type Participation } from '@ibusibuk/sdk';
import type { Localized } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import type { Services } from '../services.js';
import type { Actor, MoveOutcome, ParticipationChange } from './participation.js';
import { campaignInScope, type Scope } from './scope.js';
import { withLatestDraftReviewed, withNewDraft } from './drafts.js';
import { pendingPayout } from './payouts.js';
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
 * - `refusal`: why the campaign's rules forbid it now, though the lifecycle allows it;
 * - `change`: what changes with it, computed from the participation as read inside the transaction.
 */
/** What a move changes, given the participation as read inside the transaction. */
type ChangeOf = (current: Participation) => ParticipationChange;

export interface MoveEffect<A extends Action> {
  problems?(body: MoveBody<A>, context: MoveContext): Record<string, Localized> | Promise<Record<string, Localized>>;
  /** Why the campaign's rules forbid the move now (a 409), or null. */
  refusal?(body: MoveBody<A>, context: MoveContext): Localized | null;
  /** May read the store first (asynchronously); the change itself runs inside the store's transaction. */
  change?(body: MoveBody<A>, context: MoveContext): ChangeOf | Promise<ChangeOf>;
}

/** Upload ids the participation's KOL does not own, reported as if they did not exist. */
async function foreignUploads(context: MoveContext, ids: readonly string[]): Promise<string[]> {
  const uploads = await Promise.all(ids.map((id) => context.services.store.getUpload(id)));
  return ids.filter((_id, index) => uploads[index]?.kolId !== context.participation.kolId);
}

const noteOf = (body: { note?: string | undefined }) => body.note || null;

/** Whether work sent now is past its due date: it is taken, and marked late. */
const late = ({ participation, campaign, at }: MoveContext) => deadlineOf(participation, campaign, at)?.overdue ?? false;

/** Every move's effect, by action: the one place routes and the demo seed learn what a move does. */
export const MOVE_EFFECTS: { readonly [A in Action]: MoveEffect<A> } = {
  accept: { change: () => () => ({ slot: 'fill' }) },
  reject: {},
  // An accepted place goes back to the campaign; an application held none.
  withdraw: { change: () => (current) => (current.stage === 'accepted' ? { slot: 'release' } : {}) },
  acknowledgeBrief: {},
  submitDraft: {
    problems: async (body, context): Promise<Record<string, Localized>> => {
      const [foreign] = await foreignUploads(context, body.mediaIds);
      return foreign ? { mediaIds: m.mediaNotOwned(foreign) } : {};
    },
    change: (body, context) => (current) => ({ drafts: withNewDraft(current.drafts, body, context.at, late(context)) }),
  },
  requestRevision: {
    refusal: (_body, { participation, campaign }) =>
      revisionsLeft(participation, campaign) === 0 ? m.revisionRoundsUsed(campaign.rules.maxRevisionRounds) : null,
    change: (body, { at }) => (current) => ({
      drafts: withLatestDraftReviewed(current.drafts, 'revision_requested', body.note, at),
    }),
  },
  approveDraft: {
    change: (body, { at }) => (current) => ({ drafts: withLatestDraftReviewed(current.drafts, 'approved', noteOf(body), at) }),
  },
  submitPost: {
    problems: (body, { campaign, at }): Record<string, Localized> => {
      const platform = platformOfUrl(body.url);
      if (!platform || !campaign.platforms.includes(platform)) return { url: m.postPlatformMismatch(campaign.platforms) };
      // A post before the window opens is refused; one after it closes is taken, and marked late.
      if (at.getTime() < Date.parse(campaign.timeline.postWindow.start)) return { url: m.postWindowNotOpen(campaign.timeline.postWindow.start) };
      return {};
    },
    change: (body, context) => () => ({
      post: { url: body.url, platform: platformOfUrl(body.url)!, postedAt: context.at.toISOString(), ...(late(context) ? { late: true } : {}) },
    }),
  },
  submitInsight: {
    problems: async (body, context) => {
      const fields: Record<string, Localized> = insightProblems(body, context.campaign.deliverables);
      const [foreign] = await foreignUploads(context, body.screenshotIds);
      if (foreign) fields.screenshotIds = m.mediaNotOwned(foreign);
      return fields;
    },
    change: (body, context) => (current) => ({ insights: withNewInsight(current.insights, body, context.at, late(context)) }),
  },
  approveInsight: {
    change: async (body, { at, campaign, participation, services }) => {
      const profile = await services.store.getPayoutProfile(participation.kolId);
      return (current) => ({
        insights: withLatestInsightReviewed(current.insights, 'approved', noteOf(body), at),
        payout: pendingPayout(campaign, profile, at),
      });
    },
  },
  requestInsightFix: {
    change: (body, { at }) => (current) => ({
      insights: withLatestInsightReviewed(current.insights, 'fix_requested', body.note, at),
    }),
  },
  recordPayout: {
    // The amount recorded is the one computed when the insight was approved (fee less tax): a
    // different figure is a typing mistake or a question for the officer, never silently kept.
    problems: (body, { participation }): Record<string, Localized> =>
      participation.payout && body.amount !== participation.payout.amount ? { amount: m.payoutAmountMismatch(participation.payout.amount) } : {},
    change: (body, { at }) => (current) => ({
      payout: { ...current.payout, amount: body.amount, status: 'paid', paidAt: at.toISOString(), reference: body.reference },
    }),
  },
};

export interface MoveRequest<A extends Action> {
  action: A;
  participationId: string;
  body: MoveBody<A>;
  actor: Actor;
  /** The caller's reach: a KOL's own participation, a brand's campaigns; anything else looks missing. */
  scope?: Scope;
  /** When it happened; the server's clock by default (the demo seed spreads history over past days). */
  at?: Date;
}

/** The store's outcome of the move, or the body's problems when it never reached the store. */
export type MoveResult =
  | MoveOutcome
  | { ok: false; reason: 'invalid_input'; fields: Record<string, Localized> }
  | { ok: false; reason: 'refused'; message: Localized };

/**
 * Makes one move: finds the participation, checks the body against it, then lets the store change
 * the stage, apply the effect and write history in one transaction (which refuses a move the
 * lifecycle forbids).
 */
export async function makeMove<A extends Action>(services: Services, request: MoveRequest<A>): Promise<MoveResult> {
  const { store, clock } = services;
  const participation = await store.getParticipation(request.participationId);
  const scope = request.scope ?? {};
  if (!participation || (scope.kolId !== undefined && participation.kolId !== scope.kolId)) return { ok: false, reason: 'not_found' };
  const campaign = await store.getCampaign(participation.campaignId);
  if (!campaign || !campaignInScope(scope, campaign)) return { ok: false, reason: 'not_found' };
  // The lifecycle first (409), then the body against the participation (400); the store checks the stage again in its transaction.
  const role = request.actor.role === 'system' ? MOVES[request.action].by : request.actor.role;
  if (!canTransition(participation.stage, request.action, role)) return { ok: false, reason: 'invalid_transition', stage: participation.stage };
  const effect = MOVE_EFFECTS[request.action] as MoveEffect<A>;
  const context: MoveContext = { participation, campaign, at: request.at ?? clock.now(), services };
  const fields = (await effect.problems?.(request.body, context)) ?? {};
  if (Object.keys(fields).length > 0) return { ok: false, reason: 'invalid_input', fields };
  const refusal = effect.refusal?.(request.body, context);
  if (refusal) return { ok: false, reason: 'refused', message: refusal };
  const change = await effect.change?.(request.body, context);
  return store.moveParticipation(participation.id, {
    action: request.action,
    actor: request.actor,
    note: noteOf(request.body as { note?: string }),
    at: context.at,
    ...(scope.kolId !== undefined ? { kolId: scope.kolId } : {}),
    ...(change ? { change } : {}),
  });
}

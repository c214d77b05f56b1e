import {
  MOVE_INPUTS,
  MOVE_LIST,
  Participation,
  ParticipationList,
  ParticipationListParams,
  STAGES,
  permissionForMove,
  type Move,
  type Stage,
} from '@ibusibuk/sdk';
import { makeMove } from '../domain/moves.js';
import { invalidTransition, validationError } from '../errors.js';
import type { Caller } from '../http/env.js';
import { movedParticipation, pageOf } from '../http/outcomes.js';
import { participationFor, scopeOf } from '../http/scope.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';
import { participationStreamRoute } from './participation-stream.js';

const TAG = 'Participations';

/** How a caller appears in history: a KOL by her id, a key by its label (never the key), a staff session by its person. */
const actorOf = (caller: Extract<Caller, { role: 'kol' | 'officer' }>) => {
  if (caller.role === 'kol') return { role: 'kol' as const, id: caller.kolId };
  if (caller.staff) return { role: 'officer' as const, id: caller.staff.actor.email, name: caller.staff.actor.name };
  return { role: 'officer' as const, id: caller.label };
};

const ALL_STAGES = Object.keys(STAGES) as Stage[];

/** A KOL's places in campaigns, and every lifecycle move, one route per move of the SDK's `MOVES`. */
export function participationRoutes(services: Services): Route[] {
  const { store } = services;

  const list = route({
    method: 'get',
    path: '/v1/participations',
    tag: TAG,
    summary: 'List participations, newest first: a KOL’s own, or every one in the officer’s reach.',
    description:
      '`waitingOn=officer&order=oldest` is the reviewer’s queue across campaigns: every participation whose next move is the ' +
      'officer’s, waiting longest first. `order` sorts by the last move (`updatedAt`); left out, newest application first.',
    access: 'kolOrOfficer',
    query: ParticipationListParams,
    response: ParticipationList,
    handle: async (_c, { caller, query: params }) => ({
      object: 'list' as const,
      ...pageOf(
        await store.listParticipations(
          {
            ...scopeOf(caller),
            campaignId: params.campaignId,
            stage: params.stage,
            ...(params.waitingOn ? { stages: ALL_STAGES.filter((s) => STAGES[s].actor === params.waitingOn) } : {}),
            ...(params.order ? { order: params.order } : {}),
          },
          { limit: params.limit ?? 20, cursor: params.cursor },
        ),
      ),
    }),
  });

  const get = route({
    method: 'get',
    path: '/v1/participations/:id',
    tag: TAG,
    summary: 'One participation with its drafts, post, insights, payout and history.',
    access: 'kolOrOfficer',
    response: Participation,
    handle: async (_c, { caller, params }) => await participationFor(services, caller, params.id!),
  });

  const moveRoute = (move: Move) =>
    route({
      method: 'post',
      path: `/v1/participations/:id/${move.path}`,
      tag: TAG,
      summary: move.summary,
      description: `Lifecycle move \`${move.action}\`: ${move.from.map((s) => `\`${s}\``).join(' or ')} → \`${move.to}\`.`,
      access: move.by,
      // A staff session needs the permission of the move's phase (accept/reject: participations.review …).
      ...(permissionForMove(move) ? { permission: permissionForMove(move)! } : {}),
      body: MOVE_INPUTS[move.action],
      response: Participation,
      errors: ['invalid_transition'],
      handle: async (_c, { caller, params, body }) => {
        const outcome = await makeMove(services, {
          action: move.action,
          participationId: params.id!,
          body: body as never,
          actor: actorOf(caller),
          scope: scopeOf(caller),
        });
        if (!outcome.ok && outcome.reason === 'invalid_input') throw validationError(outcome.fields);
        if (!outcome.ok && outcome.reason === 'refused') throw invalidTransition(outcome.message);
        return movedParticipation(outcome, move.action);
      },
    });

  return [list, get, participationStreamRoute(services), ...MOVE_LIST.map(moveRoute)];
}

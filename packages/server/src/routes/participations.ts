import { MOVE_INPUTS, MOVE_LIST, Participation, ParticipationList, ParticipationListParams, type Move } from '@ibusibuk/sdk';
import { makeMove } from '../domain/moves.js';
import { invalidTransition, notFound, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { Caller } from '../http/env.js';
import { movedParticipation, pageOf } from '../http/outcomes.js';
import { type Route, route } from '../http/route.js';
import type { Services } from '../services.js';
import { participationStreamRoute } from './participation-stream.js';

const TAG = 'Participations';

/** How a caller appears in history: a KOL by her id, an officer by the key's label (never the key). */
const actorOf = (caller: Extract<Caller, { role: 'kol' | 'officer' }>) =>
  caller.role === 'kol' ? { role: 'kol' as const, id: caller.kolId } : { role: 'officer' as const, id: caller.label };

/** A KOL's places in campaigns, and every lifecycle move, one route per move of the SDK's `MOVES`. */
export function participationRoutes(services: Services): Route[] {
  const { store } = services;

  const list = route({
    method: 'get',
    path: '/v1/participations',
    tag: TAG,
    summary: 'List participations, newest first: a KOL’s own, or every one to an officer.',
    access: 'kolOrOfficer',
    query: ParticipationListParams,
    response: ParticipationList,
    handle: (_c, { caller, query: params }) => ({
      object: 'list' as const,
      ...pageOf(
        store.listParticipations(
          { ...(caller.role === 'kol' ? { kolId: caller.kolId } : {}), campaignId: params.campaignId, stage: params.stage },
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
    handle: (_c, { caller, params }) => {
      const participation = store.getParticipation(params.id!);
      if (!participation || (caller.role === 'kol' && participation.kolId !== caller.kolId)) throw notFound(m.participationNotFound);
      return participation;
    },
  });

  const moveRoute = (move: Move) =>
    route({
      method: 'post',
      path: `/v1/participations/:id/${move.path}`,
      tag: TAG,
      summary: move.summary,
      description: `Lifecycle move \`${move.action}\`: ${move.from.map((s) => `\`${s}\``).join(' or ')} → \`${move.to}\`.`,
      access: move.by,
      body: MOVE_INPUTS[move.action],
      response: Participation,
      errors: ['invalid_transition'],
      handle: (_c, { caller, params, body }) => {
        const outcome = makeMove(services, {
          action: move.action,
          participationId: params.id!,
          body: body as never,
          actor: actorOf(caller),
          ...(caller.role === 'kol' ? { kolId: caller.kolId } : {}),
        });
        if (!outcome.ok && outcome.reason === 'invalid_input') throw validationError(outcome.fields);
        if (!outcome.ok && outcome.reason === 'refused') throw invalidTransition(outcome.message);
        return movedParticipation(outcome, move.action);
      },
    });

  return [list, get, participationStreamRoute(services), ...MOVE_LIST.map(moveRoute)];
}

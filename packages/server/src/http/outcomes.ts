import type { Action, PageBody, Participation } from '@ibusibuk/sdk';
import type { MoveOutcome } from '../domain/participation.js';
import { invalidTransition, notFound, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { Listing } from '../store/store.js';

// The store answers in domain outcomes; these turn its refusals into the API's errors.

/** The page, or a 400 `validation_error` on `cursor` when the cursor is not one of ours. */
export function pageOf<T>(listing: Listing<T>): PageBody<T> {
  if (!listing.ok) throw validationError({ cursor: m.invalidCursor });
  return listing.page;
}

/** The moved participation, or the 404 / 409 `invalid_transition` the refusal stands for. */
export function movedParticipation(outcome: MoveOutcome, action: Action): Participation {
  if (outcome.ok) return outcome.participation;
  switch (outcome.reason) {
    case 'not_found':
      throw notFound(m.participationNotFound);
    case 'invalid_transition':
    case 'stale_stage':
      throw invalidTransition(m.invalidTransition(outcome.stage, action));
    case 'campaign_full':
      throw invalidTransition(m.campaignFull(outcome.slots));
  }
}

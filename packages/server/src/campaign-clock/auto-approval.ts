import { deadlineOf } from '@ibusibuk/sdk';
import { makeMove } from '../domain/moves.js';
import type { Services } from '../services.js';
import { waitingParticipations } from './reminders.js';

/** The system in history: what it did, in place of an officer who did not review in time. */
export const AUTO_APPROVAL = { role: 'system' as const, id: 'auto-approval' };

/**
 * Approves every draft and insight that waited longer than its campaign's `rules.reviewHours`,
 * as the system, with the usual history entry, event and messages. Returns how many it approved.
 */
export async function approveOverdueReviews(services: Services): Promise<number> {
  const now = services.clock.now();
  let approved = 0;
  for await (const { participation, campaign } of waitingParticipations(services, ['in_review', 'insight_review'])) {
    if (!deadlineOf(participation, campaign, now)?.overdue) continue;
    const outcome = await makeMove(services, {
      action: participation.stage === 'in_review' ? 'approveDraft' : 'approveInsight',
      participationId: participation.id,
      body: {},
      actor: AUTO_APPROVAL,
    });
    // Another process or an officer may have moved it first: that is fine, it is no longer waiting.
    if (outcome.ok) approved++;
  }
  return approved;
}

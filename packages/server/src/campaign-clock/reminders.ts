import { STAGES, deadlineOf, type Campaign, type Participation, type Stage } from '@ibusibuk/sdk';
import { DAY } from '../clock.js';
import type { Services } from '../services.js';
import type { ReminderRecord } from '../store/store.js';

/** Which reminder is due for a deadline at `now`: the most urgent one passed (a clock that jumps sends one, not three). */
export function reminderDue(dueAt: string, now: Date): ReminderRecord['kind'] | null {
  const left = Date.parse(dueAt) - now.getTime();
  if (left < 0) return 'overdue';
  if (left <= DAY) return 'due_in_1_day';
  if (left <= 3 * DAY) return 'due_in_3_days';
  return null;
}

/** Stages in which a participation waits on someone: its deadline (or review limit) runs. */
export const RUNNING_STAGES = (Object.keys(STAGES) as Stage[]).filter((stage) => STAGES[stage].actor !== null && stage !== 'applied' && stage !== 'completed');

/** Every participation in `stages`, with its campaign (each campaign read once). */
export async function* waitingParticipations(
  services: Services,
  stages: readonly Stage[],
): AsyncGenerator<{ participation: Participation; campaign: Campaign }> {
  const campaigns = new Map<string, Campaign | null>();
  for (const stage of stages) {
    let cursor: string | undefined;
    do {
      const listing = await services.store.listParticipations({ stage }, { limit: 100, cursor });
      if (!listing.ok) return;
      for (const participation of listing.page.data) {
        if (!campaigns.has(participation.campaignId)) campaigns.set(participation.campaignId, await services.store.getCampaign(participation.campaignId));
        const campaign = campaigns.get(participation.campaignId);
        if (campaign) yield { participation, campaign };
      }
      cursor = listing.page.nextCursor ?? undefined;
    } while (cursor);
  }
}

/**
 * Writes the reminders due now: 3 days and 1 day before each of the KOL's due dates, and once when
 * it has passed. Each is written once (the store refuses a second), with its event in the same
 * transaction; the events become messages and webhooks. Returns how many were written.
 */
export async function writeDueReminders(services: Services): Promise<number> {
  const now = services.clock.now();
  let written = 0;
  for await (const { participation, campaign } of waitingParticipations(services, RUNNING_STAGES)) {
    const deadline = deadlineOf(participation, campaign, now);
    if (!deadline || deadline.kind === 'review') continue;
    const kind = reminderDue(deadline.dueAt, now);
    if (!kind) continue;
    const reminder: ReminderRecord = { participationId: participation.id, deadline: deadline.kind, kind, dueAt: deadline.dueAt, at: now };
    const event =
      kind === 'overdue'
        ? { type: 'participation.overdue' as const, data: { participation, deadline: deadline.kind, dueAt: deadline.dueAt } }
        : {
            type: 'participation.deadline_approaching' as const,
            data: { participation, deadline: deadline.kind, dueAt: deadline.dueAt, daysLeft: kind === 'due_in_1_day' ? 1 : 3 },
          };
    if (await services.store.writeReminder(reminder, event)) written++;
  }
  return written;
}

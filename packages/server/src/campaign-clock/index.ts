import type { Services } from '../services.js';
import { approveOverdueReviews } from './auto-approval.js';
import { writeDueReminders } from './reminders.js';

export interface ClockTick {
  reminders: number;
  autoApproved: number;
}

/** One tick of the campaign's clock at the server's time: automatic approvals, then reminders. */
export async function tickCampaignClock(services: Services): Promise<ClockTick> {
  const autoApproved = await approveOverdueReviews(services);
  return { autoApproved, reminders: await writeDueReminders(services) };
}

export { AUTO_APPROVAL } from './auto-approval.js';
export { reminderDue } from './reminders.js';

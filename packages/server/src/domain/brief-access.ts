import type { Participation } from '@ibusibuk/sdk';

/**
 * Whether a KOL's participation opens the campaign brief: once accepted, and
 * still after she withdraws from an accepted place, but never while only applied
 * or after a rejection or a withdrawal before acceptance.
 */
export function participationOpensBrief(participation: Participation): boolean {
  switch (participation.stage) {
    case 'applied':
    case 'rejected':
      return false;
    case 'withdrawn':
      return participation.history.some((entry) => entry.action === 'accept');
    default:
      return true;
  }
}

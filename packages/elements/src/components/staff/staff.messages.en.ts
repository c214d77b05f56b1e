import type { StaffMessages } from './staff.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  stage: {
    applied: 'Applied',
    accepted: 'Accepted',
    drafting: 'Drafting',
    in_review: 'Draft waiting for review',
    revision_requested: 'Revision requested',
    approved: 'Draft approved',
    posted: 'Posted',
    insight_review: 'Insight waiting for review',
    insight_revision_requested: 'Insight fix requested',
    completed: 'Completed, awaiting payment',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    paid: 'Paid',
  },
  duration: (days: number, hours: number, minutes: number) =>
    days > 0
      ? `${days} ${days === 1 ? 'day' : 'days'}${hours ? ` ${hours} h` : ''}`
      : hours > 0
        ? `${hours} ${hours === 1 ? 'hour' : 'hours'}`
        : `${Math.max(1, minutes)} min`,
  waited: (d: string) => `Waiting ${d}`,
  autoApproveIn: (d: string) => `Approved automatically in ${d}`,
  autoApproveDue: 'About to be approved automatically',
  age: (months: number) =>
    months < 0 ? 'Not born yet' : months < 24 ? `${months} months` : `${Math.floor(months / 12)} yr${months % 12 ? ` ${months % 12} mo` : ''}`,
  noChildren: 'No children listed',
  followers: (n: string) => `${n} followers`,
  loadError: 'The data could not be loaded.',
  notConnected: 'This element needs to sit inside an <ibusibuk-provider> with a staff session.',
  tableScroll: (what: string) => `${what} (scrolls sideways)`,
  newTab: '(opens in a new tab)',
  noteOptional: 'Note (optional)',
  noteRequired: 'Please write a note.',
  sending: 'Saving…',
} satisfies StaffMessages;

import type { DeadlineMessages } from './deadline.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  due: {
    draft: 'Draft due',
    post: 'Post by',
    insight: 'Insight due',
    review: 'Reviewed by',
  },
  line: (label: string, when: string) => `${label}: ${when}`,
  zone: 'WIB',
  late: (days: number) => (days === 1 ? '1 day late' : `${days} days late`),
  window: 'Posting window',
  windowClosedTitle: 'The posting window is not open yet',
  windowClosedBody: (opens: string) =>
    `You can post on your account and send the link here from ${opens}. Until then, keep your content ready.`,
  revisionsLeft: (left: number, max: number) => `${left} of ${max} ${max === 1 ? 'revision' : 'revisions'} left`,
  sentLate: 'Sent late',
  autoApproved: (hours: number) => `Approved automatically: not reviewed within ${hours} hours`,
  noteFromTeam: 'Note from the team',
} satisfies DeadlineMessages;

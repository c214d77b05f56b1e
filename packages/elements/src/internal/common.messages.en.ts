import type { CampaignTerms, FormWords, OfferTerms, ParticipationTerms, States } from './common.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export const states = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  networkError: 'You seem to be offline. Check your connection and try again.',
  genericError: 'Sorry, something went wrong. Please try again.',
  requestId: (id: string) => `Reference: ${id}`,
} satisfies States;

export const formWords = {
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  submit: 'Submit',
  copy: 'Copy',
  copied: 'Copied',
  required: 'required',
  optional: 'optional',
} satisfies FormWords;

export const campaignTerms = {
  daysLeft: (n: number) => (n === 0 ? 'Last day today' : n === 1 ? 'Closes tomorrow' : `${n} days left`),
  closedAgo: 'Applications closed',
  slotsLeft: (n: number) => (n === 0 ? 'No slots left' : `${n} slots left`),
  platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', facebook: 'Facebook' },
  compensation: { paid: 'Paid', barter: 'Product barter', paid_and_product: 'Fee + product' },
} satisfies CampaignTerms;

export const offerTerms = {
  fee: 'Fee',
  barter: 'Free product',
  format: { feed: 'Feed', reel: 'Reels', story: 'Story', video: 'Video', short: 'Shorts', live: 'Live' },
} satisfies OfferTerms;

export const participationTerms = {
  stage: {
    applied: 'Awaiting selection',
    accepted: 'Accepted',
    drafting: 'Creating content',
    in_review: 'Draft in review',
    revision_requested: 'Revision needed',
    approved: 'Content approved',
    posted: 'Posted',
    insight_review: 'Insight being checked',
    insight_revision_requested: 'Insight needs a fix',
    completed: 'Done, awaiting payment',
    rejected: 'Not selected',
    withdrawn: 'Withdrawn',
    paid: 'Paid',
  },
  metric: {
    reach: 'Reach',
    impressions: 'Impressions',
    views: 'Views / plays',
    likes: 'Likes',
    comments: 'Comments',
    shares: 'Shares',
    saves: 'Saves',
    replies: 'Story replies',
    linkClicks: 'Link clicks',
  },
} satisfies ParticipationTerms;

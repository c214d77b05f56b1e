import type { CampaignListMessages } from './campaign-list.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  listLabel: 'Campaigns open for applications',
  searchLabel: 'Search campaigns',
  searchPlaceholder: 'Search campaigns or brands',
  platformLabel: 'Platform',
  allPlatforms: 'All',
  compensationLabel: 'Compensation',
  allCompensation: 'Any compensation',
  count: (n: string) => (n === '1' ? '1 campaign' : `${n} campaigns`),
  loading: 'Loading campaigns…',
  loaded: (n: number) => `Showing ${n} campaigns.`,
  plusProduct: '+ product',
  coverAlt: (title: string) => `Campaign photo: ${title}`,
  emptyTitle: 'No matching campaigns yet',
  emptyFiltered: 'Try another keyword or clear the filters.',
  emptyNone: 'New campaigns are coming soon. Check back later!',
  resetFilters: 'Clear filters',
  errorTitle: 'Campaigns could not be loaded',
  loadMore: 'Load more',
  moreError: 'The next campaigns could not be loaded.',
  deadline: 'Apply by',
} satisfies CampaignListMessages;

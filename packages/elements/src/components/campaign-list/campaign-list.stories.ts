import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { NEVER_ANSWERS, OFFLINE } from '../../../../../.storybook/mock-api.js';
import '../provider/provider.js';
import './campaign-list.js';
import { makeCampaigns } from '../../../test/campaign-fixtures.js';

interface Args extends FrameArgs {
  count: number;
  layout: 'grid' | 'list' | 'compact';
  hideFilters: boolean;
  /** Search words (`q`): with words nothing matches, the empty state offers to reset the filters. */
  q: string;
  /** Connected to the Storybook mock API at this base URL instead of given `campaigns`. */
  apiBase: string;
}

const NOW = new Date('2026-06-01T03:00:00Z');

const meta: Meta<Args> = {
  title: 'Elements/Campaign list',
  tags: ['autodocs'],
  args: { count: 9, layout: 'grid', ...frameArgs(1100), hideFilters: false, q: '', apiBase: '' },
  argTypes: {
    count: { control: { type: 'number', min: 0, max: 10000 } },
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    apiBase: { control: false },
    ...frameArgTypes(280, 1280),
  },
  parameters: describeComponent(
    'Open campaigns as cards. Most stories are controlled: `campaigns` is set as a property, filters apply in place and nothing is fetched. Try 10000 campaigns: only the cards near the viewport are rendered. Loading and its failure are connected: the list asks Storybook\'s mock API, which never answers or cannot be reached.',
  ),
  render: (args) => {
    const list = html`<ibusibuk-campaign-list
      .campaigns=${args.apiBase ? undefined : makeCampaigns(args.count, NOW)}
      .now=${NOW}
      layout=${args.layout}
      locale=${args.locale}
      theme=${args.theme}
      q=${args.q || nothing}
      ?hide-filters=${args.hideFilters}
      href-template="https://brand.example/kampanye/{slug}"
    ></ibusibuk-campaign-list>`;
    return frame(
      args,
      args.apiBase ? html`<ibusibuk-provider api-base=${args.apiBase} publishable-key="pk_test_demo" locale=${args.locale}>${list}</ibusibuk-provider>` : list,
      { centered: false },
    );
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Grid: Story = {};
export const List: Story = { args: { layout: 'list', count: 4 } };
/** The ~300px column next to an Orami article. */
export const CompactSidebar: Story = { args: { layout: 'compact', width: 300, count: 6 } };
export const Empty: Story = { args: { count: 0 } };
/** Campaigns there are, but none matches the search: the empty state offers to reset the filters. */
export const NoMatch: Story = { args: { q: 'sepeda motor' } };
/** The first page is on its way: skeleton cards. */
export const Loading: Story = { args: { apiBase: NEVER_ANSWERS } };
/** The first page could not be loaded (the connection failed, after the SDK's retries): the message and a retry button. */
export const LoadFailed: Story = { args: { apiBase: OFFLINE } };
export const EnglishLoadFailed: Story = { args: { apiBase: OFFLINE, locale: 'en' } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TenThousand: Story = { args: { count: 10000, layout: 'compact', width: 420 } };

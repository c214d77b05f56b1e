import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './campaign-list.js';
import { makeCampaigns } from '../../../test/campaign-fixtures.js';

interface Args extends FrameArgs {
  count: number;
  layout: 'grid' | 'list' | 'compact';
  hideFilters: boolean;
}

const NOW = new Date('2026-06-01T03:00:00Z');

const meta: Meta<Args> = {
  title: 'Elements/Campaign list',
  tags: ['autodocs'],
  args: { count: 9, layout: 'grid', ...frameArgs(1100), hideFilters: false },
  argTypes: {
    count: { control: { type: 'number', min: 0, max: 10000 } },
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    ...frameArgTypes(280, 1280),
  },
  parameters: describeComponent(
    'Open campaigns as cards. These stories are controlled: `campaigns` is set as a property, filters apply in place and nothing is fetched. Try 10000 campaigns: only the cards near the viewport are rendered.',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-campaign-list
        .campaigns=${makeCampaigns(args.count, NOW)}
        .now=${NOW}
        layout=${args.layout}
        locale=${args.locale}
        theme=${args.theme}
        ?hide-filters=${args.hideFilters}
        href-template="https://brand.example/kampanye/{slug}"
      ></ibusibuk-campaign-list>`,
      { centered: false },
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Grid: Story = {};
export const List: Story = { args: { layout: 'list', count: 4 } };
/** The ~300px column next to an Orami article. */
export const CompactSidebar: Story = { args: { layout: 'compact', width: 300, count: 6 } };
export const Empty: Story = { args: { count: 0 } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TenThousand: Story = { args: { count: 10000, layout: 'compact', width: 420 } };

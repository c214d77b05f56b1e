import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './campaign-list.js';
import { makeCampaigns } from '../../../test/campaign-fixtures.js';

interface Args {
  count: number;
  layout: 'grid' | 'list' | 'compact';
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
  hideFilters: boolean;
}

const NOW = new Date('2026-06-01T03:00:00Z');

const meta: Meta<Args> = {
  title: 'Elements/Campaign list',
  tags: ['autodocs'],
  args: { count: 9, layout: 'grid', locale: 'id', theme: 'light', width: 1100, hideFilters: false },
  argTypes: {
    count: { control: { type: 'number', min: 0, max: 10000 } },
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1280, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Open campaigns as cards. These stories are controlled: `campaigns` is set as a property, filters apply in place and nothing is fetched. Try 10000 campaigns: only the cards near the viewport are rendered.',
      },
    },
  },
  render: ({ count, layout, locale, theme, width, hideFilters }) => html`
    <div
      style=${styleMap({
        maxWidth: `${width}px`,
        padding: theme === 'dark' ? '16px' : '0',
        background: theme === 'dark' ? '#121016' : 'transparent',
      })}
    >
      <ibusibuk-campaign-list
        .campaigns=${makeCampaigns(count, NOW)}
        .now=${NOW}
        layout=${layout}
        locale=${locale}
        theme=${theme}
        ?hide-filters=${hideFilters}
        href-template="https://brand.example/kampanye/{slug}"
      ></ibusibuk-campaign-list>
    </div>
  `,
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

import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Stage } from '@ibusibuk/sdk';
import './campaign.js';
import { demoBrief, demoCampaign, participationAt } from './campaign.fixtures.js';

interface Args {
  stage: Stage | 'none';
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
}

const campaign = demoCampaign();
const brief = demoBrief(campaign);

const meta: Meta<Args> = {
  title: 'Elements/Campaign',
  tags: ['autodocs'],
  args: { stage: 'none', locale: 'id', theme: 'light', width: 760 },
  argTypes: {
    stage: {
      control: 'select',
      options: [
        'none',
        'applied',
        'accepted',
        'drafting',
        'in_review',
        'revision_requested',
        'approved',
        'posted',
        'insight_review',
        'insight_revision_requested',
        'completed',
        'paid',
        'rejected',
        'withdrawn',
      ],
    },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One campaign and, for the signed-in KOL, what her current stage needs. These stories are controlled: the `campaign`, `participation` and `brief` properties are set and nothing is fetched.',
      },
    },
  },
  render: ({ stage, locale, theme, width }) => html`
    <div
      style=${styleMap({
        maxWidth: `${width}px`,
        margin: '0 auto',
        padding: theme === 'dark' ? '16px' : '0',
        background: theme === 'dark' ? '#121016' : 'transparent',
      })}
    >
      <ibusibuk-campaign
        locale=${locale}
        theme=${theme}
        .campaign=${campaign}
        .participation=${stage === 'none' ? null : participationAt(stage, campaign)}
        .brief=${brief}
      ></ibusibuk-campaign>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const NotAppliedYet: Story = {};
export const Applied: Story = { args: { stage: 'applied' } };
export const Accepted: Story = { args: { stage: 'accepted' } };
export const RevisionRequested: Story = { args: { stage: 'revision_requested' } };
export const Approved: Story = { args: { stage: 'approved' } };
export const Paid: Story = { args: { stage: 'paid' } };
export const Rejected: Story = { args: { stage: 'rejected' } };
export const Withdrawn: Story = { args: { stage: 'withdrawn' } };
export const English: Story = { args: { stage: 'in_review', locale: 'en' } };
export const Dark: Story = { args: { stage: 'drafting', theme: 'dark' } };
export const Phone320: Story = { args: { stage: 'in_review', width: 320 } };

import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './draft-uploader.js';
import { demoBrief, demoCampaign, participationAt } from '../campaign/campaign.fixtures.js';

type DraftStage = 'accepted' | 'drafting' | 'in_review' | 'revision_requested' | 'approved';

interface Args {
  stage: DraftStage;
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
}

const campaign = demoCampaign();
const brief = demoBrief(campaign);

const meta: Meta<Args> = {
  title: 'Elements/Draft uploader',
  tags: ['autodocs'],
  args: { stage: 'drafting', locale: 'id', theme: 'light', width: 640 },
  argTypes: {
    stage: { control: 'select', options: ['accepted', 'drafting', 'in_review', 'revision_requested', 'approved'] },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Photos and videos, a caption checked against the brief, and the version history with the officer’s feedback. These stories are controlled (`participation`, `campaign`, `brief` set; nothing fetched); uploading and sending need an `<ibusibuk-provider>`.',
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
      <ibusibuk-draft-uploader
        locale=${locale}
        theme=${theme}
        .participation=${participationAt(stage, campaign)}
        .campaign=${campaign}
        .brief=${brief}
      ></ibusibuk-draft-uploader>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Drafting: Story = {};
export const RevisionRequested: Story = { args: { stage: 'revision_requested' } };
export const InReview: Story = { args: { stage: 'in_review' } };
export const Approved: Story = { args: { stage: 'approved' } };
export const BeforeTheBrief: Story = { args: { stage: 'accepted' } };
export const English: Story = { args: { stage: 'revision_requested', locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone320: Story = { args: { width: 320 } };

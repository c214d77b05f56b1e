import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './insight-submitter.js';
import { demoCampaign, withInsight } from '../campaign/campaign.fixtures.js';

/** Its own stages, one before them and one that ended the participation. */
type InsightStage = 'drafting' | 'approved' | 'posted' | 'insight_review' | 'insight_revision_requested' | 'completed' | 'paid' | 'withdrawn';

interface Args extends FrameArgs {
  stage: InsightStage;
}

const campaign = demoCampaign(); // Instagram Reels, Instagram Stories ×3, TikTok video

const meta: Meta<Args> = {
  title: 'Elements/Insight submitter',
  tags: ['autodocs'],
  args: { stage: 'posted', ...frameArgs(640) },
  argTypes: {
    stage: { control: 'select', options: ['drafting', 'approved', 'posted', 'insight_review', 'insight_revision_requested', 'completed', 'paid', 'withdrawn'] },
    ...frameArgTypes(320, 1200),
  },
  parameters: describeComponent(
    'After approval: the post link, then the insight per deliverable with a live engagement rate and screenshots, the check, and the payout. These stories are controlled (`participation`, `campaign` set; nothing fetched).',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-insight-submitter
        locale=${args.locale}
        theme=${args.theme}
        .participation=${withInsight(args.stage, campaign)}
        .campaign=${campaign}
      ></ibusibuk-insight-submitter>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const PostLink: Story = { args: { stage: 'approved' } };
export const InsightForm: Story = {};
export const FixRequested: Story = { args: { stage: 'insight_revision_requested' } };
export const BeingChecked: Story = { args: { stage: 'insight_review' } };
export const PayoutPending: Story = { args: { stage: 'completed' } };
export const Paid: Story = { args: { stage: 'paid' } };
/** Before the draft is approved: a "not yet" notice. */
export const NotYet: Story = { args: { stage: 'drafting' } };
/** She withdrew (or was not selected): a "closed" notice. */
export const Closed: Story = { args: { stage: 'withdrawn' } };
export const English: Story = { args: { stage: 'paid', locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone320: Story = { args: { width: 320 } };

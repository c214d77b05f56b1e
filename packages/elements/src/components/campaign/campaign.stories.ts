import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { Stage } from '@ibusibuk/sdk';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './campaign.js';
import { demoBrief, demoCampaign, participationAt } from './campaign.fixtures.js';

interface Args extends FrameArgs {
  stage: Stage | 'none';
}

const campaign = demoCampaign();
const brief = demoBrief(campaign);

const meta: Meta<Args> = {
  title: 'Elements/Campaign',
  tags: ['autodocs'],
  args: { stage: 'none', ...frameArgs(760) },
  argTypes: {
    stage: {
      control: 'select',
      options: ['none', ...Stage.options],
    },
    ...frameArgTypes(320, 1200),
  },
  parameters: describeComponent(
    'One campaign and, for the signed-in KOL, what her current stage needs. These stories are controlled: the `campaign`, `participation` and `brief` properties are set and nothing is fetched.',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-campaign
        locale=${args.locale}
        theme=${args.theme}
        .campaign=${campaign}
        .participation=${args.stage === 'none' ? null : participationAt(args.stage, campaign)}
        .brief=${brief}
      ></ibusibuk-campaign>`,
    ),
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

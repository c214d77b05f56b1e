import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './draft-uploader.js';
import { demoBrief, demoCampaign, participationAt } from '../campaign/campaign.fixtures.js';

/** Its own stages, the two before them, one after and one that ended the participation. */
type DraftStage = 'applied' | 'accepted' | 'drafting' | 'in_review' | 'revision_requested' | 'approved' | 'rejected';

interface Args extends FrameArgs {
  stage: DraftStage;
}

const campaign = demoCampaign();
const brief = demoBrief(campaign);

const meta: Meta<Args> = {
  title: 'Elements/Draft uploader',
  tags: ['autodocs'],
  args: { stage: 'drafting', ...frameArgs(640) },
  argTypes: {
    stage: { control: 'select', options: ['applied', 'accepted', 'drafting', 'in_review', 'revision_requested', 'approved', 'rejected'] },
    ...frameArgTypes(320, 1200),
  },
  parameters: describeComponent(
    'Photos and videos, a caption checked against the brief, and the version history with the officer’s feedback. These stories are controlled (`participation`, `campaign`, `brief` set; nothing fetched); uploading and sending need an `<ibusibuk-provider>`.',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-draft-uploader
        locale=${args.locale}
        theme=${args.theme}
        .participation=${participationAt(args.stage, campaign)}
        .campaign=${campaign}
        .brief=${brief}
      ></ibusibuk-draft-uploader>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const Drafting: Story = {};
export const RevisionRequested: Story = { args: { stage: 'revision_requested' } };
export const InReview: Story = { args: { stage: 'in_review' } };
export const Approved: Story = { args: { stage: 'approved' } };
export const BeforeTheBrief: Story = { args: { stage: 'accepted' } };
/** Applied, not yet accepted: drafting comes later. */
export const BeforeAcceptance: Story = { args: { stage: 'applied' } };
/** Not selected (or withdrawn): the draft stage is over. */
export const StageOver: Story = { args: { stage: 'rejected' } };
export const English: Story = { args: { stage: 'revision_requested', locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone320: Story = { args: { width: 320 } };

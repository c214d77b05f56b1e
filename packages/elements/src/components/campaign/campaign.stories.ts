import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { Stage } from '@ibusibuk/sdk';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { DEMO_API, NEVER_ANSWERS, OFFLINE } from '../../../../../.storybook/mock-api.js';
import '../provider/provider.js';
import './campaign.js';
import { demoBrief, demoCampaign, withInsight } from './campaign.fixtures.js';

interface Args extends FrameArgs {
  stage: Stage | 'none';
  /** The campaign as given: open with slots left, closed, or full. */
  offer: 'open' | 'closed' | 'full';
  /** In a provider talking to Storybook's mock API at this base URL (connected: her participation is not given). */
  apiBase: string;
}

const campaigns = {
  open: demoCampaign(),
  closed: demoCampaign({ status: 'closed' }),
  full: demoCampaign({ slotsFilled: 20 }),
};
const brief = demoBrief(campaigns.open);

const meta: Meta<Args> = {
  title: 'Elements/Campaign',
  tags: ['autodocs'],
  args: { stage: 'none', offer: 'open', apiBase: '', ...frameArgs(760) },
  argTypes: {
    stage: {
      control: 'select',
      options: ['none', ...Stage.options],
    },
    offer: { control: 'inline-radio', options: ['open', 'closed', 'full'] },
    apiBase: { control: false },
    ...frameArgTypes(320, 1200),
  },
  parameters: describeComponent(
    "One campaign and, for the signed-in KOL, what her current stage needs, one story per stage of the lifecycle. Most stories are controlled: the `campaign`, `participation` and `brief` properties are set and nothing is fetched. The signed-out, loading and failed ones sit in an `<ibusibuk-provider>` talking to Storybook's mock API.",
  ),
  render: (args) => {
    const connected = Boolean(args.apiBase);
    const campaign = campaigns[args.offer];
    // Loaded by its slug, except from the demo API, where the campaign is given and only the sign-in is connected.
    const loadsItself = connected && args.apiBase !== DEMO_API;
    const element = html`<ibusibuk-campaign
      locale=${args.locale}
      theme=${args.theme}
      .campaign=${loadsItself ? campaign.slug : campaign}
      .participation=${connected ? undefined : args.stage === 'none' ? null : withInsight(args.stage, campaign)}
      .brief=${connected ? undefined : brief}
    ></ibusibuk-campaign>`;
    return frame(args, connected ? html`<ibusibuk-provider api-base=${args.apiBase} publishable-key="pk_test_demo" locale=${args.locale}>${element}</ibusibuk-provider>` : element);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NotAppliedYet: Story = {};
/** In a provider, nobody signed in: the campaign, and the sign-in under "apply". */
export const SignedOut: Story = { args: { apiBase: DEMO_API } };
/** Applications closed: a notice instead of the form. */
export const ApplicationsClosed: Story = { args: { offer: 'closed' } };
/** Every slot taken: a notice instead of the form. */
export const SlotsFull: Story = { args: { offer: 'full' } };
/** The campaign is on its way: a skeleton. */
export const Loading: Story = { args: { apiBase: NEVER_ANSWERS } };
/** The campaign could not be loaded (the connection failed, after the SDK's retries). */
export const LoadFailed: Story = { args: { apiBase: OFFLINE } };

// One story per stage of the lifecycle (STAGES in @ibusibuk/sdk), in its order.
export const Applied: Story = { args: { stage: 'applied' } };
export const Accepted: Story = { args: { stage: 'accepted' } };
export const Drafting: Story = { args: { stage: 'drafting' } };
export const InReview: Story = { args: { stage: 'in_review' } };
export const RevisionRequested: Story = { args: { stage: 'revision_requested' } };
export const Approved: Story = { args: { stage: 'approved' } };
export const Posted: Story = { args: { stage: 'posted' } };
export const InsightReview: Story = { args: { stage: 'insight_review' } };
export const InsightRevisionRequested: Story = { args: { stage: 'insight_revision_requested' } };
export const Completed: Story = { args: { stage: 'completed' } };
export const Paid: Story = { args: { stage: 'paid' } };
export const Rejected: Story = { args: { stage: 'rejected' } };
export const Withdrawn: Story = { args: { stage: 'withdrawn' } };

export const English: Story = { args: { stage: 'in_review', locale: 'en' } };
export const EnglishSignedOut: Story = { args: { apiBase: DEMO_API, locale: 'en' } };
export const Dark: Story = { args: { stage: 'drafting', theme: 'dark' } };
export const Phone320: Story = { args: { stage: 'in_review', width: 320 } };

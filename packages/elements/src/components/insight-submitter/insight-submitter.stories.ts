import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Insight, Participation } from '@ibusibuk/sdk';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './insight-submitter.js';
import { demoCampaign, participationAt } from '../campaign/campaign.fixtures.js';

type InsightStage = 'approved' | 'posted' | 'insight_review' | 'insight_revision_requested' | 'completed' | 'paid';

interface Args extends FrameArgs {
  stage: InsightStage;
}

const campaign = demoCampaign(); // Instagram Reels, Instagram Stories ×3, TikTok video

/** The fixture participation plus the insight a KOL would have sent by `stage`. */
function withInsight(stage: InsightStage): Participation {
  const p = participationAt(stage, campaign);
  if (stage === 'approved' || stage === 'posted') return p;
  const fix = stage === 'insight_revision_requested';
  const insight: Insight = {
    version: 1,
    metrics: [
      { deliverableIndex: 0, values: { reach: 12_500, views: 18_300, likes: 940, comments: 85, shares: 40, saves: 120 }, engagementRate: 9.48 },
      { deliverableIndex: 1, values: { reach: 4200, impressions: 5100, replies: 12, linkClicks: 60 }, engagementRate: 0.29 },
      { deliverableIndex: 2, values: { views: 22_000, likes: 1300, comments: 70, shares: 55, saves: 90 }, engagementRate: 6.88 },
    ],
    screenshotIds: ['upl_demoShot0001', 'upl_demoShot0002'],
    note: null,
    engagementRate: 7.12,
    status: fix ? 'fix_requested' : stage === 'insight_review' ? 'in_review' : 'approved',
    officerNote: fix ? 'Angka reach Reels tidak sama dengan screenshot. Mohon unggah screenshot halaman Insight yang lengkap, ya.' : null,
    submittedAt: p.updatedAt,
    reviewedAt: fix ? p.updatedAt : null,
  };
  return { ...p, insights: [insight] };
}

const meta: Meta<Args> = {
  title: 'Elements/Insight submitter',
  tags: ['autodocs'],
  args: { stage: 'posted', ...frameArgs(640) },
  argTypes: {
    stage: { control: 'select', options: ['approved', 'posted', 'insight_review', 'insight_revision_requested', 'completed', 'paid'] },
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
        .participation=${withInsight(args.stage)}
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
export const English: Story = { args: { stage: 'paid', locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone320: Story = { args: { width: 320 } };

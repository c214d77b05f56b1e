import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Stage } from '@ibusibuk/sdk';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './brief.js';
import { demoBrief, participationAt } from './brief.fixtures.js';

interface Args extends FrameArgs {
  stage: Stage | 'none';
  /** No brief written yet for the campaign. */
  noBrief: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Brief',
  tags: ['autodocs'],
  args: { stage: 'accepted', noBrief: false, ...frameArgs(680) },
  argTypes: {
    stage: { control: 'select', options: ['none', 'applied', 'accepted', 'drafting', 'in_review', 'rejected'] },
    ...frameArgTypes(320, 1000),
  },
  parameters: describeComponent(
    'A campaign brief for the accepted KOL. These stories are controlled: `brief` and `participation` are set as properties and nothing is fetched. `none` shows the brief without a participation (a preview, no confirmation).',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-brief
        locale=${args.locale}
        theme=${args.theme}
        .brief=${args.noBrief ? undefined : demoBrief()}
        .participation=${args.stage === 'none' ? undefined : participationAt(args.stage)}
      ></ibusibuk-brief>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const Accepted: Story = {};
export const Acknowledged: Story = { args: { stage: 'drafting' } };
export const BeforeAcceptance: Story = { args: { stage: 'applied' } };
export const NotSelected: Story = { args: { stage: 'rejected' } };
export const Preview: Story = { args: { stage: 'none' } };
/** Accepted, but the team has not written the brief yet. */
export const NoBriefYet: Story = { args: { noBrief: true } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone: Story = { args: { width: 340 } };

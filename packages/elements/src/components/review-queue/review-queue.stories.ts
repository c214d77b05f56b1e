import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './review-queue.js';
import { reviewQueueData } from '../staff/staff.fixtures.js';

const meta: Meta<FrameArgs> = {
  title: 'Staff console/ReviewQueue',
  tags: ['autodocs'],
  args: frameArgs(1200),
  argTypes: frameArgTypes(320, 1400),
  parameters: describeComponent("Drafts and insights waiting on the reviewer, oldest first. Controlled: `data` (with briefs and uploads) is set as a property."),
  render: (args) => frame(args, html`<ibusibuk-review-queue locale=${args.locale} theme=${args.theme} .data=${reviewQueueData()} open-id="par_staffRinain_review"></ibusibuk-review-queue>`),
};
export default meta;

type Story = StoryObj<FrameArgs>;

export const Default: Story = {};
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone: Story = { args: { width: 390 } };

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './payouts.js';
import { payoutsData } from '../staff/staff.fixtures.js';

const meta: Meta<FrameArgs> = {
  title: 'Staff console/Payouts',
  tags: ['autodocs'],
  args: frameArgs(1200),
  argTypes: frameArgTypes(320, 1400),
  parameters: describeComponent("Completed participations waiting for payment, and payouts recorded. Controlled: `data` is set as a property."),
  render: (args) => frame(args, html`<ibusibuk-payouts locale=${args.locale} theme=${args.theme} .data=${payoutsData()}></ibusibuk-payouts>`),
};
export default meta;

type Story = StoryObj<FrameArgs>;

export const Default: Story = {};
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone: Story = { args: { width: 390 } };

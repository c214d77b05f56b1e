import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import '../provider/provider.js';
import './sign-in.js';

interface Args extends FrameArgs {
  heading: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Sign-in',
  tags: ['autodocs'],
  args: { ...frameArgs(420), heading: '' },
  argTypes: frameArgTypes(300, 600),
  parameters: describeComponent(
    'Email one-time-code sign-in. It needs an `<ibusibuk-provider>`; with the reference server running (`pnpm dev`), set `api-base` to it and read the code from the dev outbox (`GET /v1/dev/outbox`). Without a server the first step still shows validation.',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-provider api-base="http://localhost:8787" publishable-key="pk_test_demo" locale=${args.locale} theme=${args.theme}>
        <ibusibuk-sign-in heading=${args.heading}></ibusibuk-sign-in>
      </ibusibuk-provider>`,
      { centered: false, alwaysPadded: true },
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Email: Story = {};
export const CustomHeading: Story = { args: { heading: 'Masuk untuk mendaftar kampanye' } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { DEMO_API, SESSION_TOKEN } from '../../../../../.storybook/mock-api.js';
import './provider.js';
import '../sign-in/sign-in.js';
import '../campaign-list/campaign-list.js';

interface Args extends FrameArgs {
  publishableKey: string;
  sessionToken: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  tags: ['autodocs'],
  args: { ...frameArgs(720), publishableKey: 'pk_test_demo', sessionToken: '' },
  argTypes: { ...frameArgTypes(300, 1100), publishableKey: { control: 'text' }, sessionToken: { control: false } },
  parameters: describeComponent(
    "Holds the API client, the KOL's session, the language and the theme for every Ibu Sibuk element inside it, and draws nothing itself, except a notice when it is set up wrong. Here it talks to Storybook's mock API: the sign-in and the list inside are fetched through it.",
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-provider
        api-base=${DEMO_API}
        publishable-key=${args.publishableKey}
        session-token=${args.sessionToken}
        locale=${args.locale}
        theme=${args.theme}
      >
        <ibusibuk-sign-in></ibusibuk-sign-in>
        <ibusibuk-campaign-list layout="list" page-size="3" hide-filters></ibusibuk-campaign-list>
      </ibusibuk-provider>`,
      { centered: false, alwaysPadded: true },
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** A publishable key: anyone may read the campaigns; the sign-in starts a session. */
export const SignedOut: Story = {};

/** A session given by the page's server (`session-token`): every element inside acts as her. */
export const SignedIn: Story = { args: { sessionToken: SESSION_TOKEN } };

/** A secret key in a page is refused: a notice instead of the elements' data, and a console error. */
export const SecretKeyRefused: Story = { tags: ['logs-error', '!autodocs'], args: { publishableKey: 'sk_test_demo' } };

/** Neither a publishable key nor a session: the same kind of notice. */
export const NoKey: Story = { tags: ['logs-error', '!autodocs'], args: { publishableKey: '' } };

export const English: Story = { args: { locale: 'en' } };
export const EnglishSecretKey: Story = { tags: ['logs-error', '!autodocs'], args: { locale: 'en', publishableKey: 'sk_test_demo' } };
export const Dark: Story = { args: { theme: 'dark', sessionToken: SESSION_TOKEN } };

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent } from 'storybook/test';
import { describeComponent, frame, frameArgs, frameArgTypes, inShadow, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { DEMO_API, OFFLINE, SESSION_TOKEN } from '../../../../../.storybook/mock-api.js';
import '../provider/provider.js';
import './sign-in.js';

interface Args extends FrameArgs {
  heading: string;
  /** The provider's `api-base`: the Storybook mock API, or a connection that fails. */
  apiBase: string;
  /** Given to the provider: she is signed in already. */
  sessionToken: string;
  /** Render the element without a provider around it. */
  alone: boolean;
}

const EMAIL = 'rina@contoh.id';

/** Step 1 done: her email typed and the code sent. */
async function sendCode(canvas: HTMLElement): Promise<void> {
  await userEvent.type(await inShadow(canvas, 'ibusibuk-sign-in', '#email'), EMAIL);
  await userEvent.click(await inShadow(canvas, 'ibusibuk-sign-in', 'button[type="submit"]'));
}

const meta: Meta<Args> = {
  title: 'Elements/Sign-in',
  tags: ['autodocs'],
  args: { ...frameArgs(420), heading: '', apiBase: DEMO_API, sessionToken: '', alone: false },
  argTypes: { ...frameArgTypes(300, 600), apiBase: { control: false }, sessionToken: { control: false }, alone: { control: false } },
  parameters: describeComponent(
    `Email one-time-code sign-in, inside an \`<ibusibuk-provider>\`. Here the provider talks to Storybook's mock API: any email gets a code, and the code that works is 246810. With the reference server (\`pnpm dev\`), set \`api-base\` to it and read the code from the dev outbox (\`GET /v1/dev/outbox\`).`,
  ),
  render: (args) =>
    frame(
      args,
      args.alone
        ? html`<ibusibuk-sign-in locale=${args.locale} theme=${args.theme}></ibusibuk-sign-in>`
        : html`<ibusibuk-provider
            api-base=${args.apiBase}
            publishable-key="pk_test_demo"
            session-token=${args.sessionToken}
            locale=${args.locale}
            theme=${args.theme}
          >
            <ibusibuk-sign-in heading=${args.heading}></ibusibuk-sign-in>
          </ibusibuk-provider>`,
      { centered: false, alwaysPadded: true },
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Email: Story = {};
export const CustomHeading: Story = { args: { heading: 'Masuk untuk mendaftar kampanye' } };

/** Step 2: the code was sent; she types the 6 digits (the resend button counts down from one minute). */
export const CodeSent: Story = {
  tags: ['!autodocs'], // reached by its play function, which the docs page does not run
  play: async ({ canvasElement }) => {
    await sendCode(canvasElement);
    await inShadow(canvasElement, 'ibusibuk-sign-in', '#code');
  },
};

/** Step 2 with a wrong code: the server's message under the field. */
export const WrongCode: Story = {
  tags: ['!autodocs'], // reached by its play function, which the docs page does not run
  play: async ({ canvasElement }) => {
    await sendCode(canvasElement);
    await userEvent.type(await inShadow(canvasElement, 'ibusibuk-sign-in', '#code'), '135790');
    await userEvent.click(await inShadow(canvasElement, 'ibusibuk-sign-in', 'button[type="submit"]'));
    await inShadow(canvasElement, 'ibusibuk-sign-in', '#code[aria-invalid="true"]');
  },
};

/** The code could not be sent: the connection failed (after the SDK's retries). */
export const ConnectionLost: Story = {
  tags: ['!autodocs'], // reached by its play function, which the docs page does not run
  args: { apiBase: OFFLINE },
  play: async ({ canvasElement }) => {
    await sendCode(canvasElement);
    await inShadow(canvasElement, 'ibusibuk-sign-in', '[part="error"]');
  },
};

/** Signed in: who she is, and a sign-out button. */
export const SignedIn: Story = { args: { sessionToken: SESSION_TOKEN } };

/** Outside a provider it cannot sign anyone in, and says so. */
export const WithoutProvider: Story = { args: { alone: true } };

export const English: Story = { args: { locale: 'en' } };
export const EnglishWrongCode: Story = { ...WrongCode, args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };

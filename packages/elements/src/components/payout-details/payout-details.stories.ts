import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { DEMO_API, NEW_KOL_API, SESSION_TOKEN } from '../../../../../.storybook/mock-api.js';
import '../provider/provider.js';
import './payout-details.js';

interface Args extends FrameArgs {
  /** The mock API: her payout profile given (DEMO_API) or not yet (NEW_KOL_API). */
  apiBase: string;
  locked: boolean;
  onlyIfMissing: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Payout details',
  tags: ['autodocs'],
  args: { ...frameArgs(520), apiBase: NEW_KOL_API, locked: false, onlyIfMissing: false },
  argTypes: { ...frameArgTypes(300, 800), apiBase: { control: false } },
  parameters: describeComponent(
    "Where the signed-in KOL's fees go and her NPWP/NIK. It renders nothing without a signed-in KOL, so these stories sit in an `<ibusibuk-provider>` with a session, talking to Storybook's mock API (saving keeps the details until the page reloads).",
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-provider api-base=${args.apiBase} publishable-key="pk_test_demo" locale=${args.locale} session-token=${SESSION_TOKEN}>
        <ibusibuk-payout-details locale=${args.locale} theme=${args.theme} ?locked=${args.locked} ?only-if-missing=${args.onlyIfMissing}></ibusibuk-payout-details>
      </ibusibuk-provider>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing given yet: the form (bank or e-wallet, and NPWP/NIK). */
export const NotGivenYet: Story = {};
/** Given: shown masked, with a "change" button. */
export const Given: Story = { args: { apiBase: DEMO_API } };
/** The payout was recorded: shown, no longer editable. */
export const Locked: Story = { args: { apiBase: DEMO_API, locked: true } };
/** `only-if-missing` and nothing given: the form, as the insight submitter asks at `completed`. */
export const OnlyIfMissing: Story = { args: { onlyIfMissing: true } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark', apiBase: DEMO_API } };

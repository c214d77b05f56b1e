import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent } from 'storybook/test';
import { describeComponent, frame, frameArgs, frameArgTypes, inShadow, type FrameArgs } from '../../../../../.storybook/story-support.js';
import { DEMO_API, NEVER_ANSWERS, OFFLINE, SESSION_TOKEN } from '../../../../../.storybook/mock-api.js';
import { APPLIED_BEFORE } from '../../../../../.storybook/mock-data.js';
import '../provider/provider.js';
import './apply-form.js';
import { applyCampaign, openToAll, savedProfile } from './apply-form.fixtures.js';

/** Controlled (no provider): the first five. Connected to Storybook's mock API: the rest. */
type Scenario = 'new' | 'prefilled' | 'unmet' | 'openToAll' | 'closed' | 'loading' | 'loadFailed' | 'signedOut' | 'signedIn' | 'appliedBefore';

interface Args extends FrameArgs {
  scenario: Scenario;
}

/** The provider's `api-base` and `session-token` of a connected scenario. */
const CONNECTED: Partial<Record<Scenario, { apiBase: string; sessionToken?: string }>> = {
  loading: { apiBase: NEVER_ANSWERS },
  loadFailed: { apiBase: OFFLINE },
  signedOut: { apiBase: DEMO_API },
  signedIn: { apiBase: DEMO_API, sessionToken: SESSION_TOKEN },
  appliedBefore: { apiBase: DEMO_API, sessionToken: SESSION_TOKEN },
};

/** The `campaign` property; left out where the form loads it by `campaign-id`. */
const campaignFor = (scenario: Scenario) =>
  scenario === 'loading' || scenario === 'loadFailed'
    ? undefined
    : scenario === 'openToAll'
      ? openToAll()
      : scenario === 'closed'
        ? applyCampaign({ status: 'closed' })
        : scenario === 'appliedBefore'
          ? APPLIED_BEFORE
          : applyCampaign();

const profileFor = (scenario: Scenario) =>
  scenario === 'prefilled'
    ? savedProfile()
    : scenario === 'unmet'
      ? savedProfile({ city: 'Medan', province: 'Sumatera Utara', socialAccounts: [{ platform: 'instagram', handle: 'rina', followers: 1200 }] })
      : undefined;

/** Signed in, her saved profile filled in: she answers the two questions, ticks the boxes and sends. */
async function apply(canvas: HTMLElement): Promise<void> {
  const form = 'ibusibuk-apply-form';
  const name = await inShadow<HTMLInputElement>(canvas, form, '#f-profile-name');
  const start = performance.now();
  while (!name.value && performance.now() - start < 8000) await new Promise((resolve) => setTimeout(resolve, 20));
  await userEvent.type(await inShadow(canvas, form, '#f-answers-whyMe'), 'Saya sedang memulai MPASI untuk anak kedua dan rutin berbagi resep.');
  await userEvent.type(await inShadow(canvas, form, '#f-answers-contentIdea'), 'Reels sehari MPASI, dari menyiapkan bubur sampai si Kecil lahap makan.');
  for (const box of ['#f-answers-eligibility-meetsRequirements', '#f-answers-eligibility-willFollowBrief', '#f-consent']) {
    await userEvent.click(await inShadow(canvas, form, box));
  }
  await userEvent.click(await inShadow(canvas, form, '[part="submit"]'));
  await inShadow(canvas, form, '[part="success"]');
}

const meta: Meta<Args> = {
  title: 'Elements/Apply form',
  tags: ['autodocs'],
  args: { scenario: 'new', ...frameArgs(560) },
  argTypes: {
    scenario: { control: 'select', options: ['new', 'prefilled', 'unmet', 'openToAll', 'closed', 'loading', 'loadFailed', 'signedOut', 'signedIn', 'appliedBefore'] },
    ...frameArgTypes(320, 1000),
  },
  parameters: describeComponent(
    "The application form for one campaign. Most stories are controlled: `campaign` (and `profile` for a pre-fill) are set as properties and nothing is fetched, so submitting only runs the client-side checks. The loading, signed-out, submitted and already-registered stories sit in an `<ibusibuk-provider>` talking to Storybook's mock API (sign in with any email and the code 246810).",
  ),
  render: (args) => {
    const connected = CONNECTED[args.scenario];
    const form = html`<ibusibuk-apply-form
      locale=${args.locale}
      theme=${args.theme}
      source="storybook"
      campaign-id=${connected && !campaignFor(args.scenario) ? 'mpasi-organik-si-kecil' : nothing}
      .campaign=${campaignFor(args.scenario)}
      .profile=${profileFor(args.scenario)}
    ></ibusibuk-apply-form>`;
    return frame(
      args,
      connected
        ? html`<ibusibuk-provider api-base=${connected.apiBase} publishable-key="pk_test_demo" locale=${args.locale} session-token=${connected.sessionToken ?? ''}
            >${form}</ibusibuk-provider
          >`
        : form,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NewApplicant: Story = {};
export const PrefilledFromLastApplication: Story = { args: { scenario: 'prefilled' } };
export const RequirementsNotMet: Story = { args: { scenario: 'unmet' } };
export const OpenToEveryone: Story = { args: { scenario: 'openToAll' } };
export const Closed: Story = { args: { scenario: 'closed' } };
/** The campaign is on its way (`campaign-id`): a skeleton. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The campaign could not be loaded (the connection failed, after the SDK's retries): the message and a retry button. */
export const LoadFailed: Story = { args: { scenario: 'loadFailed' } };
/** In a provider, nobody signed in: the requirements, then the sign-in. */
export const SignedOut: Story = { args: { scenario: 'signedOut' } };
/** Signed in: her saved profile fills the form in. */
export const SignedIn: Story = { args: { scenario: 'signedIn' } };
/** Sent: the confirmation. */
export const Submitted: Story = {
  tags: ['!autodocs'], // reached by its play function, which the docs page does not run
  args: { scenario: 'signedIn' },
  play: async ({ canvasElement }) => apply(canvasElement),
};
/** She had applied to this campaign before: the server refuses a second application and the form says she is registered. */
export const AlreadyApplied: Story = {
  tags: ['!autodocs'],
  args: { scenario: 'appliedBefore' },
  play: async ({ canvasElement }) => apply(canvasElement),
};
export const English: Story = { args: { locale: 'en', scenario: 'prefilled' } };
export const EnglishSubmitted: Story = { ...Submitted, args: { locale: 'en', scenario: 'signedIn' } };
export const Dark: Story = { args: { theme: 'dark', scenario: 'prefilled' } };
export const Phone: Story = { args: { width: 340 } };

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { describeComponent, frame, frameArgs, frameArgTypes, type FrameArgs } from '../../../../../.storybook/story-support.js';
import './apply-form.js';
import { applyCampaign, openToAll, savedProfile } from './apply-form.fixtures.js';

type Scenario = 'new' | 'prefilled' | 'unmet' | 'openToAll' | 'closed';

interface Args extends FrameArgs {
  scenario: Scenario;
}

const campaignFor = (scenario: Scenario) =>
  scenario === 'openToAll' ? openToAll() : scenario === 'closed' ? applyCampaign({ status: 'closed' }) : applyCampaign();

const profileFor = (scenario: Scenario) =>
  scenario === 'prefilled'
    ? savedProfile()
    : scenario === 'unmet'
      ? savedProfile({ city: 'Medan', province: 'Sumatera Utara', socialAccounts: [{ platform: 'instagram', handle: 'rina', followers: 1200 }] })
      : undefined;

const meta: Meta<Args> = {
  title: 'Elements/Apply form',
  tags: ['autodocs'],
  args: { scenario: 'new', ...frameArgs(560) },
  argTypes: {
    scenario: { control: 'select', options: ['new', 'prefilled', 'unmet', 'openToAll', 'closed'] },
    ...frameArgTypes(320, 1000),
  },
  parameters: describeComponent(
    'The application form for one campaign. These stories are controlled: `campaign` (and `profile` for a pre-fill) are set as properties and nothing is fetched, so submitting only runs the client-side checks.',
  ),
  render: (args) =>
    frame(
      args,
      html`<ibusibuk-apply-form
        locale=${args.locale}
        theme=${args.theme}
        source="storybook"
        .campaign=${campaignFor(args.scenario)}
        .profile=${profileFor(args.scenario)}
      ></ibusibuk-apply-form>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const NewApplicant: Story = {};
export const PrefilledFromLastApplication: Story = { args: { scenario: 'prefilled' } };
export const RequirementsNotMet: Story = { args: { scenario: 'unmet' } };
export const OpenToEveryone: Story = { args: { scenario: 'openToAll' } };
export const Closed: Story = { args: { scenario: 'closed' } };
export const English: Story = { args: { locale: 'en', scenario: 'prefilled' } };
export const Dark: Story = { args: { theme: 'dark', scenario: 'prefilled' } };
export const Phone: Story = { args: { width: 340 } };

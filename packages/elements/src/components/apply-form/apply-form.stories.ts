import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './apply-form.js';
import { applyCampaign, openToAll, savedProfile } from './apply-form.fixtures.js';

type Scenario = 'new' | 'prefilled' | 'unmet' | 'openToAll' | 'closed';

interface Args {
  scenario: Scenario;
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
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
  args: { scenario: 'new', locale: 'id', theme: 'light', width: 560 },
  argTypes: {
    scenario: { control: 'select', options: ['new', 'prefilled', 'unmet', 'openToAll', 'closed'] },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1000, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The application form for one campaign. These stories are controlled: `campaign` (and `profile` for a pre-fill) are set as properties and nothing is fetched, so submitting only runs the client-side checks.',
      },
    },
  },
  render: ({ scenario, locale, theme, width }) => html`
    <div
      style=${styleMap({
        maxWidth: `${width}px`,
        margin: '0 auto',
        padding: theme === 'dark' ? '16px' : '0',
        background: theme === 'dark' ? '#121016' : 'transparent',
      })}
    >
      <ibusibuk-apply-form
        locale=${locale}
        theme=${theme}
        source="storybook"
        .campaign=${campaignFor(scenario)}
        .profile=${profileFor(scenario)}
      ></ibusibuk-apply-form>
    </div>
  `,
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

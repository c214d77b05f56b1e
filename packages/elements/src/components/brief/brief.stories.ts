import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Stage } from '@ibusibuk/sdk';
import './brief.js';
import { demoBrief, participationAt } from './brief.fixtures.js';

interface Args {
  stage: Stage | 'none';
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Brief',
  tags: ['autodocs'],
  args: { stage: 'accepted', locale: 'id', theme: 'light', width: 680 },
  argTypes: {
    stage: { control: 'select', options: ['none', 'applied', 'accepted', 'drafting', 'in_review', 'rejected'] },
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1000, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A campaign brief for the accepted KOL. These stories are controlled: `brief` and `participation` are set as properties and nothing is fetched. `none` shows the brief without a participation (a preview, no confirmation).',
      },
    },
  },
  render: ({ stage, locale, theme, width }) => html`
    <div
      style=${styleMap({
        maxWidth: `${width}px`,
        margin: '0 auto',
        padding: theme === 'dark' ? '16px' : '0',
        background: theme === 'dark' ? '#121016' : 'transparent',
      })}
    >
      <ibusibuk-brief
        locale=${locale}
        theme=${theme}
        .brief=${demoBrief()}
        .participation=${stage === 'none' ? undefined : participationAt(stage)}
      ></ibusibuk-brief>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Accepted: Story = {};
export const Acknowledged: Story = { args: { stage: 'drafting' } };
export const BeforeAcceptance: Story = { args: { stage: 'applied' } };
export const NotSelected: Story = { args: { stage: 'rejected' } };
export const Preview: Story = { args: { stage: 'none' } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Phone: Story = { args: { width: 340 } };

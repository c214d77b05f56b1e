import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../provider/provider.js';
import './sign-in.js';

interface Args {
  locale: 'id' | 'en';
  theme: 'light' | 'dark';
  width: number;
  heading: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Sign-in',
  tags: ['autodocs'],
  args: { locale: 'id', theme: 'light', width: 420, heading: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 300, max: 600, step: 10 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Email one-time-code sign-in. It needs an `<ibusibuk-provider>`; with the reference server running (`pnpm dev`), set `api-base` to it and read the code from the dev outbox (`GET /v1/dev/outbox`). Without a server the first step still shows validation.',
      },
    },
  },
  render: ({ locale, theme, width, heading }) => html`
    <div style=${styleMap({ maxWidth: `${width}px`, padding: '16px', background: theme === 'dark' ? '#121016' : 'transparent' })}>
      <ibusibuk-provider api-base="http://localhost:8787" publishable-key="pk_test_demo" locale=${locale} theme=${theme}>
        <ibusibuk-sign-in heading=${heading}></ibusibuk-sign-in>
      </ibusibuk-provider>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Email: Story = {};
export const CustomHeading: Story = { args: { heading: 'Masuk untuk mendaftar kampanye' } };
export const English: Story = { args: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };

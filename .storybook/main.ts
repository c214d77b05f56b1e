import type { StorybookConfig } from '@storybook/web-components-vite';

/** One Storybook for every element, built from the TypeScript sources (the `source` export condition). */
const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  // Docs pages (autodocs, with the attribute/property/event/part tables from custom-elements.json)
  // and an accessibility panel running axe on each story.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Mock Service Worker's script (mock-api.ts), served at the root.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    const conditions = viteConfig.resolve?.conditions ?? ['module', 'browser', 'development|production'];
    return {
      ...viteConfig,
      resolve: { ...viteConfig.resolve, conditions: ['source', ...conditions.filter((c) => c !== 'source')] },
    };
  },
};

export default config;

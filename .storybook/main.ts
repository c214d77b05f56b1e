import type { StorybookConfig } from '@storybook/web-components-vite';

/** One Storybook for every element, built from the TypeScript sources (the `source` export condition). */
const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
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

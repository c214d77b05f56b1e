import { defineConfig } from 'vitest/config';

// 'source' makes workspace packages resolve to their TypeScript sources; the rest are
// Vite's default server conditions, which setting `conditions` would otherwise replace,
// less 'module': with it, the AWS SDK resolves to its bundler build (imports without file
// extensions), which Node cannot load.
const conditions = ['source', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15_000,
  },
});

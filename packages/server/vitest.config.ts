import { defineConfig } from 'vitest/config';

// 'source' makes workspace packages resolve to their TypeScript sources; the rest are
// Vite's default server conditions, which setting `conditions` would otherwise replace.
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15_000,
  },
});

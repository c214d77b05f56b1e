// Builds the CDN bundle: dist/cdn/ibusibuk-elements.js with lit and the SDK inside,
// plus lazily loaded chunks for what only some pages need (Markdown, sanitising).
import { fileURLToPath } from 'node:url';
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';

/** Lit's css`` blocks ship as written; squeezing their whitespace saves bytes on slow networks. */
const minifyLitCss: Plugin = {
  name: 'ibusibuk-minify-lit-css',
  transform(code, id) {
    if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    return code.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${squeezeCss(body)}\``);
  },
};

function squeezeCss(body: string): string {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export default defineConfig({
  plugins: [minifyLitCss],
  resolve: {
    // Workspace packages are read from their TypeScript sources.
    conditions: ['source', ...defaultClientConditions],
  },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: fileURLToPath(new URL('./src/cdn.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'ibusibuk-elements.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

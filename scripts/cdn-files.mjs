// Serves the built CDN bundle (packages/elements/dist/cdn) under /cdn/ as a CDN would, so
// what `pnpm dev --cdn` shows in the network panel is what a brand's page downloads: the
// files as built (minified, no inline source maps), brotli or gzip by Accept-Encoding, and
// a year's immutable cache on the hashed chunks; the loader's name is stable, so it is
// revalidated after five minutes, as on a CDN that keeps one URL per version.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };

/**
 * A Node/connect middleware serving the files of `dir`, mounted at /cdn/ (`req.url` is the
 * path below it); anything else goes to `next`. Used by the plugin below and scripts/lighthouse.mjs.
 */
export function cdnMiddleware(dir) {
  const cache = new Map();
  /** The file's bytes in each encoding, compressed once. */
  const encoded = (file) => {
    if (!cache.has(file)) {
      const raw = readFileSync(file);
      cache.set(file, {
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(raw, { level: 9 }),
        identity: raw,
      });
    }
    return cache.get(file);
  };

  return (req, res, next) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://cdn').pathname)).replace(/^[/\\]+/, '');
    const file = join(dir, path);
    const type = TYPES[path.slice(path.lastIndexOf('.'))];
    if (!file.startsWith(dir) || !type || !existsSync(file)) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    const hashed = path.startsWith('chunks/');
    res.setHeader('Content-Type', type);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.end(encoded(file)[encoding]);
  };
}

/** A Vite plugin adding the /cdn/ middleware ahead of Vite's own (which would transform the files). */
export function cdnFiles(dir) {
  return {
    name: 'ibusibuk-cdn-files',
    configureServer(server) {
      server.middlewares.use('/cdn', cdnMiddleware(dir));
    },
  };
}

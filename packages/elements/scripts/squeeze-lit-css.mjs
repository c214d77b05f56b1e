// Lit's css`` blocks ship as written; squeezing their whitespace and comments saves bytes on
// slow networks. Shared by the CDN build (vite.config.ts) and the size check (scripts/size.mjs
// at the repository root), so the check measures what the CDN serves.

/** The CSS text with comments dropped and whitespace reduced to what the syntax needs. */
export function squeezeCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** `code` with every css`` block squeezed (blocks with `${…}` interpolations included: they hold no backtick). */
export function squeezeLitCss(code) {
  if (!code.includes('css`')) return code;
  return code.replace(/css`([^`]*)`/g, (_, body) => `css\`${squeezeCss(body)}\``);
}

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\/*]/g, '\\$&');

/** `http://localhost:*` → any port or none; `https://*.example.com` → any subdomain; other `*` → one label part. */
function patternToRegex(pattern: string): RegExp {
  let source = escapeRegex(pattern);
  source = source.replace(/:\\\*$/, '(?::\\d{1,5})?');
  source = source.replace(/\/\/\\\*\\\./, '//(?:[a-z0-9-]+\\.)+');
  source = source.replace(/\\\*/g, '[a-z0-9-]*');
  return new RegExp(`^${source}$`, 'i');
}

// Compiled once per pattern: CORS and auth check the origin on every request.
const compiled = new Map<string, RegExp>();

/** Whether `origin` matches a pattern such as `http://localhost:*` or `https://*.example.com`. */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === '*') return true;
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = patternToRegex(pattern);
    if (compiled.size >= 1000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex.test(origin);
}

export const originAllowed = (origin: string, patterns: readonly string[]): boolean =>
  patterns.some((pattern) => originMatches(origin, pattern));

/**
 * Soft pastel artwork drawn from a name: campaign covers (1200×630) and brand
 * logos (256×256), the same name always giving the same picture.
 */

const PALETTES: readonly [string, string, string][] = [
  ['#FDE2E4', '#FAD2E1', '#E07A93'], // rose
  ['#E2ECE9', '#BEE1E6', '#4F9D9A'], // mint
  ['#FFF1E6', '#FDE2C6', '#E39B5B'], // peach
  ['#EDE7F6', '#D9CCF0', '#8E6CC4'], // lavender
  ['#E8F4FD', '#CDE6F7', '#4A8BC2'], // sky
  ['#FFF8D6', '#FCEBA8', '#C9A227'], // butter
  ['#EAF5E4', '#D3EBC8', '#6BA55A'], // sage
  ['#FDEBEB', '#F9D5CF', '#D9715F'], // coral
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** `si-kecil-organik` → `Si Kecil Organik`. */
export const titleFromName = (name: string): string =>
  name
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

const initialOf = (name: string): string => (name.match(/[a-z0-9]/i)?.[0] ?? 'I').toUpperCase();

export function coverSvg(name: string): string {
  const h = hash(name);
  const [light, mid, deep] = PALETTES[h % PALETTES.length]!;
  const title = escape(titleFromName(name));
  // Near the middle, so the initial stays whole when a square thumbnail crops the sides.
  const x = 560 + (h % 80);
  const y = 120 + ((h >> 8) % 120);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" role="img" aria-label="${title}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/>
      <stop offset="1" stop-color="${mid}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#FFFFFF" stop-opacity="0.75"/>
      <stop offset="1" stop-color="#FFFFFF" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <circle cx="${x}" cy="${y}" r="260" fill="url(#glow)"/>
  <circle cx="${1200 - x / 3}" cy="${630 - y / 2}" r="180" fill="${deep}" fill-opacity="0.12"/>
  <circle cx="140" cy="540" r="120" fill="${deep}" fill-opacity="0.08"/>
  <circle cx="${x}" cy="${y + 150}" r="150" fill="#FFFFFF" fill-opacity="0.55"/>
  <text x="${x}" y="${y + 150}" dy="0.35em" text-anchor="middle" font-family="Nunito, 'Segoe UI', Arial, sans-serif"
    font-size="160" font-weight="800" fill="${deep}">${initialOf(name)}</text>
  <text x="72" y="560" font-family="Nunito, 'Segoe UI', Arial, sans-serif" font-size="44" font-weight="700"
    fill="${deep}" fill-opacity="0.85">${title}</text>
</svg>
`;
}

export function logoSvg(name: string): string {
  const h = hash(name);
  const [light, mid, deep] = PALETTES[h % PALETTES.length]!;
  const title = escape(titleFromName(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${title}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/>
      <stop offset="1" stop-color="${mid}"/>
    </linearGradient>
  </defs>
  <rect width="256" height="256" rx="64" fill="url(#bg)"/>
  <circle cx="196" cy="60" r="36" fill="#FFFFFF" fill-opacity="0.5"/>
  <text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="Nunito, 'Segoe UI', Arial, sans-serif"
    font-size="128" font-weight="800" fill="${deep}">${initialOf(name)}</text>
</svg>
`;
}

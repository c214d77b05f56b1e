import type { Campaign, CompensationType, Platform } from '@ibusibuk/sdk';

/** Campaigns for controlled-mode tests and stories: plausible, varied and deterministic. */

const BRANDS = [
  'Si Kecil Organik',
  'Bunda Sehat',
  'Popok Lembut',
  'Susu Tumbuh',
  'Mainan Pintar',
  'Dapur Mama',
  'Kulit Bayi',
  'Gendong Nyaman',
];
const IDEAS: [string, string][] = [
  ['Review MPASI organik pertama si Kecil', 'Ceritakan pengalaman Bunda mengenalkan MPASI organik lewat Reels 30 detik.'],
  ['Rutinitas mandi sore yang menenangkan', 'Tunjukkan momen mandi sore bersama si Kecil dengan sabun bayi yang lembut.'],
  ['Tantangan 7 hari tanpa ruam popok', 'Bagikan perjalanan 7 hari memakai popok baru dan hasilnya untuk kulit si Kecil.'],
  ['Resep camilan sehat untuk balita', 'Buat video resep camilan sehat yang mudah ditiru Bunda lain di rumah.'],
  ['Belajar sambil bermain di rumah', 'Ulas mainan edukatif dan cara Bunda menemani si Kecil bermain.'],
  ['Gendongan nyaman untuk jalan-jalan', 'Ajak si Kecil jalan-jalan dan ceritakan kenyamanan gendongan ergonomis.'],
];
const PALETTE = ['#f7c6d9', '#c9e4de', '#fde2c6', '#d9ccf0', '#cde6f7', '#fceba8'];
const PLATFORM_SETS: Platform[][] = [['instagram'], ['instagram', 'tiktok'], ['tiktok'], ['youtube', 'instagram'], ['facebook', 'instagram']];
const COMPENSATIONS: [CompensationType, number][] = [
  ['paid', 1_500_000],
  ['barter', 0],
  ['paid_and_product', 750_000],
  ['paid', 3_250_000],
];

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A small pastel cover as a data URL, so stories and tests need no image server. */
export function coverDataUrl(seed: number): string {
  const a = PALETTE[seed % PALETTE.length]!;
  const b = PALETTE[(seed + 2) % PALETTE.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="640" height="360" fill="url(#g)"/><circle cx="${420 + (seed % 5) * 30}" cy="140" r="110" fill="#fff" fill-opacity=".45"/><circle cx="120" cy="300" r="80" fill="#fff" fill-opacity=".3"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The i-th fixture campaign; `now` anchors its deadline. */
export function makeCampaign(i: number, now = new Date('2026-06-01T03:00:00Z')): Campaign {
  const brand = BRANDS[i % BRANDS.length]!;
  const [idea, summary] = IDEAS[i % IDEAS.length]!;
  const [type, fee] = COMPENSATIONS[i % COMPENSATIONS.length]!;
  const title = i < IDEAS.length ? idea : `${idea} #${i + 1}`;
  const day = 86_400_000;
  const applyBy = new Date(now.getTime() + ((i % 9) + 1) * day).toISOString();
  const iso = (d: number) => new Date(now.getTime() + d * day).toISOString();
  const platforms = PLATFORM_SETS[i % PLATFORM_SETS.length]!;
  const id = `cmp_fixture${String(i).padStart(6, '0')}`;
  return {
    id,
    object: 'campaign',
    slug: `${slugify(title)}-${i}`,
    brand: { id: `brd_fixture${String(i % BRANDS.length).padStart(3, '0')}`, name: brand, logoUrl: null },
    title,
    summary,
    description: `## ${title}\n\n${summary}`,
    coverUrl: i % 7 === 6 ? null : coverDataUrl(i),
    platforms,
    deliverables: platforms.map((platform) => ({ platform, format: platform === 'youtube' ? 'short' : 'reel', quantity: 1 })),
    compensation: { type, fee, productDescription: type === 'paid' ? null : 'Paket produk senilai Rp 500.000', productValue: type === 'paid' ? null : 500_000 },
    slots: 20,
    slotsFilled: (i * 3) % 21,
    requirements: { minFollowers: { instagram: 1000 }, cities: [], provinces: [], childAgeMonths: null, niches: ['parenting'] },
    rules: { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 },
    timeline: { applyBy, draftDue: iso(14), postWindow: { start: iso(16), end: iso(20) }, insightDue: iso(27) },
    tags: i % 2 ? ['mpasi', 'bayi'] : ['parenting'],
    status: 'open',
    createdAt: iso(-30 - i),
    updatedAt: iso(-30 - i),
  } as Campaign;
}

export const makeCampaigns = (n: number, now?: Date): Campaign[] => Array.from({ length: n }, (_, i) => makeCampaign(i, now));

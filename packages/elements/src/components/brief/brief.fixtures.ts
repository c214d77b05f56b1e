import type { Brief, Participation, Stage } from '@ibusibuk/sdk';

// Data for stories and controlled-mode tests, shaped exactly like the API's responses.

const DAY = 86_400_000;
const iso = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

const image = (hue: number) =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><rect width="400" height="500" fill="hsl(${hue} 70% 88%)"/><circle cx="200" cy="220" r="90" fill="hsl(${hue} 60% 70%)"/><rect x="110" y="350" width="180" height="24" rx="12" fill="#fff"/></svg>`,
  );

export function demoBrief(overrides: Partial<Brief> = {}): Brief {
  return {
    object: 'brief',
    campaignId: 'cmp_applyDemo000001',
    version: 2,
    objective: 'Mengenalkan bubur organik Si Kecil Organik sebagai MPASI pertama yang praktis, aman dan disukai si Kecil.',
    body: [
      '## Alur konten',
      '1. Buka dengan momen si Kecil **lapar** dan Bunda yang sibuk.',
      '2. Tunjukkan menyiapkan bubur dalam *kurang dari 5 menit*.',
      '3. Tutup dengan si Kecil lahap makan.',
      '',
      '> Tip: rekam di dekat jendela agar cahaya alami.',
      '',
      'Info produk lengkap ada di [situs Si Kecil Organik](https://example.com/produk).',
    ].join('\n'),
    keyMessages: ['Tanpa gula dan garam tambahan', 'Bahan organik bersertifikat', 'Siap dalam 5 menit'],
    dos: ['Tampilkan wajah si Kecil saat mencoba', 'Sebut varian yang dicoba', 'Tampilkan kemasan di 3 detik pertama'],
    donts: ['Jangan membandingkan dengan merek lain', 'Jangan menyebut klaim medis', 'Jangan pakai musik berhak cipta'],
    hashtags: ['#SiKecilOrganik', '#MPASIPertama', '#IbuSibuk'],
    mentions: ['@sikecilorganik', '@orami.id'],
    captionGuidelines: 'Gunakan bahasa sehari-hari, maksimal 150 kata.\nSebut manfaat utama di kalimat pertama.',
    references: [
      { kind: 'image', url: image(340), caption: 'Contoh pencahayaan' },
      { kind: 'image', url: image(30), caption: 'Posisi kemasan' },
      { kind: 'link', url: 'https://example.com/panduan-konten', caption: 'Panduan konten Si Kecil Organik' },
    ],
    updatedAt: iso(-1),
    ...overrides,
  };
}

/** A participation at `stage`, with the history that led there. */
export function participationAt(stage: Stage): Participation {
  const path: Stage[] =
    stage === 'applied' ? ['applied'] : stage === 'rejected' ? ['applied', 'rejected'] : stage === 'accepted' ? ['applied', 'accepted'] : ['applied', 'accepted', stage];
  return {
    id: 'par_briefDemo00001',
    object: 'participation',
    campaignId: 'cmp_applyDemo000001',
    kolId: 'kol_demoRina0001',
    stage,
    application: {
      profile: {
        name: 'Rina Marlina',
        email: 'rina@contoh.id',
        whatsapp: '+6281234567890',
        city: 'Bandung',
        province: 'Jawa Barat',
        socialAccounts: [{ platform: 'instagram', handle: '@rina.bundasehat', followers: 12_500 }],
        children: [{ birthYear: 2025, birthMonth: 11 }],
        niches: ['parenting'],
      },
      answers: {
        whyMe: 'Saya sedang memulai MPASI untuk anak kedua.',
        contentIdea: 'Reels sehari MPASI dari menyiapkan bubur sampai lahap makan.',
        eligibility: { meetsRequirements: true, willFollowBrief: true },
      },
      attribution: { source: null, utm: {}, pageUrl: null },
      submittedAt: iso(-5),
    },
    drafts: [],
    post: null,
    insights: [],
    payout: null,
    history: path.map((to, i) => ({
      from: i === 0 ? null : path[i - 1]!,
      to,
      action: to,
      actor: { role: i === 0 || to === 'drafting' ? 'kol' : 'officer', id: 'kol_demoRina0001' },
      note: null,
      at: iso(-5 + i),
    })),
    createdAt: iso(-5),
    updatedAt: iso(-5 + path.length - 1),
  };
}

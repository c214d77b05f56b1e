import type { Platform, Stage } from '@ibusibuk/sdk';

export interface DemoKol {
  key: string;
  name: string;
  email: string;
  whatsapp: string;
  city: string;
  province: string;
  accounts: { platform: Platform; handle: string; followers: number }[];
  /** Children's ages in months at the clock's now. */
  childrenAgeMonths: number[];
  niches: string[];
}

/** Demo mothers; sign in as any of them through the dev outbox, or mint a session with sk_test_demo. */
export const DEMO_KOL_LIST: readonly DemoKol[] = [
  {
    key: 'siti',
    name: 'Siti Rahmawati',
    email: 'siti@demo.ibusibuk.id',
    whatsapp: '+6281234567801',
    city: 'Jakarta Selatan',
    province: 'DKI Jakarta',
    accounts: [
      { platform: 'instagram', handle: 'bundasiti.rahma', followers: 12_500 },
      { platform: 'tiktok', handle: 'bundasiti', followers: 8_200 },
      { platform: 'youtube', handle: 'dapurbundasiti', followers: 6_100 },
    ],
    childrenAgeMonths: [8, 50],
    niches: ['parenting', 'mpasi', 'kuliner'],
  },
  {
    key: 'dewi',
    name: 'Dewi Lestari',
    email: 'dewi@demo.ibusibuk.id',
    whatsapp: '+6281234567802',
    city: 'Bandung',
    province: 'Jawa Barat',
    accounts: [
      { platform: 'instagram', handle: 'dewilestari.mom', followers: 25_000 },
      { platform: 'youtube', handle: 'dewilestarifamily', followers: 15_000 },
    ],
    childrenAgeMonths: [21],
    niches: ['parenting', 'edukasi', 'montessori'],
  },
  {
    key: 'rina',
    name: 'Rina Marlina',
    email: 'rina@demo.ibusibuk.id',
    whatsapp: '+6281234567803',
    city: 'Surabaya',
    province: 'Jawa Timur',
    accounts: [
      { platform: 'tiktok', handle: 'rinamarlina', followers: 40_000 },
      { platform: 'instagram', handle: 'rina.marlina', followers: 9_000 },
    ],
    childrenAgeMonths: [15],
    niches: ['parenting', 'lifestyle'],
  },
  {
    key: 'ayu',
    name: 'Ayu Kartika',
    email: 'ayu@demo.ibusibuk.id',
    whatsapp: '+6281234567804',
    city: 'Bekasi',
    province: 'Jawa Barat',
    accounts: [
      { platform: 'tiktok', handle: 'ayukartika.ibu', followers: 6_000 },
      { platform: 'instagram', handle: 'ayukartika', followers: 2_500 },
      { platform: 'facebook', handle: 'ayu.kartika', followers: 3_000 },
    ],
    childrenAgeMonths: [5],
    niches: ['menyusui', 'ibu-baru'],
  },
  {
    key: 'nurul',
    name: 'Nurul Hidayah',
    email: 'nurul@demo.ibusibuk.id',
    whatsapp: '+6281234567805',
    city: 'Medan',
    province: 'Sumatera Utara',
    accounts: [
      { platform: 'facebook', handle: 'nurulhidayah.bunda', followers: 18_000 },
      { platform: 'instagram', handle: 'nurul.hidayah', followers: 7_500 },
    ],
    childrenAgeMonths: [36],
    niches: ['ibu-bekerja', 'menyusui'],
  },
  {
    key: 'fitri',
    name: 'Fitri Handayani',
    email: 'fitri@demo.ibusibuk.id',
    whatsapp: '+6281234567806',
    city: 'Yogyakarta',
    province: 'DI Yogyakarta',
    accounts: [
      { platform: 'youtube', handle: 'fitrihandayani', followers: 30_000 },
      { platform: 'instagram', handle: 'fitri.handayani', followers: 14_000 },
    ],
    childrenAgeMonths: [29],
    niches: ['parenting', 'edukasi'],
  },
  {
    key: 'maya',
    name: 'Maya Puspita',
    email: 'maya@demo.ibusibuk.id',
    whatsapp: '+6281234567807',
    city: 'Makassar',
    province: 'Sulawesi Selatan',
    accounts: [
      { platform: 'tiktok', handle: 'mayapuspita', followers: 12_000 },
      { platform: 'facebook', handle: 'maya.puspita', followers: 6_500 },
    ],
    childrenAgeMonths: [26],
    niches: ['parenting', 'kuliner'],
  },
  {
    key: 'indah',
    name: 'Indah Permata',
    email: 'indah@demo.ibusibuk.id',
    whatsapp: '+6281234567808',
    city: 'Tangerang',
    province: 'Banten',
    accounts: [{ platform: 'instagram', handle: 'indahpermata.mom', followers: 4_800 }],
    childrenAgeMonths: [10],
    niches: ['mpasi'],
  },
];

export interface DemoParticipation {
  kol: string;
  campaign: string;
  stage: Stage;
  /** Adds a revision round before the last draft. */
  revisionRound?: boolean;
  /** For `withdrawn`: withdraws after being accepted. */
  afterAcceptance?: boolean;
}

/** Every stage of the lifecycle appears at least once. */
export const DEMO_PARTICIPATIONS: readonly DemoParticipation[] = [
  { kol: 'siti', campaign: 'mpasi', stage: 'revision_requested' },
  // The brand console's demo brand (Si Kecil Organik): something in every part of its back-office.
  { kol: 'dewi', campaign: 'mpasi', stage: 'in_review' },
  { kol: 'ayu', campaign: 'mpasi', stage: 'insight_review' },
  { kol: 'nurul', campaign: 'mpasi', stage: 'completed' },
  { kol: 'rina', campaign: 'mpasi', stage: 'applied' },
  { kol: 'maya', campaign: 'mpasi', stage: 'applied' },
  { kol: 'siti', campaign: 'diapers', stage: 'applied' },
  { kol: 'siti', campaign: 'carrier', stage: 'accepted' },
  { kol: 'siti', campaign: 'mattress', stage: 'posted' },
  { kol: 'siti', campaign: 'telon', stage: 'paid' },
  { kol: 'dewi', campaign: 'milk', stage: 'in_review' },
  { kol: 'dewi', campaign: 'mattress', stage: 'insight_review' },
  { kol: 'dewi', campaign: 'telon', stage: 'paid', revisionRound: true },
  { kol: 'dewi', campaign: 'academy', stage: 'applied' },
  { kol: 'rina', campaign: 'soap', stage: 'in_review', revisionRound: true },
  { kol: 'rina', campaign: 'mattress', stage: 'insight_revision_requested' },
  { kol: 'rina', campaign: 'rash', stage: 'withdrawn' },
  { kol: 'ayu', campaign: 'laundry', stage: 'drafting' },
  { kol: 'ayu', campaign: 'diapers', stage: 'rejected' },
  { kol: 'nurul', campaign: 'cooler', stage: 'completed' },
  { kol: 'nurul', campaign: 'vitamin', stage: 'applied' },
  { kol: 'fitri', campaign: 'milk', stage: 'approved' },
  { kol: 'fitri', campaign: 'telon', stage: 'paid' },
  { kol: 'fitri', campaign: 'academy', stage: 'withdrawn', afterAcceptance: true },
  { kol: 'maya', campaign: 'vitamin', stage: 'applied' },
  { kol: 'maya', campaign: 'rash', stage: 'applied' },
];

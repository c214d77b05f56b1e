import type { Action, Campaign, KolProfile, MetricKey, MetricValues, Participation, Platform, Stage } from '@ibusibuk/sdk';
import { DEFAULT_CAMPAIGN_RULES, MOVES, STAGES, metricFields, transition } from '@ibusibuk/sdk';
import { DAY, HOUR } from '../clock.js';
import { slugify } from '../domain/campaign-fields.js';
import { DEMO_BRAND_SECRET_KEY, installBrandKey } from '../keys.js';
import { type MoveBody, makeMove } from '../domain/moves.js';
import type { Services } from '../services.js';
import { receiveUpload } from '../uploads/intake.js';
import { type DemoCampaign, DEMO_CAMPAIGNS } from './demo-campaigns.js';
import { type DemoKol, type DemoParticipation, DEMO_KOL_LIST, DEMO_PARTICIPATIONS } from './demo-kols.js';
import { gradientPng } from './png.js';

/** The demo mothers' names and sign-in emails. */
export const DEMO_KOLS: readonly { name: string; email: string }[] = DEMO_KOL_LIST.map(({ name, email }) => ({ name, email }));

const OFFICER = { role: 'officer' as const, id: 'officer_demo' };

const rupiah = (n: number) => `Rp ${new Intl.NumberFormat('id-ID').format(n)}`;

const PLATFORM_NAME: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', facebook: 'Facebook' };
const FORMAT_NAME: Record<string, string> = {
  feed: 'posting feed',
  reel: 'Reel',
  story: 'story',
  video: 'video',
  short: 'video pendek (Shorts)',
  live: 'siaran langsung',
};

const PASTELS: readonly [string, string][] = [
  ['#FDE2E4', '#E07A93'],
  ['#E2ECE9', '#4F9D9A'],
  ['#FFF1E6', '#E39B5B'],
  ['#EDE7F6', '#8E6CC4'],
  ['#E8F4FD', '#4A8BC2'],
];

/**
 * Fills an empty store with demo campaigns (every status, compensation type,
 * platform and format), briefs, KOLs and participations in every stage. Every
 * participation is moved through the real lifecycle, so its history is the one
 * the API would have written.
 */
export async function seedDemo(services: Services): Promise<void> {
  const { store, clock } = services;
  const now = clock.now();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

  const campaigns = new Map<string, Campaign>();
  for (const demo of DEMO_CAMPAIGNS) {
    const createdAt = daysAgo(demo.createdDaysAgo);
    const brandSlug = slugify(demo.brand);
    const platforms = [...new Set(demo.deliverables.map((d) => d.platform))];
    const applyBy = new Date(now.getTime() + demo.applyInDays * DAY);
    const at = (days: number) => new Date(applyBy.getTime() + days * DAY).toISOString();
    const campaign = await store.createCampaign(
      {
        slug: slugify(demo.title),
        brand: { name: demo.brand, logoUrl: `/static/logos/${brandSlug}.svg` },
        title: demo.title,
        summary: demo.summary,
        description: describe(demo),
        coverUrl: `/static/covers/${brandSlug}.svg`,
        platforms,
        deliverables: demo.deliverables,
        compensation: demo.compensation,
        slots: demo.slots,
        requirements: {
          minFollowers: demo.requirements.minFollowers ?? {},
          cities: demo.requirements.cities ?? [],
          provinces: demo.requirements.provinces ?? [],
          childAgeMonths: demo.requirements.childAgeMonths ?? null,
          niches: demo.requirements.niches ?? [],
        },
        timeline: {
          applyBy: applyBy.toISOString(),
          draftDue: at(7),
          postWindow:
            demo.postOpensInDays === undefined
              ? { start: at(10), end: at(17) }
              : { start: new Date(now.getTime() + demo.postOpensInDays * DAY).toISOString(), end: at(17) },
          insightDue: at(24),
        },
        rules: DEFAULT_CAMPAIGN_RULES,
        tags: demo.tags,
        status: demo.status,
        createdAt,
      },
      createdAt,
    );
    await store.putBrief(
      campaign.id,
      {
        ...demo.brief,
        body: briefBody(demo),
        references: demo.brief.references ?? [],
      },
      new Date(createdAt.getTime() + HOUR),
    );
    campaigns.set(demo.key, campaign);
  }
  // A key for a brand's own back-office: the brand of the first campaign, and nothing else.
  await installBrandKey(store, DEMO_BRAND_SECRET_KEY, campaigns.get(DEMO_CAMPAIGNS[0]!.key)!.brand.id);

  const kols = new Map<string, { demo: DemoKol; profile: KolProfile }>();
  for (const demo of DEMO_KOL_LIST) {
    const joined = daysAgo(120);
    const kol = await store.ensureKol(demo.email, demo.name, joined);
    const profile = await store.saveKolProfile(kol.id, profileOf(demo, now), joined);
    if (!profile) throw new Error(`demo seed: KOL ${demo.email} vanished`);
    await store.savePayoutProfile(kol.id, demoPayoutProfile(demo, kols.size), joined);
    kols.set(demo.key, { demo, profile });
  }

  for (const [index, plan] of DEMO_PARTICIPATIONS.entries()) {
    const campaign = campaigns.get(plan.campaign)!;
    const { demo, profile } = kols.get(plan.kol)!;
    await playParticipation(services, campaign, demo, profile, plan, index);
  }
}

async function playParticipation(
  services: Services,
  campaign: Campaign,
  kol: DemoKol,
  profile: KolProfile,
  plan: DemoParticipation,
  index: number,
): Promise<Participation> {
  const { store, clock } = services;
  const now = clock.now().getTime();
  const actions = actionsTo(plan);
  const start = Date.parse(campaign.createdAt) + DAY + index * 7 * 60_000;
  const step = Math.min(DAY, (now - HOUR - start) / (actions.length + 1));
  const atStep = (i: number) => new Date(start + i * step);

  const participation = (await store.createApplication({
    campaignId: campaign.id,
    kolId: profile.id,
    application: {
      profile: {
        name: kol.name,
        email: kol.email,
        whatsapp: kol.whatsapp,
        city: kol.city,
        province: kol.province,
        socialAccounts: profile.socialAccounts,
        children: profile.children,
        niches: profile.niches,
      },
      answers: {
        whyMe: `Saya ${kol.name}, ibu dari ${kol.childrenAgeMonths.length} anak di ${kol.city}. Pengikut saya kebanyakan ibu muda yang sering bertanya soal ${kol.niches[0] ?? 'parenting'}.`,
        contentIdea: `Saya ingin membuat konten "sehari bersama si kecil" yang jujur dan hangat, memperlihatkan ${campaign.brand.name} dalam rutinitas kami.`,
        eligibility: { meetsRequirements: true, willFollowBrief: true },
      },
      attribution: {
        source: index % 2 === 0 ? 'orami-article:demo' : 'brand-site',
        utm: index % 2 === 0 ? { utm_source: 'orami', utm_medium: 'article' } : {},
        pageUrl: null,
      },
      submittedAt: atStep(0).toISOString(),
    },
    profile: {
      name: kol.name,
      whatsapp: kol.whatsapp,
      city: kol.city,
      province: kol.province,
      socialAccounts: profile.socialAccounts,
      children: profile.children,
      niches: profile.niches,
    },
    at: atStep(0),
  }))!;

  let stage: Stage = 'applied';
  let current = participation;
  // A post goes up inside the posting window: the story waits for it, and what follows comes after.
  const windowOpens = Date.parse(campaign.timeline.postWindow.start);
  let waited = 0;
  for (const [i, action] of actions.entries()) {
    let at = new Date(atStep(i + 1).getTime() + waited);
    if (action === 'submitPost' && at.getTime() < windowOpens) {
      waited += windowOpens + HOUR - at.getTime();
      at = new Date(windowOpens + HOUR);
    }
    // What waits on the team was sent recently, within the campaign's review time, or the clock would approve it at once.
    if (i === actions.length - 1 && STAGES[plan.stage].actor === 'officer' && plan.stage !== 'applied') {
      at = new Date(Math.max(at.getTime(), clock.now().getTime() - (index % 3 + 2) * HOUR * 8));
    }
    const outcome = await makeMove(services, {
      action,
      participationId: participation.id,
      body: await moveBody(services, campaign, kol, profile, action, current, at, i),
      actor: MOVES[action].by === 'kol' ? { role: 'kol', id: profile.id } : OFFICER,
      at,
    });
    if (!outcome.ok) throw new Error(`demo seed: ${action} from ${stage} refused (${outcome.reason})`);
    current = outcome.participation;
    stage = current.stage;
  }
  if (stage !== plan.stage) throw new Error(`demo seed reached ${stage}, wanted ${plan.stage}`);
  return current;
}

/** The moves that bring a new application to the planned stage. */
function actionsTo(plan: DemoParticipation): Action[] {
  if (plan.stage === 'applied') return [];
  if (plan.stage === 'rejected') return ['reject'];
  if (plan.stage === 'withdrawn') return plan.afterAcceptance ? ['accept', 'withdraw'] : ['withdraw'];
  const draftRound: Action[] = plan.revisionRound || plan.stage === 'revision_requested' ? ['submitDraft', 'requestRevision'] : [];
  const insightRound: Action[] = plan.stage === 'insight_revision_requested' ? ['submitInsight', 'requestInsightFix'] : [];
  const story: Action[] = [
    'accept',
    'acknowledgeBrief',
    ...draftRound,
    'submitDraft',
    'approveDraft',
    'submitPost',
    ...insightRound,
    'submitInsight',
    'approveInsight',
    'recordPayout',
  ];
  const taken: Action[] = [];
  let stage: Stage = 'applied';
  for (const action of story) {
    if (stage === plan.stage) break;
    stage = transition(stage, action, MOVES[action].by) ?? stage;
    taken.push(action);
  }
  return taken;
}

/** The body the demo's KOL or officer sends for `action`, as the API would receive it. */
async function moveBody(
  services: Services,
  campaign: Campaign,
  kol: DemoKol,
  profile: KolProfile,
  action: Action,
  current: Participation,
  at: Date,
  index: number,
): Promise<MoveBody<Action>> {
  const stage = current.stage;
  const picture = async () => {
    const [from, to] = PASTELS[(index + kol.name.length) % PASTELS.length]!;
    return (await receiveUpload(services, profile.id, gradientPng(from, to))).id;
  };
  switch (action) {
    case 'accept':
      return { note: 'Profil Bunda cocok sekali dengan kampanye ini. Selamat bergabung!' };
    case 'reject':
      return { note: 'Terima kasih sudah mendaftar, Bun. Untuk kampanye ini kami membutuhkan minimal 3.000 pengikut Instagram.' };
    case 'withdraw':
      return { note: 'Mohon maaf, si kecil sedang sakit jadi saya belum bisa membuat konten.' };
    case 'acknowledgeBrief':
      return {};
    case 'submitDraft': {
      const caption = `Cerita hari ini bersama si kecil dan ${campaign.brand.name} 💛 ${campaign.tags.map((t) => `#${t.replace(/-/g, '')}`).join(' ')} #IbuSibuk`;
      const note = stage === 'revision_requested' ? 'Sudah saya perbaiki sesuai masukan, Kak.' : undefined;
      return { caption, mediaIds: [await picture(), await picture()], ...(note ? { note } : {}) };
    }
    case 'requestRevision':
      return { note: 'Bun, tolong tampilkan kemasan lebih jelas di 3 detik pertama dan tambahkan tagar wajib, ya.' };
    case 'approveDraft':
      return { note: 'Bagus sekali! Silakan diunggah sesuai jadwal.' };
    case 'submitPost': {
      const platform = campaign.deliverables[0]!.platform;
      const handle = kol.accounts.find((a) => a.platform === platform)?.handle ?? slugHandle(kol.name);
      return { url: postUrl(platform, handle, index) };
    }
    case 'submitInsight': {
      const fixing = stage === 'insight_revision_requested';
      const metrics = campaign.deliverables.map((d, i) => ({
        deliverableIndex: i,
        values: metricValues(metricFields(d.platform, d.format), followersOn(kol, d.platform), i),
      }));
      const note = fixing ? 'Screenshot jangkauan sudah saya tambahkan.' : 'Insight diambil 7 hari setelah unggah.';
      return { metrics, screenshotIds: [await picture()], note };
    }
    case 'requestInsightFix':
      return { note: 'Screenshot jangkauan (reach) belum terlihat. Mohon unggah ulang, ya, Bun.' };
    case 'approveInsight':
      return {};
    case 'recordPayout':
      return {
        amount: current.payout?.amount ?? campaign.compensation.fee,
        reference: `TRF-${at.toISOString().slice(0, 10).replace(/-/g, '')}-${String(index + 1).padStart(3, '0')}`,
      };
  }
}

const slugHandle = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

function postUrl(platform: Platform, handle: string, seed: number): string {
  const code = `C${(1_000_000 + seed * 7919).toString(36)}Xy`;
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/p/${code}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}/video/73${String(100000000000000 + seed * 104729)}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${code}dQw`;
    case 'facebook':
      return `https://www.facebook.com/${handle}/posts/${100000 + seed}`;
  }
}

const followersOn = (kol: DemoKol, platform: Platform) =>
  kol.accounts.find((a) => a.platform === platform)?.followers ?? 5_000;

const RATIOS: Record<MetricKey, number> = {
  reach: 0.62,
  impressions: 0.9,
  views: 1.15,
  likes: 0.055,
  comments: 0.006,
  shares: 0.004,
  saves: 0.009,
  replies: 0.003,
  linkClicks: 0.005,
};

function metricValues(keys: readonly MetricKey[], followers: number, seed: number): MetricValues {
  const wobble = 0.85 + ((seed * 37) % 30) / 100;
  return Object.fromEntries(keys.map((key) => [key, Math.round(followers * RATIOS[key] * wobble)]));
}

function profileOf(kol: DemoKol, now: Date) {
  return {
    name: kol.name,
    whatsapp: kol.whatsapp,
    city: kol.city,
    province: kol.province,
    socialAccounts: kol.accounts,
    children: kol.childrenAgeMonths.map((months) => {
      const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
      return { birthYear: Math.floor(total / 12), birthMonth: (total % 12) + 1 };
    }),
    niches: kol.niches,
  };
}

function describe(demo: DemoCampaign): string {
  const tasks = demo.deliverables
    .map((d) => `- ${d.quantity}× ${FORMAT_NAME[d.format]} di ${PLATFORM_NAME[d.platform]}`)
    .join('\n');
  const reward =
    demo.compensation.type === 'barter'
      ? `- ${demo.compensation.productDescription}`
      : demo.compensation.type === 'paid'
        ? `- Fee ${rupiah(demo.compensation.fee)}`
        : `- Fee ${rupiah(demo.compensation.fee)}\n- ${demo.compensation.productDescription}`;
  const who: string[] = [];
  for (const [platform, min] of Object.entries(demo.requirements.minFollowers ?? {})) {
    who.push(`- Minimal ${new Intl.NumberFormat('id-ID').format(min)} pengikut ${PLATFORM_NAME[platform as Platform]}`);
  }
  const places = [...(demo.requirements.cities ?? []), ...(demo.requirements.provinces ?? [])];
  if (places.length) who.push(`- Berdomisili di ${places.join(', ')}`);
  const age = demo.requirements.childAgeMonths;
  if (age) who.push(`- Memiliki anak usia ${age.min}–${age.max} bulan`);
  if (demo.requirements.niches?.length) who.push(`- Aktif membuat konten seputar ${demo.requirements.niches.join(', ')}`);
  if (who.length === 0) who.push('- Semua Bunda boleh mendaftar!');
  return [
    demo.intro,
    '## Yang Bunda kerjakan',
    tasks,
    '## Yang Bunda dapatkan',
    reward,
    '## Siapa yang kami cari',
    who.join('\n'),
    '> Semua konten ditinjau Project Officer Ibu Sibuk sebelum diunggah.',
  ].join('\n\n');
}

/** What the brief's own fields do not say: the objective, hashtags and mentions have their sections already. */
function briefBody(demo: DemoCampaign): string {
  return [
    `## Alur kerja bersama ${demo.brand}`,
    '1. Baca brief ini sampai selesai, lalu konfirmasi di halaman kampanye.\n2. Kirim draf (foto/video dan caption) untuk ditinjau.\n3. Setelah disetujui, unggah sesuai jadwal dan kirim tautannya.\n4. Tujuh hari setelah unggah, kirim insight beserta tangkapan layar.',
  ].join('\n\n');
}

const DEMO_BANKS = ['014', '008', '002', '009', '451'] as const;

/** Where a demo KOL's fees go: a bank account, or GoPay for every third; a NIK as NPWP for half of them. */
function demoPayoutProfile(kol: DemoKol, index: number) {
  const digits = String(1_234_567_890 + index * 7_654_321).slice(0, 10);
  const details =
    index % 3 === 2
      ? { method: 'ewallet' as const, provider: 'gopay' as const, phone: kol.whatsapp, name: kol.name }
      : { method: 'bank' as const, bankCode: DEMO_BANKS[index % DEMO_BANKS.length]!, accountNumber: digits, holderName: kol.name };
  return { details, taxId: index % 2 === 0 ? { kind: 'nik' as const, number: `32730${String(index).padStart(1, '0')}4107900${String(index + 1).padStart(3, '0')}`.slice(0, 16) } : null };
}

// One campaign, end to end, through @ibusibuk/sdk: a Project Officer with the secret key
// and a KOL signed in with an emailed one-time code (read from the dev server's outbox).
import {
  IbuSibukError,
  createClient,
  metricFields,
  type Campaign,
  type InsightInput,
  type KolProfileInput,
  type MetricKey,
  type Participation,
  type Platform,
} from '@ibusibuk/sdk';

const API = process.env.IBUSIBUK_API ?? 'http://127.0.0.1:8787';
const SLUG = process.argv[2] ?? 'ruam-popok-atasi-dengan-lembut';

const officer = createClient({ baseUrl: API, secretKey: process.env.IBUSIBUK_SECRET_KEY ?? 'sk_test_demo' });
const site = createClient({ baseUrl: API, publishableKey: process.env.IBUSIBUK_PUBLISHABLE_KEY ?? 'pk_test_demo' });

/** A 1×1 PNG: the smallest real image the upload endpoint accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const image = (name: string) => new File([PNG], name, { type: 'image/png' });

const POST_URL: Record<Platform, string> = {
  instagram: 'https://www.instagram.com/reel/C0ntohIbuSibuk/',
  tiktok: 'https://www.tiktok.com/@rina.bundasehat/video/7390000000000000001',
  youtube: 'https://www.youtube.com/watch?v=ibusibuk01',
  facebook: 'https://www.facebook.com/watch/?v=1234567890',
};

let last: Participation['stage'] | null = null;
function show(p: Participation, who: 'KOL' | 'officer', what: string): void {
  console.log(`  ${(last ?? '·').padEnd(27)} → ${p.stage.padEnd(27)} ${who.padEnd(8)} ${what}`);
  last = p.stage;
}

/** A profile that meets the campaign's requirements, so the application is accepted. */
function profileFor(campaign: Campaign): KolProfileInput {
  const { requirements: r } = campaign;
  const platforms = new Set<Platform>([...campaign.platforms, ...(Object.keys(r.minFollowers) as Platform[])]);
  const now = new Date();
  const months = r.childAgeMonths ? Math.round((r.childAgeMonths.min + r.childAgeMonths.max) / 2) : 18;
  const born = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return {
    name: 'Rina Marlina',
    whatsapp: '+6281234567890',
    city: r.cities[0] ?? 'Bandung',
    province: r.provinces[0] ?? 'Jawa Barat',
    socialAccounts: [...platforms].map((platform) => ({
      platform,
      handle: '@rina.bundasehat',
      followers: (r.minFollowers[platform] ?? 0) + 2_500,
    })),
    children: [{ birthYear: born.getUTCFullYear(), birthMonth: born.getUTCMonth() + 1 }],
    niches: r.niches.length ? r.niches : ['parenting'],
  };
}

/** Numbers of the order a mid-sized account sees on one post. */
const TYPICAL: Record<MetricKey, number> = {
  reach: 5_200,
  impressions: 7_400,
  views: 9_800,
  likes: 640,
  comments: 85,
  shares: 40,
  saves: 120,
  replies: 18,
  linkClicks: 32,
};

function insightFor(campaign: Campaign, screenshotId: string, scale: number): InsightInput {
  return {
    metrics: campaign.deliverables.map((d, deliverableIndex) => ({
      deliverableIndex,
      values: Object.fromEntries(metricFields(d.platform, d.format).map((key) => [key, Math.round(TYPICAL[key] * scale)])),
    })),
    screenshotIds: [screenshotId],
  };
}

async function main(): Promise<void> {
  const campaign = await site.campaigns.get(SLUG);
  console.log(`Campaign: ${campaign.title} (${campaign.brand.name}), ${campaign.id}`);
  console.log(`API:      ${API}\n`);

  // The KOL signs in: the dev server keeps the emailed code in its outbox.
  const email = `rina.${Date.now().toString(36)}@contoh.id`;
  await site.auth.requestCode(email);
  const [message] = (await site.dev.outbox(email)).data;
  if (!message?.code) throw new Error(`No sign-in code in the dev outbox for ${email}: is the server running with --dev?`);
  const session = await site.auth.verifyCode(email, message.code);
  const kol = site.withSession(session.token);
  console.log(`KOL signed in as ${email} (${session.kol.id})\n`);

  let p = await kol.applications.create(campaign.id, {
    profile: profileFor(campaign),
    answers: {
      whyMe: 'Saya ibu dua anak yang rutin berbagi pengalaman merawat si Kecil di media sosial.',
      contentIdea: 'Video singkat rutinitas harian bersama si Kecil, jujur dan hangat, sesuai brief.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
    attribution: { source: 'sdk-node-example' },
  });
  show(p, 'KOL', 'applications.create');

  p = await officer.participations.accept(p.id, { note: 'Selamat bergabung, Bunda!' });
  show(p, 'officer', 'participations.accept');

  const brief = await kol.campaigns.brief(campaign.id);
  p = await kol.participations.acknowledgeBrief(p.id);
  show(p, 'KOL', `participations.acknowledgeBrief (brief v${brief.version})`);

  const caption = `Cerita kami hari ini bersama ${campaign.brand.name}. ${[...brief.hashtags, ...brief.mentions].join(' ')}`;
  const draft1 = await kol.uploads.create(image('draft-1.png'));
  p = await kol.drafts.submit(p.id, { caption, mediaIds: [draft1.id] });
  show(p, 'KOL', 'drafts.submit (v1)');

  p = await officer.drafts.requestRevision(p.id, { note: 'Tolong tampilkan kemasan produk lebih jelas di awal, ya.' });
  show(p, 'officer', 'drafts.requestRevision');

  const draft2 = await kol.uploads.create(image('draft-2.png'));
  p = await kol.drafts.submit(p.id, { caption: `${caption} (kemasan tampil di detik pertama)`, mediaIds: [draft2.id] });
  show(p, 'KOL', 'drafts.submit (v2)');

  p = await officer.drafts.approve(p.id);
  show(p, 'officer', 'drafts.approve');

  p = await kol.posts.submit(p.id, { url: POST_URL[campaign.platforms[0] ?? 'instagram'] });
  show(p, 'KOL', `posts.submit (${p.post?.url})`);

  const shot1 = await kol.uploads.create(image('insight-1.png'));
  p = await kol.insights.submit(p.id, insightFor(campaign, shot1.id, 1));
  show(p, 'KOL', 'insights.submit (v1)');

  p = await officer.insights.requestFix(p.id, { note: 'Angka reach belum sesuai tangkapan layar, mohon dicek lagi.' });
  show(p, 'officer', 'insights.requestFix');

  const shot2 = await kol.uploads.create(image('insight-2.png'));
  p = await kol.insights.submit(p.id, insightFor(campaign, shot2.id, 1.1));
  const rate = p.insights.at(-1)?.engagementRate;
  show(p, 'KOL', `insights.submit (v2, engagement ${rate == null ? 'n/a' : `${rate.toFixed(2)}%`})`);

  p = await officer.insights.approve(p.id);
  show(p, 'officer', `insights.approve (payout ${p.payout?.status})`);

  const amount = p.payout?.amount ?? campaign.compensation.fee;
  p = await officer.payouts.record(p.id, { amount, reference: `TRF-${Date.now()}` });
  show(p, 'officer', `payouts.record (Rp ${amount.toLocaleString('id-ID')})`);

  console.log(`\n${p.history.length} moves recorded on ${p.id}; final stage: ${p.stage}.`);
}

main().catch((error: unknown) => {
  if (error instanceof IbuSibukError) {
    console.error(`${error.name} ${error.status ?? ''} ${error.code}: ${error.message}`);
    if (error.fields) console.error(error.fields);
    if (error.requestId) console.error(`request id: ${error.requestId}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});

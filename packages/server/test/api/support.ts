import { startServer, ManualClock, type ServerOptions } from '@ibusibuk/server';
import {
  createClient,
  metricFields,
  type ApplicationInput,
  type BriefInput,
  type CampaignCreateInput,
  type ClientOptions,
  type IbuSibukClient,
  type InsightInput,
  type Participation,
} from '@ibusibuk/sdk';

/** The real server, in process, on a free port, with a clock the test moves. */
export async function startApi(options: Partial<ServerOptions> = {}) {
  const server = await startServer({
    db: ':memory:',
    seed: false,
    dev: true,
    port: 0,
    clock: new ManualClock(new Date('2026-06-01T00:00:00Z')),
    ...options,
  });
  const client = (options: Partial<ClientOptions>) => createClient({ baseUrl: server.url, ...options } as ClientOptions);
  const officer = client({ secretKey: 'sk_test_demo' });
  const publicClient = client({ publishableKey: 'pk_test_demo' });
  let kols = 0;
  return {
    server,
    url: server.url,
    clock: server.clock as ManualClock,
    client,
    officer,
    public: publicClient,
    /** A KOL signed in the way a page does it: code by email (read from the dev outbox), then a session. */
    async signInByEmail(email: string): Promise<IbuSibukClient> {
      await publicClient.auth.requestCode(email);
      const outbox = await publicClient.dev.outbox(email);
      const code = outbox.data[0]?.code;
      if (!code) throw new Error(`no code in the outbox for ${email}`);
      const session = await publicClient.auth.verifyCode(email, code);
      return publicClient.withSession(session.token);
    },
    /** A fresh KOL with a session minted by the secret key (as a partner back-office does). */
    async newKol(name = `Ibu ${++kols}`): Promise<IbuSibukClient> {
      const session = await officer.sessions.create({ email: `kol${kols}-${Date.now()}@example.com`, name });
      return publicClient.withSession(session.token);
    },
    /** An open campaign with a brief. */
    async openCampaign(overrides: Partial<CampaignCreateInput> = {}) {
      const campaign = await officer.campaigns.create(campaignInput(overrides));
      await officer.briefs.put(campaign.id, briefInput());
      return officer.campaigns.publish(campaign.id);
    },
    close: () => server.close(),
  };
}

export type Api = Awaited<ReturnType<typeof startApi>>;

let slugs = 0;

/** A valid campaign: one Instagram reel, paid Rp1.500.000, 50 slots. */
export function campaignInput(overrides: Partial<CampaignCreateInput> = {}): CampaignCreateInput {
  return {
    brand: { name: 'Susu Bunda' },
    title: 'Rutinitas Pagi Bersama Si Kecil',
    slug: `rutinitas-pagi-${++slugs}`,
    summary: 'Bagikan rutinitas pagi bersama si kecil.',
    description: '## Tentang kampanye\n\nCeritakan pagi Anda.',
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_500_000 },
    slots: 50,
    timeline: {
      applyBy: '2026-06-20T00:00:00Z',
      draftDue: '2026-06-25T00:00:00Z',
      postWindow: { start: '2026-06-26T00:00:00Z', end: '2026-07-10T00:00:00Z' },
      insightDue: '2026-07-15T00:00:00Z',
    },
    tags: ['parenting'],
    ...overrides,
  };
}

export function briefInput(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    objective: 'Kenalkan Susu Bunda sebagai teman sarapan keluarga.',
    keyMessages: ['Bergizi', 'Praktis'],
    dos: ['Tampilkan produk dalam 3 detik pertama'],
    donts: ['Jangan sebut merek lain'],
    hashtags: ['#SusuBunda', '#IbuSibuk'],
    mentions: ['@susubunda'],
    ...overrides,
  };
}

export function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    profile: {
      name: 'Siti Rahmawati',
      whatsapp: '+6281234567890',
      city: 'Bandung',
      province: 'Jawa Barat',
      socialAccounts: [{ platform: 'instagram', handle: '@siti.rahma', followers: 12_000 }],
      children: [{ birthYear: 2024, birthMonth: 3 }],
      niches: ['parenting'],
    },
    answers: {
      whyMe: 'Saya ibu dua anak yang rutin berbagi menu sarapan.',
      contentIdea: 'Reels 30 detik: pagi yang sibuk, sarapan tetap bergizi.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
    attribution: { source: 'orami-article:sarapan-sehat' },
    ...overrides,
  };
}

/** Every metric the campaign's one Instagram reel asks for, with made-up values. */
export function insightInput(screenshotId: string, reach = 10_000): InsightInput {
  const values = Object.fromEntries(metricFields('instagram', 'reel').map((key, i) => [key, key === 'reach' ? reach : 100 * (i + 1)]));
  return { metrics: [{ deliverableIndex: 0, values }], screenshotIds: [screenshotId] };
}

/** A real (1×1, transparent) PNG. */
export function png(): Blob {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  return new Blob([bytes], { type: 'image/png' });
}

/** How to reach each stage from `applied`, as the lifecycle table allows. */
export const ROUTE_TO: Record<Participation['stage'], readonly Step[]> = {
  applied: [],
  accepted: ['accept'],
  drafting: ['accept', 'acknowledgeBrief'],
  in_review: ['accept', 'acknowledgeBrief', 'submitDraft'],
  revision_requested: ['accept', 'acknowledgeBrief', 'submitDraft', 'requestRevision'],
  approved: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft'],
  posted: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft', 'submitPost'],
  insight_review: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft', 'submitPost', 'submitInsight'],
  insight_revision_requested: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft', 'submitPost', 'submitInsight', 'requestInsightFix'],
  completed: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft', 'submitPost', 'submitInsight', 'approveInsight'],
  paid: ['accept', 'acknowledgeBrief', 'submitDraft', 'approveDraft', 'submitPost', 'submitInsight', 'approveInsight', 'recordPayout'],
  rejected: ['reject'],
  withdrawn: ['withdraw'],
};

export type Step =
  | 'accept'
  | 'reject'
  | 'withdraw'
  | 'acknowledgeBrief'
  | 'submitDraft'
  | 'requestRevision'
  | 'approveDraft'
  | 'submitPost'
  | 'submitInsight'
  | 'approveInsight'
  | 'requestInsightFix'
  | 'recordPayout';

/** Who makes each move, and how, with a valid body. */
export interface Actors {
  officer: IbuSibukClient;
  kol: IbuSibukClient;
  /** An upload of this KOL, for drafts and insight screenshots. */
  mediaId: string;
}

export function perform(step: Step, id: string, { officer, kol, mediaId }: Actors, options?: { maxRetries?: number }) {
  switch (step) {
    case 'accept':
      return officer.participations.accept(id, {}, options);
    case 'reject':
      return officer.participations.reject(id, { note: 'Profil belum sesuai.' }, options);
    case 'withdraw':
      return kol.participations.withdraw(id, {}, options);
    case 'acknowledgeBrief':
      return kol.participations.acknowledgeBrief(id, options);
    case 'submitDraft':
      return kol.drafts.submit(id, { caption: 'Pagi sibuk, sarapan tetap bergizi #SusuBunda', mediaIds: [mediaId] }, options);
    case 'requestRevision':
      return officer.drafts.requestRevision(id, { note: 'Tampilkan produk lebih awal.' }, options);
    case 'approveDraft':
      return officer.drafts.approve(id, {}, options);
    case 'submitPost':
      return kol.posts.submit(id, { url: 'https://www.instagram.com/reel/Cabc123/' }, options);
    case 'submitInsight':
      return kol.insights.submit(id, insightInput(mediaId), options);
    case 'approveInsight':
      return officer.insights.approve(id, {}, options);
    case 'requestInsightFix':
      return officer.insights.requestFix(id, { note: 'Tangkapan layar jangkauan belum ada.' }, options);
    case 'recordPayout':
      return officer.payouts.record(id, { amount: 1_500_000, reference: 'TRF-2026-0001' }, options);
  }
}

/** A new KOL's participation in `campaignId`, moved to `stage`. */
export async function participationAt(api: Api, campaignId: string, stage: Participation['stage']) {
  const kol = await api.newKol();
  const upload = await kol.uploads.create(png(), { filename: 'draft.png' });
  const actors: Actors = { officer: api.officer, kol, mediaId: upload.id };
  let participation = await kol.applications.create(campaignId, applicationInput());
  for (const step of ROUTE_TO[stage]) participation = await perform(step, participation.id, actors);
  if (participation.stage !== stage) throw new Error(`reached ${participation.stage}, wanted ${stage}`);
  return { participation, actors, kol };
}

import type * as z from 'zod/mini';
import { startServer, ManualClock, type ServerOptions } from '@ibusibuk/server';
import {
  DraftInput,
  EmptyInput,
  InsightInput,
  LIFECYCLE,
  MOVES,
  MOVE_INPUTS,
  OptionalNoteInput,
  PayoutInput,
  PostInput,
  ReviewNoteInput,
  computePayout,
  createClient,
  metricFields,
  type Action,
  type Stage,
  type ApplicationInput,
  type BriefInput,
  type CampaignCreateInput,
  type ClientOptions,
  type IbuSibukClient,
} from '@ibusibuk/sdk';
import { testDatabase } from '../database.js';

/** The real server, in process, on a free port, with a clock the test moves. */
export async function startApi(options: Partial<ServerOptions> = {}) {
  const server = await startServer({
    db: testDatabase(),
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
    /** One tick of the campaign's clock, as the server's timer would make it. */
    tick: () => server.tick(),
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
      // Open from the start, so moves can reach every stage at the test clock's time (2026-06-01).
      postWindow: { start: '2026-05-31T00:00:00Z', end: '2026-07-10T00:00:00Z' },
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
export function insightInput(screenshotId: string, reach = 10_000): z.input<typeof InsightInput> {
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

/** The shortest way from `applied` to each stage, found by following the lifecycle's moves. */
export function pathTo(stage: Stage): readonly Action[] {
  const paths = new Map<Stage, Action[]>([['applied', []]]);
  const queue: Stage[] = ['applied'];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const move of LIFECYCLE[from].moves) {
      if (paths.has(move.to)) continue;
      paths.set(move.to, [...paths.get(from)!, move.action]);
      queue.push(move.to);
    }
  }
  const path = paths.get(stage);
  if (!path) throw new Error(`no way from applied to ${stage}`);
  return path;
}

/** Who makes each move, and how, with a valid body. */
export interface Actors {
  officer: IbuSibukClient;
  kol: IbuSibukClient;
  /** An upload of this KOL, for drafts and insight screenshots. */
  mediaId: string;
}

/**
 * A valid body for each input schema a move can take, keyed by the schema itself: a move the
 * lifecycle gains with a new kind of body fails here until it has one.
 */
const SAMPLE_BODIES = new Map<unknown, (actors: Actors) => object>([
  [EmptyInput, () => ({})],
  [OptionalNoteInput, () => ({})],
  [ReviewNoteInput, () => ({ note: 'Mohon diperbaiki sesuai brief, ya, Bun.' })],
  [DraftInput, ({ mediaId }) => ({ caption: 'Pagi sibuk, sarapan tetap bergizi #SusuBunda', mediaIds: [mediaId] })],
  [PostInput, () => ({ url: 'https://www.instagram.com/reel/Cabc123/' })],
  [InsightInput, ({ mediaId }) => insightInput(mediaId)],
  // The only amount taken is the one computed at approval: the test campaign's fee less PPh 21 (no tax id given).
  [PayoutInput, () => ({ amount: computePayout({ fee: campaignInput().compensation.fee, hasNpwp: false }).net, reference: 'TRF-2026-0001' })],
]);

/** A valid body for `action`. */
export function sampleBody(action: Action, actors: Actors): object {
  const body = SAMPLE_BODIES.get(MOVE_INPUTS[action]);
  if (!body) throw new Error(`no sample body for ${action}'s input`);
  return body(actors);
}

/** Makes `action` as the role `MOVES` names for it, with a valid body. */
export function perform(action: Action, id: string, actors: Actors, options?: { maxRetries?: number }) {
  return actors[MOVES[action].by].participations.move(action, id, sampleBody(action, actors) as never, options);
}

/** A new KOL's participation in `campaignId`, moved to `stage`. */
export async function participationAt(api: Api, campaignId: string, stage: Stage) {
  const kol = await api.newKol();
  const upload = await kol.uploads.create(png(), { filename: 'draft.png' });
  const actors: Actors = { officer: api.officer, kol, mediaId: upload.id };
  let participation = await kol.applications.create(campaignId, applicationInput());
  for (const action of pathTo(stage)) participation = await perform(action, participation.id, actors);
  if (participation.stage !== stage) throw new Error(`reached ${participation.stage}, wanted ${stage}`);
  return { participation, actors, kol };
}

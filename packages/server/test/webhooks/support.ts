import Database from 'better-sqlite3';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';
import type { Campaign, Participation, Stage } from '@ibusibuk/sdk';
import type { Clock } from '../../src/clock.js';
import { migrate } from '../../src/store/sqlite-store.js';
import type { EventInput } from '../../src/webhooks/index.js';
// The same snippet docs/webhooks.md shows receivers.
import { verifyWebhook } from '../../../../examples/webhook-receiver/verify.mjs';

/** A migrated database, as the server opens it. */
export function openDb(filename = ':memory:'): Database.Database {
  const db = new Database(filename);
  if (filename !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

const at = '2026-06-01T00:00:00.000Z';

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'cmp_test0001',
    object: 'campaign',
    slug: 'mpasi-pertama',
    brand: { id: 'brd_test0001', name: 'Si Kecil Organik', logoUrl: null },
    title: 'MPASI Pertama Si Kecil',
    summary: 'Ringkasan',
    description: 'Deskripsi',
    coverUrl: null,
    platforms: ['instagram'],
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_500_000, productDescription: null, productValue: null },
    slots: 10,
    slotsFilled: 1,
    requirements: { minFollowers: {}, cities: [], provinces: [], childAgeMonths: null, niches: [] },
    timeline: {
      applyBy: '2026-07-01T16:59:00.000Z',
      draftDue: '2026-07-10T16:59:00.000Z',
      postWindow: { start: '2026-07-15T01:00:00.000Z', end: '2026-07-20T16:59:00.000Z' },
      insightDue: '2026-07-30T16:59:00.000Z',
    },
    rules: { maxRevisionRounds: 2, reviewHours: 72, insightDueDays: 7, paymentWorkingDays: 14 },
    tags: [],
    status: 'open',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function participation(overrides: Partial<Participation> = {}): Participation {
  return {
    id: 'par_test0001',
    object: 'participation',
    campaignId: 'cmp_test0001',
    kolId: 'kol_test0001',
    stage: 'applied',
    application: {
      profile: {
        name: 'Siti Rahma',
        email: 'siti@example.com',
        whatsapp: '+6281234567890',
        city: 'Bandung',
        province: null,
        socialAccounts: [{ platform: 'instagram', handle: '@siti', followers: 12000 }],
        children: [],
        niches: [],
      },
      answers: { whyMe: 'x'.repeat(20), contentIdea: 'y'.repeat(20), eligibility: { meetsRequirements: true, willFollowBrief: true } },
      attribution: { source: 'orami-article', utm: {}, pageUrl: 'https://www.orami.co.id/magazine/mpasi-pertama' },
      submittedAt: at,
    },
    drafts: [],
    post: null,
    insights: [],
    payout: null,
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A `participation.stage_changed` event input. */
export function stageChanged(
  previousStage: Stage | null,
  stage: Stage,
  options: { note?: string | null; participation?: Partial<Participation>; actor?: 'kol' | 'officer' } = {},
): EventInput {
  const actor = options.actor ?? (['applied', 'in_review', 'insight_review'].includes(stage) ? 'kol' : 'officer');
  return {
    type: 'participation.stage_changed',
    data: {
      participation: participation({ stage, ...options.participation }),
      previousStage,
      actor: { role: actor, id: actor === 'kol' ? 'kol_test0001' : 'sk_test_demo' },
      note: options.note ?? null,
    },
  };
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The event, when its signature verified; null when it did not. */
  event: { id: string; type: string } | null;
  verifyError: string | null;
}

/**
 * A real webhook receiver on 127.0.0.1: verifies every request with the documented snippet
 * (standardwebhooks' `Webhook.verify`) and answers the next queued status (default 204).
 * `hang` answers nothing, to make the sender time out.
 */
export async function startReceiver(options: { secret?: () => string; clock: Clock }) {
  const received: Received[] = [];
  const answers: (number | 'hang')[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let event: Received['event'] = null;
      let verifyError: string | null = null;
      // The receiver's "now" is the world's, which the server's manual clock stands for here:
      // verify() reads Date, so it is set to that clock for this synchronous call only.
      vi.useFakeTimers({ toFake: ['Date'], now: options.clock.now() });
      try {
        event = verifyWebhook(options.secret?.() ?? '', body, req.headers as Record<string, string>) as Received['event'];
      } catch (error) {
        verifyError = error instanceof Error ? error.message : String(error);
      } finally {
        vi.useRealTimers();
      }
      received.push({ headers: req.headers, body, event, verifyError });
      const answer = answers.shift() ?? 204;
      if (answer === 'hang') return; // never answers: closed by closeAllConnections()
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? '' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    /** Statuses to answer the next requests with, in order. */
    answer: (...statuses: (number | 'hang')[]) => answers.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, MOVES, PERMISSIONS, type Action, type Permission, type Stage } from '@ibusibuk/sdk';
import { isRawRoute, type Route } from '../../src/http/route.js';
import { applicationInput, briefInput, campaignInput, participationAt, sampleBody, startApi, type Actors, type Api } from './support.js';

/**
 * Every declared route × every staff credential: who gets in, who is refused, and that brand B never
 * reads or changes brand A's things. The routes come from the server's own declarations; the
 * expected answer from each declaration's `access` and `permission`; a route missing from `RULES`
 * fails the test.
 */

/** Callers with no standing: none, a garbage token, a forged session, a publishable key from a foreign origin. */
type Stranger = 'anonymous' | 'garbage' | 'forged' | 'foreignOrigin';
type Who = 'brandA' | 'brandB' | 'keyA' | 'officerAll' | 'officerNone' | 'expired' | Stranger;
const STRANGERS: readonly Stranger[] = ['anonymous', 'garbage', 'forged', 'foreignOrigin'];
const WHO: readonly Who[] = ['brandA', 'brandB', 'keyA', 'officerAll', 'officerNone', 'expired', ...STRANGERS];
const isStranger = (who: Who): who is Stranger => (STRANGERS as readonly string[]).includes(who);
const SESSIONS: Record<Exclude<Who, 'keyA' | Stranger>, readonly Permission[]> = {
  brandA: PERMISSIONS,
  brandB: PERMISSIONS,
  officerAll: PERMISSIONS,
  officerNone: [],
  expired: PERMISSIONS,
};

interface World {
  campaignA: string;
  campaignB: string;
  /** A participation of brand A's campaign in each stage a move starts from. */
  at: Partial<Record<Stage, string>>;
  participationB: string;
  uploadA: string;
  brandA: string;
  /** Webhook endpoints of brand A's key: one to read and change, one to delete. */
  endpointA: string;
  endpointToDelete: string;
  actors: Actors;
}

interface Request {
  path: string;
  body?: unknown;
}

/**
 * How to call each route on brand A's things (`owned: true`: brand B must find nothing), or on
 * nothing of a brand's (`owned: false`). `lists`: a list route whose answer must hold none of the
 * other brand's ids.
 */
interface Rule {
  request(world: World): Request;
  owned: boolean;
  lists?: 'campaigns' | 'participations';
}

const key = (route: Route) => `${route.method.toUpperCase()} ${route.path}`;
const none = (path: string): Rule => ({ request: () => ({ path }), owned: false });

const moveRule = (action: Action): Rule => ({
  request: (world) => ({
    path: `/v1/participations/${world.at[MOVES[action].from[0]!]!}/${MOVES[action].path}`,
    body: sampleBody(action, world.actors),
  }),
  owned: true,
});

const RULES: Record<string, Rule> = {
  'GET /v1/campaigns': { request: () => ({ path: '/v1/campaigns?limit=100' }), owned: false, lists: 'campaigns' },
  'POST /v1/campaigns': { request: () => ({ path: '/v1/campaigns', body: campaignInput({ brand: { name: 'Brand B' } }) }), owned: false },
  'GET /v1/campaigns/:id': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}` }), owned: true },
  // Their HTML twins (cards that arrive as HTML): the same visibility, answered as text/html.
  'GET /v1/embed/campaigns/:id': { request: (w) => ({ path: `/v1/embed/campaigns/${w.campaignA}` }), owned: true },
  'GET /v1/embed/campaigns': none('/v1/embed/campaigns?limit=100'),
  'PATCH /v1/campaigns/:id': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}`, body: { summary: 'Diubah oleh matriks.' } }), owned: true },
  'POST /v1/campaigns/:id/publish': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/publish` }), owned: true },
  'POST /v1/campaigns/:id/close': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/close` }), owned: true },
  'GET /v1/campaigns/:id/brief': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/brief` }), owned: true },
  'PUT /v1/campaigns/:id/brief': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/brief`, body: briefInput() }), owned: true },
  'GET /v1/campaigns/:id/report': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/report` }), owned: true },
  'POST /v1/campaigns/:id/applications': { request: (w) => ({ path: `/v1/campaigns/${w.campaignA}/applications`, body: applicationInput() }), owned: true },
  'GET /v1/participations': { request: () => ({ path: '/v1/participations?limit=100' }), owned: false, lists: 'participations' },
  'GET /v1/participations/:id/stream': { request: (w) => ({ path: `/v1/participations/${w.at.applied!}/stream` }), owned: true },
  'GET /v1/participations/:id': { request: (w) => ({ path: `/v1/participations/${w.at.applied!}` }), owned: true },
  ...Object.fromEntries((Object.keys(MOVES) as Action[]).map((action) => [`POST /v1/participations/:id/${MOVES[action].path}`, moveRule(action)])),
  'OPTIONS /v1/uploads/tus': none('/v1/uploads/tus'),
  'OPTIONS /v1/uploads/tus/:id': none('/v1/uploads/tus/upl_x0000001'),
  'ALL /v1/uploads/tus': none('/v1/uploads/tus'),
  'ALL /v1/uploads/tus/:id': none('/v1/uploads/tus/upl_x0000001'),
  'ALL /v1/uploads/tus/*': none('/v1/uploads/tus/upl_x0000001/more'),
  'POST /v1/uploads': none('/v1/uploads'),
  'GET /v1/uploads/:id': { request: (w) => ({ path: `/v1/uploads/${w.uploadA}` }), owned: true },
  'POST /v1/auth/codes': { request: () => ({ path: '/v1/auth/codes', body: { email: 'matriks@example.com' } }), owned: false },
  'POST /v1/auth/sessions': { request: () => ({ path: '/v1/auth/sessions', body: { email: 'matriks@example.com', code: '000000' } }), owned: false },
  'POST /v1/sessions': {
    request: (w) => ({
      path: '/v1/sessions',
      body: { role: 'brand', brandId: w.brandA, permissions: ['reports.read'], actor: { name: 'Matriks', email: 'matriks@brand-a.example' } },
    }),
    owned: true,
  },
  'GET /v1/me': none('/v1/me'),
  'GET /v1/dev/outbox': none('/v1/dev/outbox'),
  'GET /media/:id': none('/media/upl_x0000001?exp=1&sig=x'),
  'GET /static/covers/:file': none('/static/covers/a.svg'),
  'GET /static/logos/:file': none('/static/logos/a.svg'),
  'GET /v1/openapi.json': none('/v1/openapi.json'),
  'GET /healthz': none('/healthz'),
  'GET /readyz': none('/readyz'),
  'GET /docs': none('/docs'),
  'GET /v1/events': { request: () => ({ path: '/v1/events?limit=100' }), owned: false },
  'POST /v1/webhook_endpoints': {
    request: () => ({ path: '/v1/webhook_endpoints', body: { url: 'http://127.0.0.1:9/matriks', events: ['*'] } }),
    owned: false,
  },
  'GET /v1/webhook_endpoints': none('/v1/webhook_endpoints'),
  'GET /v1/webhook_endpoints/:id': { request: (w) => ({ path: `/v1/webhook_endpoints/${w.endpointA}` }), owned: true },
  'PATCH /v1/webhook_endpoints/:id': { request: (w) => ({ path: `/v1/webhook_endpoints/${w.endpointA}`, body: { description: 'Matriks' } }), owned: true },
  'DELETE /v1/webhook_endpoints/:id': { request: (w) => ({ path: `/v1/webhook_endpoints/${w.endpointToDelete}` }), owned: true },
  'GET /v1/webhook_endpoints/:id/deliveries': { request: (w) => ({ path: `/v1/webhook_endpoints/${w.endpointA}/deliveries` }), owned: true },
  'POST /v1/dev/clock': { request: () => ({ path: '/v1/dev/clock', body: { advanceMs: 1 } }), owned: false },
  'GET /v1/me/payout-profile': none('/v1/me/payout-profile'),
  'GET /v1/me/notification-preferences': none('/v1/me/notification-preferences'),
  'PUT /v1/me/notification-preferences': none('/v1/me/notification-preferences'),
  'PUT /v1/me/payout-profile': none('/v1/me/payout-profile'),
  'GET /v1/participations/:id/payout-profile': { request: (w) => ({ path: `/v1/participations/${w.at.applied!}/payout-profile` }), owned: true },
};

type Expected = { status: number; code: string; mentions?: string } | 'allowed' | 'any';

/** What `who` must get from the route, from its declaration alone. */
function expected(route: Route, rule: Rule, who: Who): Expected {
  if (route.access === 'anyone') return 'any';
  if (who === 'foreignOrigin') return { status: 403, code: 'permission_error' };
  if (who === 'expired' || isStranger(who)) return { status: 401, code: 'authentication_error' };
  if (route.access === 'kol') return { status: 403, code: 'permission_error' };
  if (who !== 'keyA') {
    const held = SESSIONS[who];
    if (route.permission && !held.includes(route.permission)) return { status: 403, code: 'permission_error', mentions: route.permission };
    if (!route.permission && route.access === 'officer') return { status: 403, code: 'permission_error' };
  }
  if (rule.owned && who === 'brandB') return { status: 404, code: 'not_found' };
  return 'allowed';
}

let api: Api;
let world: World;
const tokens = {} as Record<Who, string>;
let documented: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

beforeAll(async () => {
  api = await startApi({ secretKeys: [{ key: 'sk_test_brand_a', brand: 'Brand A' }, 'sk_test_other'] });
  const campaignA = await api.openCampaign({ brand: { name: 'Brand A' } });
  const campaignB = await api.openCampaign({ brand: { name: 'Brand B' } });
  const at: World['at'] = {};
  let actors: Actors | undefined;
  for (const stage of new Set((Object.keys(MOVES) as Action[]).map((action) => MOVES[action].from[0]!))) {
    const made = await participationAt(api, campaignA.id, stage);
    at[stage] = made.participation.id;
    actors ??= made.actors;
  }
  // An upload A's brand may see: named by a draft in A's campaign.
  const drafted = await participationAt(api, campaignA.id, 'in_review');
  const participationB = (await participationAt(api, campaignB.id, 'in_review')).participation.id;
  const brandKey = api.client({ secretKey: 'sk_test_brand_a' });
  world = {
    campaignA: campaignA.id,
    campaignB: campaignB.id,
    at,
    participationB,
    uploadA: drafted.participation.drafts[0]!.mediaIds[0]!,
    brandA: campaignA.brand.id,
    actors: actors!,
    endpointA: (await brandKey.webhookEndpoints.create({ url: 'http://127.0.0.1:9/a', events: ['*'] })).id!,
    endpointToDelete: (await brandKey.webhookEndpoints.create({ url: 'http://127.0.0.1:9/b', events: ['*'] })).id!,
  };
  const mint = async (role: 'brand' | 'officer', brandId: string | undefined, permissions: readonly Permission[], expiresIn = 12 * 3600) =>
    (
      await api.officer.sessions.create({
        role,
        ...(brandId ? { brandId } : {}),
        permissions: [...permissions],
        expiresIn,
        actor: { name: `Staf ${role}`, email: `${role}@example.com` },
      })
    ).token;
  tokens.expired = await mint('brand', campaignA.brand.id, PERMISSIONS, 60);
  api.clock.advance(61_000);
  tokens.brandA = await mint('brand', campaignA.brand.id, SESSIONS.brandA);
  tokens.brandB = await mint('brand', campaignB.brand.id, SESSIONS.brandB);
  tokens.officerAll = await mint('officer', undefined, SESSIONS.officerAll);
  tokens.officerNone = await mint('officer', undefined, SESSIONS.officerNone);
  tokens.keyA = 'sk_test_brand_a';
  tokens.garbage = 'not-a-credential';
  tokens.forged = 'sst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  tokens.foreignOrigin = 'pk_test_demo';
  documented = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as typeof documented;
}, 60_000);
afterAll(() => api.close());

const methodOf = (route: Route): string => {
  if (route.method !== 'all') return route.method.toUpperCase();
  // A HEAD answer has no body to check: take the first documented method with one.
  const documentedMethod = isRawRoute(route) ? route.documents?.find((m) => m !== 'head') : undefined;
  return documentedMethod ? documentedMethod.toUpperCase() : 'GET';
};

async function call(route: Route, who: Who) {
  const request = RULES[key(route)]!.request(world);
  const method = methodOf(route);
  const response = await fetch(`${api.url}${request.path}`, {
    method,
    headers: {
      ...(who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who]}` }),
      ...(who === 'foreignOrigin' ? { origin: 'https://bukan-orami.example' } : {}),
      ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method === 'POST' && route.path.includes('tus') ? { 'tus-resumable': '1.0.0', 'upload-length': '10' } : {}),
    },
    body: request.body !== undefined ? JSON.stringify(request.body) : ['GET', 'HEAD', 'OPTIONS'].includes(method) ? undefined : '{}',
  });
  // A stream that opened is an answer: read its status, not its endless body.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, body: null, method };
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: only open routes answer so
  }
  return { status: response.status, body, method };
}

/** Brand A's participations and campaign as an unrestricted key sees them. */
async function snapshotOfA() {
  const participations = await api.officer.participations.list({ campaignId: world.campaignA, limit: 100 });
  return { campaign: await api.officer.campaigns.get(world.campaignA), participations: participations.data };
}

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the authorization matrix, generated from the route declarations', () => {
  it('has an expectation rule for every declared route, and none for a route that is gone', () => {
    const declared = api.server.routes.map(key);
    expect(declared.filter((k) => !(k in RULES)), 'routes without a rule: add one to RULES').toEqual([]);
    expect(Object.keys(RULES).filter((k) => !declared.includes(k)), 'rules for routes no longer declared').toEqual([]);
  });

  it('refuses as the declarations say, with documented error bodies, and brand B changes nothing of brand A’s', async () => {
    const before = await snapshotOfA();
    const problems: string[] = [];
    const allowed: [Route, Who][] = [];
    for (const route of api.server.routes) {
      const rule = RULES[key(route)]!;
      for (const who of WHO) {
        const want = expected(route, rule, who);
        if (want === 'allowed') {
          allowed.push([route, who]);
          continue;
        }
        const { status, body, method } = await call(route, who);
        const label = `${method} ${route.path} as ${who}`;
        if (want === 'any') {
          if (status >= 500) problems.push(`${label}: ${status}`);
          continue;
        }
        if (status !== want.status) problems.push(`${label}: ${status}, wanted ${want.status} ${JSON.stringify(body)}`);
        const parsed = ErrorBody.safeParse(body);
        if (!parsed.success) problems.push(`${label}: not an ErrorBody`);
        else {
          if (parsed.data.error.code !== want.code) problems.push(`${label}: code ${parsed.data.error.code}, wanted ${want.code}`);
          if (want.mentions && !parsed.data.error.message.includes(want.mentions)) problems.push(`${label}: message does not name ${want.mentions}`);
        }
        const operation = route.hidden ? undefined : documented.paths[openApiPath(route.path)]?.[method.toLowerCase()];
        if (operation && !(String(status) in operation.responses)) problems.push(`${label}: ${status} is not documented`);
      }
    }
    expect(problems).toEqual([]);
    // Brand B (and every refused credential) went first: brand A's things are as they were.
    expect(await snapshotOfA()).toEqual(before);

    // Then the callers the declarations let in: past authentication, permission and scope.
    for (const [route, who] of allowed) {
      const { status, body, method } = await call(route, who);
      const label = `${method} ${route.path} as ${who}`;
      if ([401, 403, 404].includes(status) || status >= 500) problems.push(`${label}: ${status} ${JSON.stringify(body)}`);
      const rule = RULES[key(route)]!;
      if (rule.lists && status === 200) {
        const ids = ((body as { data: { id: string; campaignId?: string; brand?: { name: string } }[] }).data ?? []).map((item) => item);
        const foreign =
          who === 'brandB'
            ? ids.filter((item) => (rule.lists === 'campaigns' ? item.id === world.campaignA || item.brand?.name === 'Brand A' : item.campaignId === world.campaignA))
            : who === 'brandA' || who === 'keyA'
              ? ids.filter((item) => (rule.lists === 'campaigns' ? item.id === world.campaignB : item.campaignId === world.campaignB))
              : [];
        if (foreign.length > 0) problems.push(`${label}: lists ${foreign.length} of the other brand’s`);
        if (who === 'brandB' && ids.length === 0) problems.push(`${label}: brand B should see its own`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

/**
 * A stand-in for the reference API in Storybook, for the states no property can set: a first
 * load still on its way, a load that failed, sign-in after the code was sent, an application
 * sent or refused. Mock Service Worker answers the requests the real provider and SDK send, so
 * the elements run exactly as on a page; stories need no server.
 *
 * Each behaviour has a base URL of its own (give it as the provider's `api-base`), so the
 * handlers never clash, on a docs page that shows several stories at once included.
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { bankName, EWALLETS, maskAccount, type Campaign, type KolProfile, type Participation, type PayoutProfile, type PayoutProfileInput } from '@ibusibuk/sdk';

const ORIGIN = 'https://api.contoh.test';

/** A request that never gets an answer: the element stays in its loading state. */
export const NEVER_ANSWERS = `${ORIGIN}/lambat`;
/** The connection fails on every request (a phone that lost its signal). */
export const OFFLINE = `${ORIGIN}/putus`;
/** Sign-in, the signed-in KOL and applications, as the reference server answers them. */
export const DEMO_API = `${ORIGIN}/demo`;
/** The demo API for a KOL who has not said yet where her fees go (no payout profile). */
export const NEW_KOL_API = `${ORIGIN}/baru`;

/** The code the mock accepts; any other is wrong, as the reference server says. */
export const GOOD_CODE = '246810';
/** The session token the mock accepts (`session-token` on the provider: she is signed in). */
export const SESSION_TOKEN = 'kst_storybookDemo0001';

export interface MockData {
  /** The signed-in KOL (`GET /v1/me`, and the session after a good code). */
  kol: KolProfile;
  /** Campaigns by id or slug (`GET /v1/campaigns/:id`) and the list (`GET /v1/campaigns`). */
  campaigns: Campaign[];
  /** Campaigns she has applied to already: a new application is refused (409 `invalid_transition`). */
  appliedTo: string[];
  /** The participation an application creates, for a campaign and the sent profile. */
  participationFor(campaign: Campaign, profile: Participation['application']['profile']): Participation;
  /** Where her fees go (`GET /v1/me/payout-profile`) on DEMO_API; on NEW_KOL_API nothing is given. */
  payoutProfile: PayoutProfileInput;
}

const english = (request: Request) => (request.headers.get('accept-language') ?? '').startsWith('en');

/** The API's error body (`{ error: { code, message, fields, requestId } }`). */
function apiError(status: number, code: string, message: string, fields?: Record<string, string>) {
  return HttpResponse.json({ error: { code, message, ...(fields && { fields }), requestId: 'req_storybook0001' } }, { status });
}

const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status });

/** A payout profile as the API presents it (packages/server/src/domain/payouts.ts): masked for the screen. */
function presented(input: PayoutProfileInput | null): PayoutProfile {
  if (!input) return { object: 'payout_profile', details: null, masked: null, taxId: null, updatedAt: null };
  const { details } = input;
  const masked =
    details.method === 'bank' ? `${bankName(details.bankCode)} ${maskAccount(details.accountNumber)}` : `${EWALLETS[details.provider]} ${maskAccount(details.phone)}`;
  return { object: 'payout_profile', details, masked, taxId: input.taxId ?? null, updatedAt: new Date().toISOString() };
}

/** The handlers for every base URL above; `data` fills the demo API. */
export function mockApi(data: MockData) {
  return [
    http.all(`${NEVER_ANSWERS}/*`, () => delay('infinite')),
    http.all(`${OFFLINE}/*`, () => HttpResponse.error()),

    ...demoApi(DEMO_API, data, data.payoutProfile),
    ...demoApi(NEW_KOL_API, data, null),
  ];
}

/** The demo API at `base`, its KOL's payout profile `payout` (null: none given yet; a PUT keeps one until the page reloads). */
function demoApi(base: string, data: MockData, payout: PayoutProfileInput | null) {
  const signedIn = (request: Request) => request.headers.get('authorization') === `Bearer ${SESSION_TOKEN}`;
  const campaignOf = (id: string | readonly string[] | undefined) => data.campaigns.find((c) => c.id === id || c.slug === id);
  let saved = payout;
  return [
    http.post(`${base}/v1/auth/codes`, async ({ request }) => {
      const { email } = (await request.json()) as { email: string };
      return json({ object: 'code_request', email, expiresAt: new Date(Date.now() + 600_000).toISOString() }, 201);
    }),
    http.post(`${base}/v1/auth/sessions`, async ({ request }) => {
      const { code } = (await request.json()) as { code: string };
      if (code !== GOOD_CODE) {
        // The reference server's words (packages/server/src/i18n/messages.ts, codeWrong).
        const message = english(request) ? 'That code is not right. Check your email.' : 'Kode salah. Periksa email Anda.';
        return apiError(400, 'validation_error', message, { code: message });
      }
      return json({ object: 'session', token: SESSION_TOKEN, expiresAt: new Date(Date.now() + 86_400_000).toISOString(), kol: data.kol }, 201);
    }),
    http.get(`${base}/v1/me`, ({ request }) =>
      signedIn(request) ? json(data.kol) : apiError(401, 'authentication_error', english(request) ? 'Please sign in.' : 'Silakan masuk.'),
    ),
    http.get(`${base}/v1/campaigns`, () => json({ object: 'list', data: data.campaigns, hasMore: false, nextCursor: null })),
    http.get(`${base}/v1/campaigns/:id`, ({ params, request }) => {
      const campaign = campaignOf(params.id);
      return campaign ? json(campaign) : apiError(404, 'not_found', english(request) ? 'Campaign not found.' : 'Kampanye tidak ditemukan.');
    }),
    http.post(`${base}/v1/campaigns/:id/applications`, async ({ params, request }) => {
      const campaign = campaignOf(params.id);
      if (!campaign) return apiError(404, 'not_found', english(request) ? 'Campaign not found.' : 'Kampanye tidak ditemukan.');
      if (data.appliedTo.includes(campaign.id)) {
        // The reference server's words (packages/server/src/i18n/messages.ts, alreadyApplied).
        const message = english(request) ? 'You have already applied to this campaign.' : 'Anda sudah mendaftar ke kampanye ini.';
        return apiError(409, 'invalid_transition', message);
      }
      const { profile } = (await request.json()) as { profile: Participation['application']['profile'] };
      return json(data.participationFor(campaign, profile), 201);
    }),
    http.get(`${base}/v1/me/payout-profile`, () => json(presented(saved))),
    http.put(`${base}/v1/me/payout-profile`, async ({ request }) => {
      saved = (await request.json()) as PayoutProfileInput;
      return json(presented(saved));
    }),
  ];
}

import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode, Permission } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import { notFound, permissionError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { callerOf, requireKol, requireKolOrOfficer, requireOfficer } from './auth.js';
import type { AppEnv, Caller } from './env.js';
import { idempotency } from './idempotency.js';
import { readJson, readQuery } from './request.js';
import type { Services } from '../services.js';
import { respond } from './respond.js';

/**
 * Who may call a route:
 * - `anyone`: no credential (signed media links, the API document);
 * - `caller`: any credential, a publishable key included;
 * - `kol`, `officer`, `kolOrOfficer`: that role only.
 */
export type Access = 'anyone' | 'caller' | 'kol' | 'officer' | 'kolOrOfficer';

type CallerFor<A extends Access> = A extends 'kol'
  ? Extract<Caller, { role: 'kol' }>
  : A extends 'officer'
    ? Extract<Caller, { role: 'officer' }>
    : A extends 'kolOrOfficer'
      ? Extract<Caller, { role: 'kol' | 'officer' }>
      : A extends 'caller'
        ? Caller
        : Caller | null;

/** The API reference's sections. */
export const TAGS = {
  Campaigns: 'Campaigns brands run, and their briefs.',
  Participations: 'A KOL’s place in a campaign, from her application to the payout: each lifecycle move is one route.',
  Uploads: 'Media for drafts and insights: small files in one request, large ones resumable (tus 1.0), read through signed links.',
  'Sign-in': 'KOL sign-in by emailed one-time code, and sessions minted server-side.',
  Events: 'What happened, as events; webhook endpoints that receive them signed (Standard Webhooks).',
  Reference: 'This document.',
  Operations: 'Liveness and readiness, for load balancers and orchestrators.',
  Dev: 'What a server in dev mode adds.',
  Demo: 'Demo artwork.',
} as const;
export type Tag = keyof typeof TAGS;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler is given: the request's parts, already checked against the declaration. */
export interface RouteInput<A extends Access, B, Q> {
  caller: CallerFor<A>;
  body: Output<B>;
  query: Output<Q>;
  params: Record<string, string>;
}

interface DeclarationBase<A extends Access> {
  path: string;
  summary: string;
  /** The API reference's section. */
  tag: Tag;
  access: A;
  /**
   * What a staff session needs here. On an `officer` route, leaving it out means secret keys only;
   * on `caller` and `kolOrOfficer` routes (reads), any staff session may call unless one is named.
   * Secret keys hold every permission.
   */
  permission?: Permission;
  /** Answered only by a server in dev mode; 404 otherwise. */
  devOnly?: boolean;
  /** Left out of the API document (demo artwork, fallbacks). */
  hidden?: boolean;
  /** Refusals besides those the declaration implies (validation with a body or query, 401/403 with access). */
  errors?: readonly ErrorCode[];
  /** A longer description for the API reference (Markdown). */
  description?: string;
}

/** A JSON route: the body and query are parsed with their schemas, and the handler's result is sent with `response`. */
export interface JsonRoute<A extends Access = Access, B = unknown, Q = unknown, R extends z.ZodMiniType = z.ZodMiniType>
  extends DeclarationBase<A> {
  method: Method;
  body?: B;
  query?: Q;
  response: R;
  /** Default 200. */
  status?: 200 | 201;
  /** The answer carries a secret (a session token, a signing secret): an idempotent replay of it is refused, never stored. */
  secret?: boolean;
  handle(c: Context<AppEnv>, input: RouteInput<A, B, Q>): z.output<R> | Response | Promise<z.output<R> | Response>;
}

/** A route that speaks something other than JSON (files, HTML, tus); it answers with a Response of its own. */
export interface RawRoute<A extends Access = Access> extends DeclarationBase<A> {
  /** `all` serves every method; `documents` then says which ones the API document lists. */
  method: Method | 'all' | 'options';
  documents?: readonly ('head' | 'patch' | 'delete' | 'post' | 'options' | 'get')[];
  /** What a successful answer is, by status: a content type and a line. */
  produces: Readonly<Record<number, { contentType?: string; description: string }>>;
  /** Headers and request body the route reads, for the document. */
  requestBody?: { contentType: string; description: string };
  handle(c: Context<AppEnv>, input: { caller: CallerFor<A> }): Response | Promise<Response>;
}

export type Route = JsonRoute<Access, unknown, unknown, z.ZodMiniType> | RawRoute;

/** Declares a JSON route; the declaration types its handler. */
export const route = <A extends Access, R extends z.ZodMiniType, B extends z.ZodMiniType | undefined = undefined, Q extends z.ZodMiniType | undefined = undefined>(
  declaration: JsonRoute<A, B, Q, R>,
): Route => declaration as unknown as Route;

/** Declares a raw route. */
export const rawRoute = <A extends Access>(declaration: RawRoute<A>): Route => declaration as unknown as Route;

export const isRawRoute = (r: Route): r is RawRoute => 'produces' in r;

const guards: Record<Access, (c: Context<AppEnv>) => Caller | null> = {
  anyone: (c) => c.get('caller') ?? null,
  caller: callerOf,
  kol: requireKol,
  officer: requireOfficer,
  kolOrOfficer: requireKolOrOfficer,
};

/** Refuses a staff session what the declaration does not grant it: 403 naming the permission. */
function checkStaff(declaration: Route, caller: Caller | null): void {
  if (caller?.role !== 'officer' || !caller.staff) return;
  if (declaration.permission) {
    if (!caller.staff.permissions.includes(declaration.permission)) throw permissionError(m.permissionMissing(declaration.permission));
  } else if (declaration.access === 'officer') {
    throw permissionError(m.secretKeyOnly);
  }
}

/** The guard of `access` (and of `permission`, for staff sessions) as route middleware: it runs before the body is read. */
const guard =
  (declaration: Route, dev: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (declaration.devOnly && !dev) throw notFound(m.devOnly);
    checkStaff(declaration, guards[declaration.access](c));
    await next();
  };

/** Mounts the declared routes on `app`. */
export function mountRoutes(app: Hono<AppEnv>, routes: readonly Route[], options: { dev: boolean; services: Services }): void {
  for (const declaration of routes) {
    const method = declaration.method === 'all' ? 'ALL' : declaration.method.toUpperCase();
    // JSON POSTs are idempotent by key, once the guard knows the caller; raw routes (uploads) are not.
    const remember: MiddlewareHandler<AppEnv> = isRawRoute(declaration)
      ? (_c, next) => next()
      : idempotency(options.services, { secret: declaration.secret ?? false });
    app.on(method, declaration.path, guard(declaration, options.dev), remember, async (c) => {
      const caller = guards[declaration.access](c);
      if (isRawRoute(declaration)) return declaration.handle(c, { caller } as never);
      const body = declaration.body ? await readJson(c, declaration.body as z.ZodMiniType) : undefined;
      const query = declaration.query ? readQuery(c, declaration.query as z.ZodMiniType) : undefined;
      const result = await declaration.handle(c, { caller, body, query, params: c.req.param() } as never);
      if (result instanceof Response) return result;
      return respond(c, declaration.response, result, (declaration.status ?? 200) as ContentfulStatusCode);
    });
  }
}

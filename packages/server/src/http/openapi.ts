import * as schemas from '@ibusibuk/sdk/schemas';
import * as z from 'zod/mini';
import type { ErrorCode } from '@ibusibuk/sdk';
import { type Access, type Route, TAGS, isRawRoute } from './route.js';

type Json = Record<string, unknown>;

/**
 * Every zod schema the SDK exports, named by its export name: the document's
 * components are the SDK's schemas, and the routes refer to them by reference.
 */
function namedSchemas(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(schemas)) {
    if (value && typeof value === 'object' && '_zod' in value && !names.has(value as z.ZodMiniType)) {
      names.set(value as z.ZodMiniType, name);
    }
  }
  return names;
}

const REF = (name: string) => `#/components/schemas/${name}`;

/**
 * The named schemas as JSON Schema. Requests and responses alike are written as the parser reads
 * them (`io: 'input'`): what the server accepts, and what the SDK accepts from the server (so a
 * response may carry fields added later: no `additionalProperties: false`).
 */
function componentsOf(names: Map<z.ZodMiniType, string>): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', uri: REF });
  const components: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(out)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    components[name] = rest;
  }
  return components;
}

const SECURITY: Record<Access, { security: Json[]; line: string }> = {
  anyone: { security: [], line: 'No credential.' },
  caller: {
    security: [{ publishableKey: [] }, { kolSession: [] }, { secretKey: [] }, { staffSession: [] }],
    line: 'Any credential: a publishable key (from an allowed origin), a KOL session, a secret key or a staff session.',
  },
  kol: { security: [{ kolSession: [] }], line: 'A KOL session token.' },
  officer: { security: [{ secretKey: [] }], line: 'A secret key (officers and back-offices); not a staff session.' },
  kolOrOfficer: {
    security: [{ kolSession: [] }, { secretKey: [] }, { staffSession: [] }],
    line: 'A KOL session token (her own things only), a secret key or a staff session.',
  },
};

const SCOPE_LINE = 'A key or staff session restricted to one brand sees only that brand’s campaigns and what belongs to them (404 otherwise).';

/** Who may call the route, for the document: `access`, with the staff session's permission when it names one. */
function securityOf(route: Route): { security: Json[]; line: string } {
  const base = SECURITY[route.access];
  if (!route.permission) return base;
  const staff = { staffSession: [route.permission] };
  const security = route.access === 'officer' ? [...base.security, staff] : base.security.map((s) => ('staffSession' in s ? staff : s));
  const line = route.access === 'officer' ? 'A secret key, or a staff session' : `${base.line.replace(/\.$/, '')}; a staff session`;
  return { security, line: `${line} with the \`${route.permission}\` permission.` };
}

const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found: 404,
  invalid_transition: 409,
  idempotency_error: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
};

const ERROR_LINE: Record<ErrorCode, string> = {
  validation_error: 'The request is invalid; `fields` names each problem.',
  authentication_error: 'No credential, or one the API does not know.',
  permission_error: 'The credential may not do this.',
  not_found: 'Nothing of that id, or nothing this caller may see.',
  invalid_transition: 'The lifecycle or the current state forbids this now.',
  idempotency_error: 'The Idempotency-Key was used for another request, or that request is still running.',
  payload_too_large: 'The body is over the limit.',
  rate_limited: 'Too many requests; wait as `Retry-After` says.',
  internal_error: 'A fault on the server.',
};

/** The refusals a route can answer with: those its declaration implies, then those it names. */
export function errorsOf(route: Route): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  if (!isRawRoute(route) && (route.body || route.query)) codes.add('validation_error');
  if (route.access !== 'anyone') codes.add('authentication_error');
  // Any credential can be refused: a publishable key from an origin it does not allow, or a role the route does not take.
  if (route.access !== 'anyone') codes.add('permission_error');
  if (route.path.includes(':') || route.devOnly) codes.add('not_found');
  if (!isRawRoute(route) && route.method === 'post') codes.add('idempotency_error');
  for (const code of route.errors ?? []) codes.add(code);
  return [...codes].sort((a, b) => ERROR_STATUS[a] - ERROR_STATUS[b]);
}

/** `/v1/campaigns/:id` → `/v1/campaigns/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\/\*$/, '/{path}');

const pathParams = (path: string) => [...openApiPath(path).matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]!);

/** The API as an OpenAPI 3.1 document, made from the route declarations and the SDK's schemas. */
export function openApiDocument(routes: readonly Route[], options: { version: string }): Json {
  const names = namedSchemas();
  const ref = (schema: z.ZodMiniType): Json => {
    const name = names.get(schema);
    if (name) return { $ref: REF(name) };
    const { $schema: _s, ...inline } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
    return inline;
  };
  const components = componentsOf(names);

  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    if (r.hidden) continue;
    const path = openApiPath(r.path);
    const methods = isRawRoute(r) ? (r.documents ?? (r.method === 'all' ? [] : [r.method])) : [r.method];
    for (const method of methods) {
      const operation: Json = {
        operationId: operationId(method, path),
        summary: r.summary,
        tags: [r.tag],
        description: [
          r.description,
          `**Access:** ${securityOf(r).line}${r.access === 'officer' || r.access === 'kolOrOfficer' || r.access === 'caller' ? ` ${SCOPE_LINE}` : ''}`,
          r.devOnly ? 'Dev mode only.' : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        security: securityOf(r).security,
        'x-access': r.access,
        ...(r.permission ? { 'x-permission': r.permission } : {}),
      };
      const parameters: Json[] = pathParams(r.path).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      if (!isRawRoute(r) && r.query) {
        // Query parameters are listed one by one, from the schema's component (or the schema itself, when unnamed).
        const named = names.get(r.query as z.ZodMiniType);
        const query = named ? components[named]! : ref(r.query as z.ZodMiniType);
        const required = new Set((query.required as string[] | undefined) ?? []);
        for (const [name, schema] of Object.entries((query.properties as Record<string, Json>) ?? {})) {
          parameters.push({ name, in: 'query', required: required.has(name), schema });
        }
      }
      if (!isRawRoute(r) && method === 'post') {
        parameters.push({
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Makes a retry safe: the same key and body within 24 hours replays the first answer.',
          schema: { type: 'string', maxLength: 255 },
        });
      }
      if (parameters.length) operation.parameters = parameters;
      if (!isRawRoute(r) && r.body) {
        operation.requestBody = { required: true, content: { 'application/json': { schema: ref(r.body as z.ZodMiniType) } } };
      } else if (isRawRoute(r) && r.requestBody && method !== 'head' && method !== 'options') {
        operation.requestBody = { required: true, content: { [r.requestBody.contentType]: {} }, description: r.requestBody.description };
      }
      const responses: Json = {};
      if (isRawRoute(r)) {
        for (const [status, answer] of Object.entries(r.produces)) {
          responses[status] = {
            description: answer.description,
            ...(answer.contentType && method !== 'head' ? { content: { [answer.contentType]: {} } } : {}),
          };
        }
      } else {
        responses[String(r.status ?? 200)] = {
          description: r.summary,
          content: { 'application/json': { schema: ref(r.response) } },
        };
      }
      for (const code of errorsOf(r)) {
        const status = String(ERROR_STATUS[code]);
        const existing = responses[status] as Json | undefined;
        responses[status] = {
          description: existing ? `${String(existing.description)} ${ERROR_LINE[code]}` : ERROR_LINE[code],
          content: { 'application/json': { schema: { $ref: REF('ErrorBody') } } },
        };
      }
      operation.responses = responses;
      (paths[path] ??= {})[method] = operation;
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Ibu Sibuk API',
      version: options.version,
      summary: 'Run Ibu Sibuk KOL campaigns: campaigns, applications, the participation lifecycle, uploads.',
      description:
        'The reference API of Ibu Sibuk Embed. Errors always have the `ErrorBody` shape; messages follow ' +
        '`Accept-Language` (`id` default, `en`). Lists are cursor-paginated (`limit`, `cursor`; `hasMore`, `nextCursor`).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [...new Set(routes.filter((r) => !r.hidden).map((r) => r.tag))].map((name) => ({
      name,
      description: TAGS[name],
    })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        publishableKey: { type: 'http', scheme: 'bearer', description: '`pk_…`: safe in a page, bound to allowed origins.' },
        secretKey: { type: 'http', scheme: 'bearer', description: '`sk_…`: officers and back-offices; never in a browser.' },
        kolSession: { type: 'http', scheme: 'bearer', description: '`kst_…`: one signed-in KOL.' },
        staffSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            '`sst_…`: a brand’s person or an Orami officer in a browser, minted by `POST /v1/sessions` with a secret key; ' +
            'short-lived (1 h by default, 12 h at most), scoped to one brand or every brand, carrying permissions ' +
            '(`participations.review`, `drafts.review`, `insights.review`, `payouts.record`, `reports.read`). ' +
            'Reads are open to every staff session in its scope; each write names the permission it needs. ' +
            'Expired: 401 `authentication_error`; a missing permission: 403 `permission_error` naming it.',
        },
      },
    },
  };
}

const operationId = (method: string, path: string) =>
  method +
  path
    .split('/')
    .filter((part) => part && part !== 'v1')
    .map((part) => part.replace(/[{}]/g, '').replace(/(^|[-_])([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()))
    .join('');

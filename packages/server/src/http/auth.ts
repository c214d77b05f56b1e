import type { Context, MiddlewareHandler } from 'hono';
import { authenticationError, permissionError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { sha256 } from '../ids.js';
import type { Services } from '../services.js';
import type { AppEnv, Caller } from './env.js';
import { originAllowed } from './origins.js';

/**
 * Reads `Authorization: Bearer …` into the caller: a publishable key (checked
 * against its allowed origins), a secret key, or a KOL session token. A request
 * without one goes on as anonymous; routes decide whether that is enough.
 */
export const authenticate =
  (services: Services): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) c.set('caller', await identify(services, c, header));
    await next();
  };

async function identify(services: Services, c: Context<AppEnv>, header: string): Promise<Caller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw authenticationError();
  const credential = match[1]!;
  const credentialHash = hashOf(credential);
  if (credential.startsWith('kst_')) {
    const session = await services.store.findSession(credentialHash, services.clock.now());
    if (!session) throw authenticationError(m.badCredential);
    return { role: 'kol', credentialHash, kolId: session.kolId };
  }
  if (credential.startsWith('sst_')) {
    const session = await services.store.findStaffSession(credentialHash);
    if (!session) throw authenticationError(m.badCredential);
    if (session.expiresAt.getTime() <= services.clock.now().getTime()) throw authenticationError(m.staffSessionExpired);
    const { role, permissions, actor } = session;
    return { role: 'officer', credentialHash, label: session.mintedBy, brandId: session.brandId, staff: { role, permissions, actor } };
  }
  const key = await services.store.findApiKey(credentialHash);
  if (!key) throw authenticationError(m.badCredential);
  if (key.kind === 'secret') return { role: 'officer', credentialHash, label: key.label, brandId: key.brandId, staff: null };
  const origin = c.req.header('origin');
  if (origin !== undefined && !originAllowed(origin, key.allowedOrigins)) throw permissionError(m.originNotAllowed(origin));
  return { role: 'public', credentialHash, allowedOrigins: key.allowedOrigins };
}

// The same few keys and tokens arrive on every request: hash each once (bounded, so random tokens cannot grow it).
const hashes = new Map<string, string>();
function hashOf(credential: string): string {
  let hash = hashes.get(credential);
  if (hash === undefined) {
    hash = sha256(credential);
    if (hashes.size >= 10_000) hashes.clear();
    hashes.set(credential, hash);
  }
  return hash;
}

/** The caller, or 401 when the request carried no credential. */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw authenticationError();
  return caller;
}

export function requireOfficer(c: Context<AppEnv>): Extract<Caller, { role: 'officer' }> {
  const caller = callerOf(c);
  if (caller.role !== 'officer') throw permissionError(m.officerOnly);
  return caller;
}

export function requireKol(c: Context<AppEnv>): Extract<Caller, { role: 'kol' }> {
  const caller = callerOf(c);
  if (caller.role !== 'kol') throw permissionError(m.kolOnly);
  return caller;
}

export function requireKolOrOfficer(c: Context<AppEnv>): Extract<Caller, { role: 'kol' | 'officer' }> {
  const caller = callerOf(c);
  if (caller.role === 'public') throw permissionError(m.kolOrOfficer);
  return caller;
}

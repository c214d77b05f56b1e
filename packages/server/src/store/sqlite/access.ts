import type { KolProfile } from '@ibusibuk/sdk';
import type { KolProfileOutput } from '../../domain/kol.js';
import { newId } from '../../ids.js';
import type { Synchronous } from '../compose.js';
import type { AccessStore, ApiKeyRecord, CodeCheckResult, CodeIssueResult, StaffSessionRecord } from '../store.js';
import { UnchangedCache, type SqliteDatabase } from './database.js';
import { iso, json, parse, str, strOrNull, type Row } from './rows.js';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function toApiKey(row: Row): ApiKeyRecord {
  return {
    hash: str(row.hash),
    kind: row.kind === 'secret' ? 'secret' : 'publishable',
    label: str(row.label),
    allowedOrigins: parse<string[]>(row.allowed_origins),
    brandId: strOrNull(row.brand_id),
  };
}

export function toKol(row: Row): KolProfile {
  return {
    id: str(row.id),
    object: 'kol',
    email: str(row.email),
    name: strOrNull(row.name),
    whatsapp: strOrNull(row.whatsapp),
    city: strOrNull(row.city),
    province: strOrNull(row.province),
    socialAccounts: parse(row.social_accounts),
    children: parse(row.children),
    niches: parse(row.niches),
  };
}

/** Saves a KOL's profile; also used by a new application, inside its transaction. */
export function writeKolProfile(database: SqliteDatabase, kolId: string, profile: KolProfileOutput, at: Date): KolProfile | null {
  database
    .sql(
      `UPDATE kols SET name = ?, whatsapp = ?, city = ?, province = ?, social_accounts = ?, children = ?,
         niches = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      profile.name,
      profile.whatsapp,
      profile.city,
      profile.province ?? null,
      json(profile.socialAccounts),
      json(profile.children),
      json(profile.niches),
      iso(at),
      kolId,
    );
  return readKol(database, kolId);
}

function readKol(database: SqliteDatabase, id: string): KolProfile | null {
  const row = database.sql('SELECT * FROM kols WHERE id = ?').get(id) as Row | undefined;
  return row ? toKol(row) : null;
}

/** API keys, KOLs, sessions, sign-in codes and the outbox in SQLite. */
export function sqliteAccess(database: SqliteDatabase): Synchronous<AccessStore> {
  // Every keyed request asks for its key.
  const apiKeys = new UnchangedCache<ApiKeyRecord | null>(database, 1000);

  const findKolByEmail = (email: string): KolProfile | null => {
    const row = database.sql('SELECT * FROM kols WHERE email = ?').get(normalizeEmail(email)) as Row | undefined;
    return row ? toKol(row) : null;
  };

  return {
    saveApiKey(key) {
      database
        .sql(
          `INSERT INTO api_keys (hash, kind, label, allowed_origins, brand_id) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (hash) DO UPDATE SET kind = excluded.kind, label = excluded.label,
             allowed_origins = excluded.allowed_origins, brand_id = excluded.brand_id`,
        )
        .run(key.hash, key.kind, key.label, json(key.allowedOrigins), key.brandId);
    },

    findApiKey(hash) {
      return apiKeys.read(hash, () => {
        const row = database.sql('SELECT * FROM api_keys WHERE hash = ?').get(hash) as Row | undefined;
        return row ? toApiKey(row) : null;
      });
    },

    listPublishableKeys() {
      return (database.sql("SELECT * FROM api_keys WHERE kind = 'publishable'").all() as Row[]).map(toApiKey);
    },

    getKol: (id) => readKol(database, id),
    findKolByEmail,

    ensureKol(email, name, at) {
      return database.tx(() => {
        const address = normalizeEmail(email);
        database
          .sql(
            `INSERT INTO kols (id, email, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (email) DO NOTHING`,
          )
          .run(newId('kol'), address, name, iso(at), iso(at));
        if (name) {
          database.sql('UPDATE kols SET name = ?, updated_at = ? WHERE email = ? AND name IS NULL').run(name, iso(at), address);
        }
        return findKolByEmail(address)!;
      });
    },

    saveKolProfile: (kolId, profile, at) => writeKolProfile(database, kolId, profile, at),

    createSession(session) {
      database
        .sql('INSERT INTO sessions (token_hash, kol_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(session.tokenHash, session.kolId, iso(session.createdAt), iso(session.expiresAt));
    },

    findSession(tokenHash, now) {
      const row = database
        .sql('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?')
        .get(tokenHash, iso(now)) as Row | undefined;
      if (!row) return null;
      return {
        tokenHash: str(row.token_hash),
        kolId: str(row.kol_id),
        createdAt: new Date(str(row.created_at)),
        expiresAt: new Date(str(row.expires_at)),
      };
    },

    createStaffSession(session) {
      database
        .sql(
          `INSERT INTO staff_sessions (token_hash, role, brand_id, permissions, actor_name, actor_email, minted_by, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          session.tokenHash,
          session.role,
          session.brandId,
          json(session.permissions),
          session.actor.name,
          session.actor.email,
          session.mintedBy,
          iso(session.createdAt),
          iso(session.expiresAt),
        );
    },

    findStaffSession(tokenHash) {
      const row = database.sql('SELECT * FROM staff_sessions WHERE token_hash = ?').get(tokenHash) as Row | undefined;
      if (!row) return null;
      return {
        tokenHash: str(row.token_hash),
        role: row.role === 'officer' ? 'officer' : 'brand',
        brandId: strOrNull(row.brand_id),
        permissions: parse<StaffSessionRecord['permissions']>(row.permissions),
        actor: { name: str(row.actor_name), email: str(row.actor_email) },
        mintedBy: str(row.minted_by),
        createdAt: new Date(str(row.created_at)),
        expiresAt: new Date(str(row.expires_at)),
      };
    },

    issueCode(code) {
      return database.tx((): CodeIssueResult => {
        const email = normalizeEmail(code.email);
        const hourAgo = iso(new Date(code.now.getTime() - 3_600_000));
        const recent = database
          .sql('SELECT created_at FROM sign_in_codes WHERE email = ? AND created_at > ? ORDER BY created_at ASC')
          .all(email, hourAgo) as Row[];
        if (recent.length >= code.maxPerHour) {
          const oldest = Date.parse(str(recent[0]!.created_at));
          return { ok: false, retryAfterSeconds: Math.ceil((oldest + 3_600_000 - code.now.getTime()) / 1000) };
        }
        database.sql("UPDATE sign_in_codes SET state = 'superseded' WHERE email = ? AND state = 'active'").run(email);
        database
          .sql('INSERT INTO sign_in_codes (email, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)')
          .run(email, code.codeHash, iso(code.now), iso(code.expiresAt));
        return { ok: true };
      });
    },

    checkCode(check) {
      return database.tx((): CodeCheckResult => {
        const email = normalizeEmail(check.email);
        const row = database
          .sql("SELECT * FROM sign_in_codes WHERE email = ? AND state IN ('active', 'burned') ORDER BY id DESC LIMIT 1")
          .get(email) as Row | undefined;
        if (!row) return 'missing';
        if (row.state === 'burned') return 'burned';
        if (Date.parse(str(row.expires_at)) <= check.now.getTime()) return 'expired';
        if (row.code_hash === check.codeHash) {
          database.sql("UPDATE sign_in_codes SET state = 'used' WHERE id = ?").run(row.id);
          return 'ok';
        }
        const attempts = Number(row.attempts) + 1;
        const state = attempts >= check.maxAttempts ? 'burned' : 'active';
        database.sql('UPDATE sign_in_codes SET attempts = ?, state = ? WHERE id = ?').run(attempts, state, row.id);
        return 'wrong';
      });
    },

    deleteSignInCodesBefore(before) {
      return database.sql('DELETE FROM sign_in_codes WHERE created_at < ?').run(iso(before)).changes;
    },

    addOutboxMessage(message) {
      database
        .sql('INSERT INTO outbox (recipient, subject, body, code, sent_at) VALUES (?, ?, ?, ?, ?)')
        .run(normalizeEmail(message.to), message.subject, message.text, message.code, iso(message.sentAt));
    },

    listOutbox(email) {
      const rows = (
        email
          ? database.sql('SELECT * FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT 100').all(normalizeEmail(email))
          : database.sql('SELECT * FROM outbox ORDER BY id DESC LIMIT 100').all()
      ) as Row[];
      return rows.map((row) => ({
        to: str(row.recipient),
        subject: str(row.subject),
        text: str(row.body),
        code: strOrNull(row.code),
        sentAt: new Date(str(row.sent_at)),
      }));
    },
  };
}

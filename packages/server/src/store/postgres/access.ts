import type { KolProfile } from '@ibusibuk/sdk';
import type { KolProfileOutput } from '../../domain/kol.js';
import { newId } from '../../ids.js';
import { normalizeEmail, toApiKey, toKol } from '../sqlite/access.js';
import { iso, json, parse, str, strOrNull } from '../sqlite/rows.js';
import type { AccessStore, CodeCheckResult, CodeIssueResult, StaffSessionRecord } from '../store.js';
import type { PgDatabase, Queryable } from './database.js';

/** Saves a KOL's profile; also used by a new application, inside its transaction. */
export async function writeKolProfile(q: Queryable, kolId: string, profile: KolProfileOutput, at: Date): Promise<KolProfile | null> {
  await q.query(
    `UPDATE kols SET name = ?, whatsapp = ?, city = ?, province = ?, social_accounts = ?, children = ?,
       niches = ?, updated_at = ? WHERE id = ?`,
    [
      profile.name,
      profile.whatsapp,
      profile.city,
      profile.province ?? null,
      json(profile.socialAccounts),
      json(profile.children),
      json(profile.niches),
      iso(at),
      kolId,
    ],
  );
  return readKol(q, kolId);
}

async function readKol(q: Queryable, id: string): Promise<KolProfile | null> {
  const row = (await q.query('SELECT * FROM kols WHERE id = ?', [id])).rows[0];
  return row ? toKol(row) : null;
}

/** API keys, KOLs, sessions, sign-in codes and the outbox in PostgreSQL. */
export function pgAccess(database: PgDatabase): AccessStore {
  const findKolByEmail = async (email: string, q: Queryable = database): Promise<KolProfile | null> => {
    const row = (await q.query('SELECT * FROM kols WHERE email = ?', [normalizeEmail(email)])).rows[0];
    return row ? toKol(row) : null;
  };

  return {
    async saveApiKey(key) {
      await database.query(
        `INSERT INTO api_keys (hash, kind, label, allowed_origins, brand_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (hash) DO UPDATE SET kind = excluded.kind, label = excluded.label,
           allowed_origins = excluded.allowed_origins, brand_id = excluded.brand_id`,
        [key.hash, key.kind, key.label, json(key.allowedOrigins), key.brandId],
      );
    },

    async findApiKey(hash) {
      const row = (await database.query('SELECT * FROM api_keys WHERE hash = ?', [hash])).rows[0];
      return row ? toApiKey(row) : null;
    },

    async listPublishableKeys() {
      return (await database.query("SELECT * FROM api_keys WHERE kind = 'publishable'")).rows.map(toApiKey);
    },

    getKol: (id) => readKol(database, id),
    findKolByEmail: (email) => findKolByEmail(email),

    ensureKol(email, name, at) {
      return database.tx(async (q) => {
        const address = normalizeEmail(email);
        await q.query(
          `INSERT INTO kols (id, email, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (email) DO NOTHING`,
          [newId('kol'), address, name, iso(at), iso(at)],
        );
        if (name) await q.query('UPDATE kols SET name = ?, updated_at = ? WHERE email = ? AND name IS NULL', [name, iso(at), address]);
        return (await findKolByEmail(address, q))!;
      });
    },

    saveKolProfile: (kolId, profile, at) => writeKolProfile(database, kolId, profile, at),

    async createSession(session) {
      await database.query('INSERT INTO sessions (token_hash, kol_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
        session.tokenHash,
        session.kolId,
        iso(session.createdAt),
        iso(session.expiresAt),
      ]);
    },

    async findSession(tokenHash, now) {
      const row = (await database.query('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?', [tokenHash, iso(now)])).rows[0];
      if (!row) return null;
      return {
        tokenHash: str(row.token_hash),
        kolId: str(row.kol_id),
        createdAt: new Date(str(row.created_at)),
        expiresAt: new Date(str(row.expires_at)),
      };
    },

    async createStaffSession(session) {
      await database.query(
        `INSERT INTO staff_sessions (token_hash, role, brand_id, permissions, actor_name, actor_email, minted_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          session.tokenHash,
          session.role,
          session.brandId,
          json(session.permissions),
          session.actor.name,
          session.actor.email,
          session.mintedBy,
          iso(session.createdAt),
          iso(session.expiresAt),
        ],
      );
    },

    async findStaffSession(tokenHash) {
      const row = (await database.query('SELECT * FROM staff_sessions WHERE token_hash = ?', [tokenHash])).rows[0];
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
      return database.tx(async (q): Promise<CodeIssueResult> => {
        const email = normalizeEmail(code.email);
        // One email's codes are counted and written by one process at a time, whichever serves the request.
        await q.query('SELECT pg_advisory_xact_lock(hashtext(?))', [`sign-in:${email}`]);
        const hourAgo = iso(new Date(code.now.getTime() - 3_600_000));
        const recent = (
          await q.query('SELECT created_at FROM sign_in_codes WHERE email = ? AND created_at > ? ORDER BY created_at ASC', [email, hourAgo])
        ).rows;
        if (recent.length >= code.maxPerHour) {
          const oldest = Date.parse(str(recent[0]!.created_at));
          return { ok: false, retryAfterSeconds: Math.ceil((oldest + 3_600_000 - code.now.getTime()) / 1000) };
        }
        await q.query("UPDATE sign_in_codes SET state = 'superseded' WHERE email = ? AND state = 'active'", [email]);
        await q.query('INSERT INTO sign_in_codes (email, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)', [
          email,
          code.codeHash,
          iso(code.now),
          iso(code.expiresAt),
        ]);
        return { ok: true };
      });
    },

    checkCode(check) {
      return database.tx(async (q): Promise<CodeCheckResult> => {
        const email = normalizeEmail(check.email);
        const row = (
          await q.query("SELECT * FROM sign_in_codes WHERE email = ? AND state IN ('active', 'burned') ORDER BY id DESC LIMIT 1 FOR UPDATE", [
            email,
          ])
        ).rows[0];
        if (!row) return 'missing';
        if (row.state === 'burned') return 'burned';
        if (Date.parse(str(row.expires_at)) <= check.now.getTime()) return 'expired';
        if (row.code_hash === check.codeHash) {
          await q.query("UPDATE sign_in_codes SET state = 'used' WHERE id = ?", [row.id]);
          return 'ok';
        }
        const attempts = Number(row.attempts) + 1;
        const state = attempts >= check.maxAttempts ? 'burned' : 'active';
        await q.query('UPDATE sign_in_codes SET attempts = ?, state = ? WHERE id = ?', [attempts, state, row.id]);
        return 'wrong';
      });
    },

    async deleteSignInCodesBefore(before) {
      return (await database.query('DELETE FROM sign_in_codes WHERE created_at < ?', [iso(before)])).rowCount;
    },

    async addOutboxMessage(message) {
      await database.query('INSERT INTO outbox (recipient, subject, body, code, sent_at) VALUES (?, ?, ?, ?, ?)', [
        normalizeEmail(message.to),
        message.subject,
        message.text,
        message.code,
        iso(message.sentAt),
      ]);
    },

    async listOutbox(email) {
      const { rows } = email
        ? await database.query('SELECT * FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT 100', [normalizeEmail(email)])
        : await database.query('SELECT * FROM outbox ORDER BY id DESC LIMIT 100');
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

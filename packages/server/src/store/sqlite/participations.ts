import type { Draft, HistoryEntry, Insight, Participation, Payout, Post, Stage } from '@ibusibuk/sdk';
import { ActorRole } from '@ibusibuk/sdk';
import { MOVES, transition } from '@ibusibuk/sdk';
import { recordEvent } from '../../webhooks/record-event.js';
import type { MoveOutcome } from '../../domain/participation.js';
import { newId } from '../../ids.js';
import type { Synchronous } from '../compose.js';
import type { ParticipationStore } from '../store.js';
import { writeKolProfile } from './access.js';
import { releaseSlot, slotsOf, takeSlot } from './campaigns.js';
import type { SqliteDatabase } from './database.js';
import { pageRows, toPage, Where } from './pages.js';
import { iso, json, jsonOrNull, parse, str, strOrNull, type Row } from './rows.js';

const actorRoleOf = (value: unknown): ActorRole => (ActorRole.options.includes(value as ActorRole) ? (value as ActorRole) : 'kol');

export function toParticipation(row: Row, history: HistoryEntry[]): Participation {
  return {
    id: str(row.id),
    object: 'participation',
    campaignId: str(row.campaign_id),
    kolId: str(row.kol_id),
    stage: str(row.stage) as Stage,
    application: parse(row.application),
    drafts: parse<Draft[]>(row.drafts),
    post: row.post == null ? null : parse<Post>(row.post),
    insights: parse<Insight[]>(row.insights),
    payout: row.payout == null ? null : parse<Payout>(row.payout),
    history,
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

export function toHistoryEntry(row: Row): HistoryEntry {
  return {
    from: strOrNull(row.from_stage) as Stage | null,
    to: str(row.to_stage) as Stage,
    action: str(row.action),
    actor: {
      role: actorRoleOf(row.actor_role),
      id: str(row.actor_id),
      ...(row.actor_name != null ? { name: str(row.actor_name) } : {}),
    },
    note: strOrNull(row.note),
    at: str(row.at),
  };
}

/** Participations and their history in SQLite. */
export function sqliteParticipations(database: SqliteDatabase): Synchronous<ParticipationStore> {
  /** Participations with their history, read in one query however many there are. */
  const withHistory = (rows: Row[]): Participation[] => {
    if (rows.length === 0) return [];
    const histories = new Map<string, HistoryEntry[]>();
    const entries = database
      .sql('SELECT * FROM participation_history WHERE participation_id IN (SELECT value FROM json_each(?)) ORDER BY id ASC')
      .all(json(rows.map((row) => row.id))) as Row[];
    for (const entry of entries) {
      const id = str(entry.participation_id);
      const list = histories.get(id) ?? [];
      list.push(toHistoryEntry(entry));
      histories.set(id, list);
    }
    return rows.map((row) => toParticipation(row, histories.get(str(row.id)) ?? []));
  };

  const readOne = (sql: string, ...params: unknown[]): Participation | null => {
    const row = database.sql(sql).get(...params) as Row | undefined;
    return row ? withHistory([row])[0]! : null;
  };
  const getParticipation = (id: string) => readOne('SELECT * FROM participations WHERE id = ?', id);

  const appendHistory = (participationId: string, entry: HistoryEntry): void => {
    database
      .sql(
        `INSERT INTO participation_history (participation_id, from_stage, to_stage, action, actor_role, actor_id, actor_name, note, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(participationId, entry.from, entry.to, entry.action, entry.actor.role, entry.actor.id, entry.actor.name ?? null, entry.note, entry.at);
  };

  return {
    getParticipation,

    findParticipation: (campaignId, kolId) =>
      readOne('SELECT * FROM participations WHERE campaign_id = ? AND kol_id = ?', campaignId, kolId),

    createApplication(input) {
      return database.tx(() => {
        const id = newId('par');
        const at = iso(input.at);
        const result = database
          .sql(
            `INSERT INTO participations (id, campaign_id, kol_id, stage, application, created_at, updated_at)
             VALUES (?, ?, ?, 'applied', ?, ?, ?) ON CONFLICT (campaign_id, kol_id) DO NOTHING`,
          )
          .run(id, input.campaignId, input.kolId, json(input.application), at, at);
        if (result.changes === 0) return null;
        const actor = { role: 'kol' as const, id: input.kolId };
        appendHistory(id, { from: null, to: 'applied', action: 'apply', actor, note: null, at });
        writeKolProfile(database, input.kolId, input.profile, input.at);
        if (input.locale) database.sql('UPDATE kols SET locale = ? WHERE id = ?').run(input.locale, input.kolId);
        const participation = getParticipation(id)!;
        recordEvent(database.db, { type: 'participation.stage_changed', data: { participation, previousStage: null, actor, note: null } }, input.at);
        return participation;
      });
    },

    listParticipations(filter, page) {
      const where = new Where();
      if (filter.kolId) where.add('p.kol_id = ?', filter.kolId);
      if (filter.campaignId) where.add('p.campaign_id = ?', filter.campaignId);
      if (filter.stage) where.add('p.stage = ?', filter.stage);
      if (filter.stages) where.add('p.stage IN (SELECT value FROM json_each(?))', json(filter.stages));
      if (filter.brandId) where.add('p.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?)', filter.brandId);
      const order = filter.order ? { column: 'updated_at' as const, descending: filter.order === 'newest' } : undefined;
      const read = pageRows(database, { select: 'SELECT p.* FROM participations p', alias: 'p', where, order }, page);
      if (!read.ok) return read;
      const position = order ? (row: Row) => ({ createdAt: str(row.updated_at), id: str(row.id) }) : undefined;
      return { ok: true, page: toPage(read.rows, page.limit, withHistory, position) };
    },

    campaignParticipations(campaignId) {
      return withHistory(
        database.sql('SELECT * FROM participations WHERE campaign_id = ? ORDER BY created_at ASC, id ASC').all(campaignId) as Row[],
      );
    },

    moveParticipation(id, move) {
      return database.tx((rollback): MoveOutcome => {
        const current = getParticipation(id);
        if (!current || (move.kolId !== undefined && current.kolId !== move.kolId)) return { ok: false, reason: 'not_found' };
        // The system (automatic approval) makes a move in the place of the role the lifecycle names.
        const to = transition(current.stage, move.action, move.actor.role === 'system' ? MOVES[move.action].by : move.actor.role);
        if (to === null) return { ok: false, reason: 'invalid_transition', stage: current.stage };
        const change = move.change?.(current) ?? {};
        if (change.slot === 'fill') {
          if (!takeSlot(database, current.campaignId)) {
            return { ok: false, reason: 'campaign_full', slots: slotsOf(database, current.campaignId) };
          }
        } else if (change.slot === 'release') {
          releaseSlot(database, current.campaignId);
        }
        const at = iso(move.at);
        const updated = database
          .sql(
            `UPDATE participations SET stage = @to, drafts = @drafts, post = @post, insights = @insights,
               payout = @payout, updated_at = @at
             WHERE id = @id AND stage = @from`,
          )
          .run({
            id,
            from: current.stage,
            to,
            drafts: json(change.drafts ?? current.drafts),
            post: change.post !== undefined ? jsonOrNull(change.post) : jsonOrNull(current.post),
            insights: json(change.insights ?? current.insights),
            payout: change.payout !== undefined ? jsonOrNull(change.payout) : jsonOrNull(current.payout),
            at,
          });
        // Someone else moved it first: this move is no longer legal, and the slot change is undone.
        if (updated.changes === 0) rollback({ ok: false, reason: 'stale_stage', stage: current.stage });
        appendHistory(id, { from: current.stage, to, action: move.action, actor: move.actor, note: move.note, at });
        const participation = getParticipation(id)!;
        // The change's event, in the change's transaction (the outbox webhooks and messages read).
        recordEvent(
          database.db,
          { type: 'participation.stage_changed', data: { participation, previousStage: current.stage, actor: move.actor, note: move.note } },
          move.at,
        );
        return { ok: true, participation };
      });
    },
  };
}

import type { HistoryEntry, Participation } from '@ibusibuk/sdk';
import { MOVES, transition } from '@ibusibuk/sdk';
import type { MoveOutcome } from '../../domain/participation.js';
import { newId } from '../../ids.js';
import { toPage, Where } from '../sqlite/pages.js';
import { toHistoryEntry, toParticipation } from '../sqlite/participations.js';
import { iso, json, jsonOrNull, str } from '../sqlite/rows.js';
import type { ParticipationStore } from '../store.js';
import { writeKolProfile } from './access.js';
import { releaseSlot, slotsOf, takeSlot } from './campaigns.js';
import type { PgDatabase, Queryable, Row } from './database.js';
import { recordPgEvent } from './events.js';
import { pgPageRows } from './pages.js';

/** Participations and their history in PostgreSQL. */
export function pgParticipations(database: PgDatabase): ParticipationStore {
  /** Participations with their history, read in one query however many there are. */
  const withHistory = async (q: Queryable, rows: Row[]): Promise<Participation[]> => {
    if (rows.length === 0) return [];
    const histories = new Map<string, HistoryEntry[]>();
    const entries = (
      await q.query('SELECT * FROM participation_history WHERE participation_id = ANY(?) ORDER BY id ASC', [rows.map((row) => str(row.id))])
    ).rows;
    for (const entry of entries) {
      const id = str(entry.participation_id);
      const list = histories.get(id) ?? [];
      list.push(toHistoryEntry(entry));
      histories.set(id, list);
    }
    return rows.map((row) => toParticipation(row, histories.get(str(row.id)) ?? []));
  };

  const readOne = async (q: Queryable, sql: string, ...params: unknown[]): Promise<Participation | null> => {
    const row = (await q.query(sql, params)).rows[0];
    return row ? (await withHistory(q, [row]))[0]! : null;
  };
  const getParticipation = (id: string, q: Queryable = database) => readOne(q, 'SELECT * FROM participations WHERE id = ?', id);

  const appendHistory = async (q: Queryable, participationId: string, entry: HistoryEntry): Promise<void> => {
    await q.query(
      `INSERT INTO participation_history (participation_id, from_stage, to_stage, action, actor_role, actor_id, actor_name, note, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [participationId, entry.from, entry.to, entry.action, entry.actor.role, entry.actor.id, entry.actor.name ?? null, entry.note, entry.at],
    );
  };

  return {
    getParticipation: (id) => getParticipation(id),

    findParticipation: (campaignId, kolId) =>
      readOne(database, 'SELECT * FROM participations WHERE campaign_id = ? AND kol_id = ?', campaignId, kolId),

    createApplication(input) {
      return database.tx(async (q) => {
        const id = newId('par');
        const at = iso(input.at);
        const result = await q.query(
          `INSERT INTO participations (id, campaign_id, kol_id, stage, application, created_at, updated_at)
           VALUES (?, ?, ?, 'applied', ?, ?, ?) ON CONFLICT (campaign_id, kol_id) DO NOTHING`,
          [id, input.campaignId, input.kolId, json(input.application), at, at],
        );
        if (result.rowCount === 0) return null;
        const actor = { role: 'kol' as const, id: input.kolId };
        await appendHistory(q, id, { from: null, to: 'applied', action: 'apply', actor, note: null, at });
        await writeKolProfile(q, input.kolId, input.profile, input.at);
        if (input.locale) await q.query('UPDATE kols SET locale = ? WHERE id = ?', [input.locale, input.kolId]);
        const participation = (await getParticipation(id, q))!;
        await recordPgEvent(q, { type: 'participation.stage_changed', data: { participation, previousStage: null, actor, note: null } }, input.at);
        return participation;
      });
    },

    async listParticipations(filter, page) {
      const where = new Where();
      if (filter.kolId) where.add('p.kol_id = ?', filter.kolId);
      if (filter.campaignId) where.add('p.campaign_id = ?', filter.campaignId);
      if (filter.stage) where.add('p.stage = ?', filter.stage);
      if (filter.stages) where.add('p.stage = ANY(?)', [...filter.stages]);
      if (filter.brandId) where.add('p.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?)', filter.brandId);
      const order = filter.order ? { column: 'updated_at' as const, descending: filter.order === 'newest' } : undefined;
      const read = await pgPageRows(database, { select: 'SELECT p.* FROM participations p', alias: 'p', where, order }, page);
      if (!read.ok) return read;
      const position = order ? (row: Row) => ({ createdAt: str(row.updated_at), id: str(row.id) }) : undefined;
      const kept = read.rows.slice(0, page.limit);
      const mapped = await withHistory(database, kept);
      return { ok: true, page: toPage(read.rows, page.limit, () => mapped, position) };
    },

    async campaignParticipations(campaignId) {
      const { rows } = await database.query('SELECT * FROM participations WHERE campaign_id = ? ORDER BY created_at ASC, id ASC', [campaignId]);
      return withHistory(database, rows);
    },

    moveParticipation(id, move) {
      return database.tx(async (q, rollback): Promise<MoveOutcome> => {
        const current = await getParticipation(id, q);
        if (!current || (move.kolId !== undefined && current.kolId !== move.kolId)) return { ok: false, reason: 'not_found' };
        // The system (automatic approval) makes a move in the place of the role the lifecycle names.
        const to = transition(current.stage, move.action, move.actor.role === 'system' ? MOVES[move.action].by : move.actor.role);
        if (to === null) return { ok: false, reason: 'invalid_transition', stage: current.stage };
        const change = move.change?.(current) ?? {};
        if (change.slot === 'fill') {
          if (!(await takeSlot(q, current.campaignId))) return { ok: false, reason: 'campaign_full', slots: await slotsOf(q, current.campaignId) };
        } else if (change.slot === 'release') {
          await releaseSlot(q, current.campaignId);
        }
        const at = iso(move.at);
        // Compare-and-set on the stage: a move committed by another process meanwhile leaves no row to update.
        const updated = await q.query(
          `UPDATE participations SET stage = ?, drafts = ?, post = ?, insights = ?, payout = ?, updated_at = ?
           WHERE id = ? AND stage = ?`,
          [
            to,
            json(change.drafts ?? current.drafts),
            change.post !== undefined ? jsonOrNull(change.post) : jsonOrNull(current.post),
            json(change.insights ?? current.insights),
            change.payout !== undefined ? jsonOrNull(change.payout) : jsonOrNull(current.payout),
            at,
            id,
            current.stage,
          ],
        );
        if (updated.rowCount === 0) rollback({ ok: false, reason: 'stale_stage', stage: current.stage });
        await appendHistory(q, id, { from: current.stage, to, action: move.action, actor: move.actor, note: move.note, at });
        const participation = (await getParticipation(id, q))!;
        await recordPgEvent(
          q,
          { type: 'participation.stage_changed', data: { participation, previousStage: current.stage, actor: move.actor, note: move.note } },
          move.at,
        );
        return { ok: true, participation };
      });
    },
  };
}

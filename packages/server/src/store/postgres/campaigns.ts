import type { Brand, Brief, Campaign } from '@ibusibuk/sdk';
import { newId } from '../../ids.js';
import { CAMPAIGN_SELECT, brandKey, campaignColumns, rawPosition, toBrief, toCampaign, whereCampaignFields } from '../sqlite/campaigns.js';
import { toPage, Where } from '../sqlite/pages.js';
import { iso, json, str, strOrNull } from '../sqlite/rows.js';
import type { CampaignStore, StatusChange } from '../store.js';
import type { PgDatabase, Queryable } from './database.js';
import { recordPgEvent } from './events.js';
import { pgPageRows } from './pages.js';

/** Takes one of the campaign's slots; false when they are all filled. */
export async function takeSlot(q: Queryable, campaignId: string): Promise<boolean> {
  return (await q.query('UPDATE campaigns SET slots_filled = slots_filled + 1 WHERE id = ? AND slots_filled < slots', [campaignId])).rowCount > 0;
}

export async function releaseSlot(q: Queryable, campaignId: string): Promise<void> {
  await q.query('UPDATE campaigns SET slots_filled = slots_filled - 1 WHERE id = ? AND slots_filled > 0', [campaignId]);
}

export async function slotsOf(q: Queryable, campaignId: string): Promise<number> {
  return Number((await q.query('SELECT slots FROM campaigns WHERE id = ?', [campaignId])).rows[0]!.slots);
}

const CAMPAIGN_VALUES = `@id, @slug, @brandId, @title, @summary, @description, @coverUrl, @status, @compensationType,
  @fee, @productDescription, @productValue, @slots, @platforms, @deliverables, @requirements, @timeline, @rules, @tags, @created, @updated`;

/** `@name` placeholders as `?` with their values in order (the SQLite part's statements name them). */
function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const text = sql.replace(/@(\w+)/g, (_m, name: string) => {
    params.push(values[name]);
    return '?';
  });
  return [text, params];
}

/**
 * Campaigns, their brands and briefs in PostgreSQL. No page cache: with several processes a
 * cached page would outlive another process's change, and the indexed query answers fast enough.
 */
export function pgCampaigns(database: PgDatabase): CampaignStore {
  const brandId = async (q: Queryable, brand: { name: string; logoUrl: string | null }): Promise<string> => {
    const key = brandKey(brand.name);
    await q.query('INSERT INTO brands (id, name, name_key, logo_url) VALUES (?, ?, ?, ?) ON CONFLICT (name_key) DO NOTHING', [
      newId('brd'),
      brand.name.trim(),
      key,
      brand.logoUrl,
    ]);
    if (brand.logoUrl) await q.query('UPDATE brands SET logo_url = ? WHERE name_key = ?', [brand.logoUrl, key]);
    return str((await q.query('SELECT id FROM brands WHERE name_key = ?', [key])).rows[0]!.id);
  };

  const getBrand = async (id: string): Promise<Brand | null> => {
    const row = (await database.query('SELECT * FROM brands WHERE id = ?', [id])).rows[0];
    return row ? { id: str(row.id), name: str(row.name), logoUrl: strOrNull(row.logo_url) } : null;
  };

  const getCampaign = async (idOrSlug: string, q: Queryable = database): Promise<Campaign | null> => {
    const row = (await q.queryRaw(`${CAMPAIGN_SELECT} WHERE c.id = ? OR c.slug = ?`, [idOrSlug, idOrSlug]))[0];
    return row ? toCampaign(row) : null;
  };

  const getBrief = async (campaignId: string, q: Queryable = database): Promise<Brief | null> => {
    const row = (await q.query('SELECT * FROM briefs WHERE campaign_id = ?', [campaignId])).rows[0];
    return row ? toBrief(row) : null;
  };

  return {
    getCampaign: (idOrSlug) => getCampaign(idOrSlug),
    getBrief: (campaignId) => getBrief(campaignId),
    getBrand,
    ensureBrand: async (name) => (await getBrand(await brandId(database, { name, logoUrl: null })))!,

    createCampaign(campaign, at) {
      return database.tx(async (q) => {
        const id = newId('cmp');
        const [sql, params] = named(
          `INSERT INTO campaigns (id, slug, brand_id, title, summary, description, cover_url, status, compensation_type,
             fee, product_description, product_value, slots, platforms, deliverables, requirements, timeline, rules, tags, created_at, updated_at)
           VALUES (${CAMPAIGN_VALUES})`,
          {
            ...campaignColumns(campaign),
            id,
            brandId: await brandId(q, campaign.brand),
            status: campaign.status ?? 'draft',
            created: iso(campaign.createdAt ?? at),
            updated: iso(at),
          },
        );
        await q.query(sql, params);
        return (await getCampaign(id, q))!;
      });
    },

    updateCampaign(id, campaign, at) {
      return database.tx(async (q) => {
        const [sql, params] = named(
          `UPDATE campaigns SET slug = @slug, brand_id = @brandId, title = @title, summary = @summary,
             description = @description, cover_url = @coverUrl, compensation_type = @compensationType, fee = @fee,
             product_description = @productDescription, product_value = @productValue, slots = @slots, platforms = @platforms,
             deliverables = @deliverables, requirements = @requirements, timeline = @timeline, rules = @rules, tags = @tags,
             updated_at = @updated
           WHERE id = @id`,
          { ...campaignColumns(campaign), id, brandId: await brandId(q, campaign.brand), updated: iso(at) },
        );
        const result = await q.query(sql, params);
        return result.rowCount === 0 ? null : getCampaign(id, q);
      });
    },

    setCampaignStatus(id, from, to, at) {
      return database.tx(async (q): Promise<StatusChange> => {
        const result = await q.query('UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ? AND status = ANY(?)', [
          to,
          iso(at),
          id,
          [...from],
        ]);
        const campaign = await getCampaign(id, q);
        if (result.rowCount === 0 || !campaign) return { ok: false, campaign };
        if (to === 'open' || to === 'closed') {
          await recordPgEvent(q, { type: to === 'open' ? 'campaign.published' : 'campaign.closed', data: { campaign } }, at);
        }
        return { ok: true, campaign };
      });
    },

    async slugTaken(slug, exceptId) {
      return (await database.query('SELECT 1 FROM campaigns WHERE slug = ? AND id IS DISTINCT FROM ?', [slug, exceptId ?? null])).rowCount > 0;
    },

    async listCampaigns(filter, page) {
      const where = new Where();
      if (filter.statuses.length > 0) where.add('c.status = ANY(?)', [...filter.statuses]);
      if (filter.platform) where.add('EXISTS (SELECT 1 FROM json_array_elements_text(c.platforms::json) v WHERE v = ?)', filter.platform);
      if (filter.tag) where.add('EXISTS (SELECT 1 FROM json_array_elements_text(c.tags::json) v WHERE lower(v) = lower(?))', filter.tag.trim());
      whereCampaignFields(where, filter);
      const read = await pgPageRows<unknown[]>(database, { select: CAMPAIGN_SELECT, alias: 'c', where }, page, true);
      if (!read.ok) return read;
      return { ok: true, page: toPage(read.rows, page.limit, (rows) => rows.map(toCampaign), rawPosition) };
    },

    putBrief(campaignId, brief, at) {
      return database.tx(async (q) => {
        await q.query(
          `INSERT INTO briefs (campaign_id, version, content, updated_at) VALUES (?, 1, ?, ?)
           ON CONFLICT (campaign_id) DO UPDATE SET version = briefs.version + 1, content = excluded.content,
             updated_at = excluded.updated_at`,
          [campaignId, json(brief), iso(at)],
        );
        return (await getBrief(campaignId, q))!;
      });
    },
  };
}

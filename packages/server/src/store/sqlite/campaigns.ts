import type { Brand, Brief, Campaign, CampaignStatus } from '@ibusibuk/sdk';
import type { BriefOutput, CampaignFields } from '../../domain/campaign.js';
import { newId } from '../../ids.js';
import { recordEvent } from '../../webhooks/record-event.js';
import type { Synchronous } from '../compose.js';
import type { CampaignFilter, CampaignStore, Listing, StatusChange } from '../store.js';
import { UnchangedCache, type SqliteDatabase } from './database.js';
import { pageRows, toPage, Where } from './pages.js';
import { iso, json, parse, str, strOrNull, type Row } from './rows.js';

/** A campaign's columns, read by position (`COLUMN`) from raw rows. */
const COLUMNS = [
  'c.id', 'c.slug', 'b.id', 'b.name', 'b.logo_url', 'c.title', 'c.summary', 'c.description', 'c.cover_url',
  'c.platforms', 'c.deliverables', 'c.compensation_type', 'c.fee', 'c.product_description', 'c.slots',
  'c.slots_filled', 'c.requirements', 'c.timeline', 'c.tags', 'c.status', 'c.created_at', 'c.updated_at', 'c.rules',
  'c.product_value',
] as const;
const COLUMN = {
  id: 0, slug: 1, brandId: 2, brandName: 3, brandLogoUrl: 4, title: 5, summary: 6, description: 7, coverUrl: 8,
  platforms: 9, deliverables: 10, compensationType: 11, fee: 12, productDescription: 13, slots: 14,
  slotsFilled: 15, requirements: 16, timeline: 17, tags: 18, status: 19, createdAt: 20, updatedAt: 21, rules: 22,
  productValue: 23,
} as const;
export const CAMPAIGN_SELECT = `SELECT ${COLUMNS.join(', ')} FROM campaigns c JOIN brands b ON b.id = c.brand_id`;

/**
 * The campaign in a raw row of `CAMPAIGN_SELECT`. Raw rows (arrays) because better-sqlite3 builds a
 * 22-key object per row otherwise, which cost more than the query on cache misses of `bench/api.mjs`'s list.
 */
export function toCampaign(row: unknown[]): Campaign {
  return {
    id: str(row[COLUMN.id]),
    object: 'campaign',
    slug: str(row[COLUMN.slug]),
    brand: { id: str(row[COLUMN.brandId]), name: str(row[COLUMN.brandName]), logoUrl: strOrNull(row[COLUMN.brandLogoUrl]) },
    title: str(row[COLUMN.title]),
    summary: str(row[COLUMN.summary]),
    description: str(row[COLUMN.description]),
    coverUrl: strOrNull(row[COLUMN.coverUrl]),
    platforms: parse(row[COLUMN.platforms]),
    deliverables: parse(row[COLUMN.deliverables]),
    compensation: {
      type: str(row[COLUMN.compensationType]) as Campaign['compensation']['type'],
      fee: Number(row[COLUMN.fee]),
      productDescription: strOrNull(row[COLUMN.productDescription]),
      productValue: row[COLUMN.productValue] == null ? null : Number(row[COLUMN.productValue]),
    },
    slots: Number(row[COLUMN.slots]),
    slotsFilled: Number(row[COLUMN.slotsFilled]),
    requirements: parse(row[COLUMN.requirements]),
    timeline: parse(row[COLUMN.timeline]),
    rules: parse(row[COLUMN.rules]),
    tags: parse(row[COLUMN.tags]),
    status: str(row[COLUMN.status]) as CampaignStatus,
    createdAt: str(row[COLUMN.createdAt]),
    updatedAt: str(row[COLUMN.updatedAt]),
  };
}

/**
 * The list filters both databases write the same way: compensation, brand (by name or id) and the
 * words searched in title, summary and brand. Statuses, platforms and tags use each database's own
 * array and JSON functions, so each store adds those itself.
 */
export function whereCampaignFields(where: Where, filter: CampaignFilter): void {
  if (filter.compensation) where.add('c.compensation_type = ?', filter.compensation);
  if (filter.brand) where.add('b.name_key = ?', brandKey(filter.brand));
  if (filter.brandId) where.add('c.brand_id = ?', filter.brandId);
  const words = filter.q?.trim();
  if (words) {
    const like = `%${words.toLowerCase().replace(/[\\%_]/g, (ch: string) => `\\${ch}`)}%`;
    where.add("(lower(c.title) LIKE ? ESCAPE '\\' OR lower(c.summary) LIKE ? ESCAPE '\\' OR lower(b.name) LIKE ? ESCAPE '\\')", like, like, like);
  }
}

export const rawPosition = (row: unknown[]) => ({ createdAt: str(row[COLUMN.createdAt]), id: str(row[COLUMN.id]) });

export function toBrief(row: Row): Brief {
  return {
    object: 'brief',
    campaignId: str(row.campaign_id),
    version: Number(row.version),
    ...parse<BriefOutput>(row.content),
    updatedAt: str(row.updated_at),
  };
}

export function campaignColumns(campaign: CampaignFields) {
  return {
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    description: campaign.description,
    coverUrl: campaign.coverUrl,
    compensationType: campaign.compensation.type,
    fee: campaign.compensation.fee,
    productDescription: campaign.compensation.productDescription,
    productValue: campaign.compensation.productValue,
    slots: campaign.slots,
    platforms: json(campaign.platforms),
    deliverables: json(campaign.deliverables),
    requirements: json(campaign.requirements),
    timeline: json(campaign.timeline),
    rules: json(campaign.rules),
    tags: json(campaign.tags),
  };
}

export const brandKey = (name: string): string => name.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');

/** Takes one of the campaign's slots; false when they are all filled. */
export function takeSlot(database: SqliteDatabase, campaignId: string): boolean {
  return (
    database.sql('UPDATE campaigns SET slots_filled = slots_filled + 1 WHERE id = ? AND slots_filled < slots').run(campaignId)
      .changes > 0
  );
}

export function releaseSlot(database: SqliteDatabase, campaignId: string): void {
  database.sql('UPDATE campaigns SET slots_filled = slots_filled - 1 WHERE id = ? AND slots_filled > 0').run(campaignId);
}

export function slotsOf(database: SqliteDatabase, campaignId: string): number {
  return Number((database.sql('SELECT slots FROM campaigns WHERE id = ?').get(campaignId) as Row).slots);
}

/** Campaigns, their brands and briefs in SQLite. */
export function sqliteCampaigns(database: SqliteDatabase): Synchronous<CampaignStore> {
  /**
   * Campaign pages by query: the public list is read far more often than campaigns change,
   * and reading 21 wide rows costs more than the rest of a request. The pages are shared:
   * callers must not mutate them.
   */
  const pages = new UnchangedCache<Listing<Campaign>>(database, 256);

  const brandId = (brand: { name: string; logoUrl: string | null }): string => {
    const key = brandKey(brand.name);
    database
      .sql('INSERT INTO brands (id, name, name_key, logo_url) VALUES (?, ?, ?, ?) ON CONFLICT (name_key) DO NOTHING')
      .run(newId('brd'), brand.name.trim(), key, brand.logoUrl);
    if (brand.logoUrl) database.sql('UPDATE brands SET logo_url = ? WHERE name_key = ?').run(brand.logoUrl, key);
    return str((database.sql('SELECT id FROM brands WHERE name_key = ?').get(key) as Row).id);
  };

  const getBrand = (id: string): Brand | null => {
    const row = database.sql('SELECT * FROM brands WHERE id = ?').get(id) as Row | undefined;
    return row ? { id: str(row.id), name: str(row.name), logoUrl: strOrNull(row.logo_url) } : null;
  };

  const getCampaign = (idOrSlug: string): Campaign | null => {
    const row = database.rawSql(`${CAMPAIGN_SELECT} WHERE c.id = ? OR c.slug = ?`).get(idOrSlug, idOrSlug) as
      | unknown[]
      | undefined;
    return row ? toCampaign(row) : null;
  };

  const getBrief = (campaignId: string): Brief | null => {
    const row = database.sql('SELECT * FROM briefs WHERE campaign_id = ?').get(campaignId) as Row | undefined;
    return row ? toBrief(row) : null;
  };

  return {
    getCampaign,
    getBrief,
    getBrand,
    ensureBrand: (name) => getBrand(brandId({ name, logoUrl: null }))!,

    createCampaign(campaign, at) {
      return database.tx(() => {
        const id = newId('cmp');
        database
          .sql(
            `INSERT INTO campaigns (id, slug, brand_id, title, summary, description, cover_url, status, compensation_type,
               fee, product_description, product_value, slots, platforms, deliverables, requirements, timeline, rules, tags, created_at, updated_at)
             VALUES (@id, @slug, @brandId, @title, @summary, @description, @coverUrl, @status, @compensationType,
               @fee, @productDescription, @productValue, @slots, @platforms, @deliverables, @requirements, @timeline, @rules, @tags, @created, @updated)`,
          )
          .run({
            ...campaignColumns(campaign),
            id,
            brandId: brandId(campaign.brand),
            status: campaign.status ?? 'draft',
            created: iso(campaign.createdAt ?? at),
            updated: iso(at),
          });
        return getCampaign(id)!;
      });
    },

    updateCampaign(id, campaign, at) {
      return database.tx(() => {
        const result = database
          .sql(
            `UPDATE campaigns SET slug = @slug, brand_id = @brandId, title = @title, summary = @summary,
               description = @description, cover_url = @coverUrl, compensation_type = @compensationType, fee = @fee,
               product_description = @productDescription, product_value = @productValue, slots = @slots, platforms = @platforms,
               deliverables = @deliverables, requirements = @requirements, timeline = @timeline, rules = @rules, tags = @tags,
               updated_at = @updated
             WHERE id = @id`,
          )
          .run({ ...campaignColumns(campaign), id, brandId: brandId(campaign.brand), updated: iso(at) });
        return result.changes === 0 ? null : getCampaign(id);
      });
    },

    setCampaignStatus(id, from, to, at) {
      return database.tx((): StatusChange => {
        const result = database
          .sql(
            `UPDATE campaigns SET status = ?, updated_at = ?
             WHERE id = ? AND status IN (SELECT value FROM json_each(?))`,
          )
          .run(to, iso(at), id, json(from));
        const campaign = getCampaign(id);
        if (result.changes === 0 || !campaign) return { ok: false, campaign };
        if (to === 'open' || to === 'closed') {
          recordEvent(database.db, { type: to === 'open' ? 'campaign.published' : 'campaign.closed', data: { campaign } }, at);
        }
        return { ok: true, campaign };
      });
    },

    slugTaken(slug, exceptId) {
      return database.sql('SELECT 1 FROM campaigns WHERE slug = ? AND id IS NOT ?').get(slug, exceptId ?? null) !== undefined;
    },

    listCampaigns(filter, page) {
      const where = new Where();
      if (filter.statuses.length > 0) where.add(`c.status IN (${filter.statuses.map(() => '?').join(', ')})`, ...filter.statuses);
      if (filter.platform) where.add('EXISTS (SELECT 1 FROM json_each(c.platforms) WHERE value = ?)', filter.platform);
      if (filter.tag) where.add('EXISTS (SELECT 1 FROM json_each(c.tags) WHERE lower(value) = lower(?))', filter.tag.trim());
      whereCampaignFields(where, filter);
      const key = JSON.stringify([where.conditions, where.params, page.limit, page.cursor ?? null]);
      return pages.read(key, () => {
        const read = pageRows<unknown[]>(database, { select: CAMPAIGN_SELECT, alias: 'c', where }, page, true);
        if (!read.ok) return read;
        return { ok: true, page: toPage(read.rows, page.limit, (rows) => rows.map(toCampaign), rawPosition) };
      });
    },

    putBrief(campaignId, brief, at) {
      return database.tx(() => {
        database
          .sql(
            `INSERT INTO briefs (campaign_id, version, content, updated_at) VALUES (?, 1, ?, ?)
             ON CONFLICT (campaign_id) DO UPDATE SET version = version + 1, content = excluded.content,
               updated_at = excluded.updated_at`,
          )
          .run(campaignId, json(brief), iso(at));
        return getBrief(campaignId)!;
      });
    },
  };
}

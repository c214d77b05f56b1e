import { toUpload } from '../sqlite/uploads.js';
import { iso } from '../sqlite/rows.js';
import type { UploadStore } from '../store.js';
import type { PgDatabase } from './database.js';

/** Upload records in PostgreSQL; the files themselves are the upload storage's. */
export function pgUploads(database: PgDatabase): UploadStore {
  return {
    async createUpload(upload) {
      await database.query(
        `INSERT INTO uploads (id, kol_id, kind, mime_type, size, storage_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [upload.id, upload.kolId, upload.kind, upload.mimeType, upload.size, upload.storageKey, iso(upload.createdAt)],
      );
    },

    async getUpload(id) {
      const row = (await database.query('SELECT * FROM uploads WHERE id = ?', [id])).rows[0];
      return row ? toUpload(row) : null;
    },

    async uploadUsedByBrand(uploadId, brandId) {
      // As in the SQLite part: ids are random and quoted in the stored JSON.
      const { rowCount } = await database.query(
        `SELECT 1 FROM participations p JOIN uploads u ON u.id = ? AND u.kol_id = p.kol_id
         WHERE p.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?)
           AND (strpos(p.drafts, '"' || u.id || '"') > 0 OR strpos(p.insights, '"' || u.id || '"') > 0)
         LIMIT 1`,
        [uploadId, brandId],
      );
      return rowCount > 0;
    },

    deleteUnattachedUploads(createdBefore) {
      return database.tx(async (q) => {
        const { rows } = await q.query(
          `DELETE FROM uploads u
           WHERE u.created_at < ?
             AND NOT EXISTS (
               SELECT 1 FROM participations p
               WHERE p.kol_id = u.kol_id
                 AND (strpos(p.drafts, '"' || u.id || '"') > 0 OR strpos(p.insights, '"' || u.id || '"') > 0))
           RETURNING *`,
          [iso(createdBefore)],
        );
        return rows.map(toUpload);
      });
    },
  };
}

import type { Synchronous } from '../compose.js';
import type { UploadRecord, UploadStore } from '../store.js';
import type { SqliteDatabase } from './database.js';
import { iso, str, type Row } from './rows.js';

export const toUpload = (row: Row): UploadRecord => ({
  id: str(row.id),
  kolId: str(row.kol_id),
  kind: row.kind === 'video' ? 'video' : 'image',
  mimeType: str(row.mime_type),
  size: Number(row.size),
  storageKey: str(row.storage_key),
  createdAt: new Date(str(row.created_at)),
});

/** Upload records in SQLite; the files themselves are the upload storage's. */
export function sqliteUploads(database: SqliteDatabase): Synchronous<UploadStore> {
  return {
    createUpload(upload) {
      database
        .sql(
          `INSERT INTO uploads (id, kol_id, kind, mime_type, size, storage_key, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(upload.id, upload.kolId, upload.kind, upload.mimeType, upload.size, upload.storageKey, iso(upload.createdAt));
    },

    getUpload(id) {
      const row = database.sql('SELECT * FROM uploads WHERE id = ?').get(id) as Row | undefined;
      return row ? toUpload(row) : null;
    },

    uploadUsedByBrand(uploadId, brandId) {
      // As in deleteUnattachedUploads: ids are random and quoted in the stored JSON.
      return (
        database
          .sql(
            `SELECT 1 FROM participations p JOIN uploads u ON u.id = ? AND u.kol_id = p.kol_id
             WHERE p.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?)
               AND (instr(p.drafts, '"' || u.id || '"') > 0 OR instr(p.insights, '"' || u.id || '"') > 0)
             LIMIT 1`,
          )
          .get(uploadId, brandId) !== undefined
      );
    },

    deleteUnattachedUploads(createdBefore) {
      return database.tx(() => {
        // Upload ids are random and quoted in the stored JSON, so a text search finds exactly the ones named.
        const rows = database
          .sql(
            `SELECT * FROM uploads u
             WHERE u.created_at < ?
               AND NOT EXISTS (
                 SELECT 1 FROM participations p
                 WHERE p.kol_id = u.kol_id
                   AND (instr(p.drafts, '"' || u.id || '"') > 0 OR instr(p.insights, '"' || u.id || '"') > 0))`,
          )
          .all(iso(createdBefore)) as Row[];
        for (const row of rows) database.sql('DELETE FROM uploads WHERE id = ?').run(row.id);
        return rows.map(toUpload);
      });
    },
  };
}

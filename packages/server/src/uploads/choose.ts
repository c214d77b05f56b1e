import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerOptions } from '../options.js';
import { S3UploadStorage } from './s3-storage.js';
import { FileUploadStorage, type UploadStorage } from './storage.js';

/**
 * The upload storage the options ask for: an S3-compatible bucket with `storage: 's3'`;
 * otherwise a folder: `uploadsDir`, or `<dataDir>/uploads`, or for an in-memory database a
 * temporary folder removed on close.
 */
export function uploadStorageFor(options: ServerOptions, where: { dataDir: string; inMemory: boolean }): UploadStorage {
  if (options.storage === 's3') {
    if (!options.s3?.bucket) throw new Error('storage s3 needs a bucket: --s3-bucket or IBUSIBUK_S3_BUCKET');
    return new S3UploadStorage(options.s3);
  }
  if (options.uploadsDir) return new FileUploadStorage(options.uploadsDir);
  if (where.inMemory) return new FileUploadStorage(mkdtempSync(join(tmpdir(), 'ibusibuk-uploads-')), { temporary: true });
  return new FileUploadStorage(join(where.dataDir, 'uploads'));
}

import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { randomText } from '../ids.js';

/** Bytes `start` to `end` of a file, both included (as in an HTTP Range). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where upload bytes live. Whole files (multipart, the demo seed) are saved
 * here in one go; resumable (tus) uploads are written by the tus file store
 * into `resumableDir` and addressed by `resumableKey(id)`.
 */
export interface UploadStorage {
  /** Stores the bytes under a generated name and returns that name (synchronous: the bytes are already here). */
  save(bytes: Uint8Array, extension: string): string;
  read(key: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The stored file's size in bytes. */
  size(key: string): Promise<number>;
  /** A stream of the file, or of `range` of it. */
  open(key: string, range?: ByteRange): Readable;
  /** Deletes the file (and, for resumable uploads, the tus metadata beside it); missing files are fine. */
  remove(key: string): Promise<void>;
  /** Folder the tus file store writes into; nothing else writes there. */
  readonly resumableDir: string;
  /** The key of a finished resumable upload. */
  resumableKey(uploadId: string): string;
  /** Removes everything this storage created, when it owns a temporary folder. */
  dispose(): Promise<void>;
}

// Keys are generated here, never taken from a request; checking them again keeps any
// other string (a file name, `../`) from ever becoming a path.
const WHOLE_KEY = /^[A-Za-z0-9]{24}\.[a-z0-9]{2,5}$/;
const RESUMABLE_KEY = /^tus\/(upl_[A-Za-z0-9]{16})$/;
export const RESUMABLE_ID = /^upl_[A-Za-z0-9]{16}$/;

export class FileUploadStorage implements UploadStorage {
  readonly dir: string;
  readonly resumableDir: string;
  readonly #temporary: boolean;

  constructor(dir: string, options: { temporary?: boolean } = {}) {
    this.dir = dir;
    this.resumableDir = join(dir, 'tus');
    this.#temporary = options.temporary ?? false;
    mkdirSync(this.resumableDir, { recursive: true });
  }

  save(bytes: Uint8Array, extension: string): string {
    const key = `${randomText(24)}.${extension}`;
    writeFileSync(join(this.dir, key), bytes, { flag: 'wx' });
    return key;
  }

  resumableKey(uploadId: string): string {
    if (!RESUMABLE_ID.test(uploadId)) throw new Error(`not an upload id: ${uploadId}`);
    return `tus/${uploadId}`;
  }

  async read(key: string): Promise<Uint8Array<ArrayBuffer>> {
    return readFile(this.#path(key));
  }

  async size(key: string): Promise<number> {
    return (await stat(this.#path(key))).size;
  }

  open(key: string, range?: ByteRange): Readable {
    return createReadStream(this.#path(key), range ? { start: range.start, end: range.end } : {});
  }

  async remove(key: string): Promise<void> {
    const path = this.#path(key);
    await rm(path, { force: true });
    if (RESUMABLE_KEY.test(key)) await rm(`${path}.json`, { force: true });
  }

  async dispose(): Promise<void> {
    if (this.#temporary) await rm(this.dir, { recursive: true, force: true });
  }

  #path(key: string): string {
    if (WHOLE_KEY.test(key)) return join(this.dir, key);
    const resumable = RESUMABLE_KEY.exec(key);
    if (resumable) return join(this.resumableDir, resumable[1]!);
    throw new Error(`not a storage key: ${key}`);
  }
}

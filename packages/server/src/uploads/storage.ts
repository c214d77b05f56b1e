import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { open as openFile, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { DataStore } from '@tus/server';
import { randomText } from '../ids.js';

/** Bytes `start` to `end` of a file, both included (as in an HTTP Range). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where upload bytes live: a folder on disk (`FileUploadStorage`, the default) or an
 * S3-compatible bucket (`S3UploadStorage`). Whole files (multipart, the demo seed) are saved
 * in one go; resumable (tus) uploads are written by the tus store `tusStore()` gives and
 * addressed by `resumableKey(id)`.
 */
export interface UploadStorage {
  /**
   * Stores the bytes under a generated name, returned at once; `written` settles when they are
   * stored (at once on disk). Reads through this storage wait for it.
   */
  save(bytes: Uint8Array, extension: string): { key: string; written: Promise<void> };
  read(key: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The first `length` bytes of a stored file (fewer if it is shorter); rejects while a resumable upload is incomplete on storages that cannot read it yet. */
  readStart(key: string, length: number): Promise<Uint8Array>;
  /** The stored file's size in bytes. */
  size(key: string): Promise<number>;
  /** A stream of the file, or of `range` of it. */
  open(key: string, range?: ByteRange): Readable;
  /** A URL of the storage itself that serves the file for `expiresInSeconds`, when it has such URLs (object storage). */
  signedUrl?(key: string, expiresInSeconds: number, contentType: string): Promise<string>;
  /** Deletes the file (and, for resumable uploads, the tus metadata beside it); missing files are fine. */
  remove(key: string): Promise<void>;
  /** The tus data store writing resumable uploads here. */
  tusStore(): DataStore;
  /** The ids of the resumable uploads stored, complete or not. */
  listResumable(): Promise<string[]>;
  /** The key of a finished resumable upload. */
  resumableKey(uploadId: string): string;
  /** Resolves once a write and a delete succeed (readiness); rejects otherwise. */
  check(): Promise<void>;
  /** Lets writes in progress finish and removes everything this storage created when it owns a temporary folder. */
  dispose(): Promise<void>;
}

// Keys are generated here, never taken from a request; checking them again keeps any
// other string (a file name, `../`) from ever becoming a path or an object name.
const WHOLE_KEY = /^[A-Za-z0-9]{24}\.[a-z0-9]{2,5}$/;
const RESUMABLE_KEY = /^tus\/(upl_[A-Za-z0-9]{16})$/;
export const RESUMABLE_ID = /^upl_[A-Za-z0-9]{16}$/;

export const wholeKey = (name: string, extension: string): string => `${name}.${extension}`;

/** What a storage key names: a whole file, or a resumable upload by its id. */
export function storageKeyFor(key: string): { kind: 'whole' | 'resumable'; name: string } {
  if (WHOLE_KEY.test(key)) return { kind: 'whole', name: key };
  const resumable = RESUMABLE_KEY.exec(key);
  if (resumable) return { kind: 'resumable', name: resumable[1]! };
  throw new Error(`not a storage key: ${key}`);
}

/** tus's file store over a folder that already exists. */
class FolderFileStore extends FileStore {}
// FileStore creates its folder asynchronously from its constructor and throws from the callback
// when that fails (a temporary folder removed by a quick close()). FileUploadStorage has already
// created it, synchronously, so the store need not.
Object.defineProperty(FolderFileStore.prototype, 'checkOrCreateDirectory', { value: () => {} });

export class FileUploadStorage implements UploadStorage {
  readonly dir: string;
  /** Folder the tus file store writes into; nothing else writes there. */
  readonly resumableDir: string;
  readonly #temporary: boolean;

  constructor(dir: string, options: { temporary?: boolean } = {}) {
    this.dir = dir;
    this.resumableDir = join(dir, 'tus');
    this.#temporary = options.temporary ?? false;
    mkdirSync(this.resumableDir, { recursive: true });
  }

  save(bytes: Uint8Array, extension: string): { key: string; written: Promise<void> } {
    const key = wholeKey(randomText(24), extension);
    writeFileSync(join(this.dir, key), bytes, { flag: 'wx' });
    return { key, written: Promise.resolve() };
  }

  resumableKey(uploadId: string): string {
    if (!RESUMABLE_ID.test(uploadId)) throw new Error(`not an upload id: ${uploadId}`);
    return `tus/${uploadId}`;
  }

  tusStore(): DataStore {
    return new FolderFileStore({ directory: this.resumableDir });
  }

  async listResumable(): Promise<string[]> {
    return (await readdir(this.resumableDir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => RESUMABLE_ID.test(id));
  }

  async read(key: string): Promise<Uint8Array<ArrayBuffer>> {
    return readFile(this.#path(key));
  }

  async readStart(key: string, length: number): Promise<Uint8Array> {
    const handle = await openFile(this.#path(key), 'r');
    try {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
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

  async check(): Promise<void> {
    // A name no key pattern matches, so nothing can ever read or list it as an upload.
    const probe = join(this.dir, `.ready-${randomText(12)}`);
    await writeFile(probe, 'ok');
    await rm(probe);
  }

  async dispose(): Promise<void> {
    if (this.#temporary) await rm(this.dir, { recursive: true, force: true });
  }

  #path(key: string): string {
    const { kind, name } = storageKeyFor(key);
    return kind === 'whole' ? join(this.dir, name) : join(this.resumableDir, name);
  }
}

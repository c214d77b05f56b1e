import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomText } from '../ids.js';

/** Where upload bytes live; the transport (multipart today, tus later) only hands bytes over. */
export interface UploadStorage {
  /** Stores the bytes under a generated name and returns that name (synchronous: the bytes are already here). */
  save(bytes: Uint8Array, extension: string): string;
  read(key: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Removes everything this storage created, when it owns a temporary folder. */
  dispose(): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9]{24}\.[a-z0-9]{2,5}$/;

export class FileUploadStorage implements UploadStorage {
  readonly dir: string;
  readonly #temporary: boolean;

  constructor(dir: string, options: { temporary?: boolean } = {}) {
    this.dir = dir;
    this.#temporary = options.temporary ?? false;
    mkdirSync(dir, { recursive: true });
  }

  save(bytes: Uint8Array, extension: string): string {
    const key = `${randomText(24)}.${extension}`;
    writeFileSync(join(this.dir, key), bytes, { flag: 'wx' });
    return key;
  }

  async read(key: string): Promise<Uint8Array<ArrayBuffer>> {
    if (!SAFE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
    return readFile(join(this.dir, key));
  }

  async dispose(): Promise<void> {
    if (this.#temporary) await rm(this.dir, { recursive: true, force: true });
  }
}

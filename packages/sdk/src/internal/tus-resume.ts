/** How tus remembers unfinished uploads, keyed by a file's fingerprint (as tus-js-client's `UrlStorage`). */
export interface UploadUrlStorage {
  findAllUploads(): Promise<PreviousUpload[]>;
  findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]>;
  removeUpload(urlStorageKey: string): Promise<void>;
  /** Returns the key under which the upload was stored. */
  addUpload(fingerprint: string, upload: PreviousUpload): Promise<string>;
}

/** An unfinished upload as the URL storage keeps it. */
export interface PreviousUpload {
  size: number | null;
  metadata: { [key: string]: string };
  creationTime: string;
  urlStorageKey: string;
  uploadUrl: string | null;
  parallelUploadUrls: string[] | null;
}

/** Unfinished uploads kept in memory: Node's default, so the same file continues within the process. */
export class MemoryUrlStorage implements UploadUrlStorage {
  readonly #entries = new Map<string, { fingerprint: string; upload: PreviousUpload }>();
  #next = 0;

  async findAllUploads(): Promise<PreviousUpload[]> {
    return [...this.#entries.values()].map((entry) => entry.upload);
  }

  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return [...this.#entries.values()].filter((entry) => entry.fingerprint === fingerprint).map((entry) => entry.upload);
  }

  async removeUpload(urlStorageKey: string): Promise<void> {
    this.#entries.delete(urlStorageKey);
  }

  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = `ibusibuk-upload-${++this.#next}`;
    this.#entries.set(key, { fingerprint, upload: { ...upload, urlStorageKey: key } });
    return key;
  }
}

/** The one in-memory storage of this process (or page, when localStorage is unavailable). */
export const memoryUrlStorage = new MemoryUrlStorage();

/** Upload URLs some `uploads.create` call of this process is sending to right now. */
export const uploadsInFlight = new Set<string>();

const SAMPLE_BYTES = 64 * 1024;

/** cyrb53: a fast 53-bit string hash, here over bytes. Not for security, for telling files apart. */
function hashBytes(parts: Uint8Array[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const bytes of parts) {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      h1 = Math.imul(h1 ^ byte, 2654435761);
      h2 = Math.imul(h2 ^ byte, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What identifies "the same file" across a dropped connection or a page
 * reload: size, type, name and date when it is a File, and samples of its
 * bytes (start, middle, end), so two different Blobs of one size never share
 * an upload.
 */
export async function fingerprintOf(file: Blob, endpoint: string): Promise<string> {
  const { size } = file;
  const samples =
    size <= 3 * SAMPLE_BYTES
      ? [file]
      : [file.slice(0, SAMPLE_BYTES), file.slice(Math.floor(size / 2), Math.floor(size / 2) + SAMPLE_BYTES), file.slice(size - SAMPLE_BYTES)];
  const bytes = await Promise.all(samples.map(async (sample) => new Uint8Array(await sample.arrayBuffer())));
  const named = typeof File !== 'undefined' && file instanceof File ? [file.name, file.lastModified] : [];
  return ['ibusibuk', endpoint, size, file.type, ...named, hashBytes(bytes)].join('|');
}

import { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { S3Store } from '@tus/s3-store';
import type { DataStore } from '@tus/server';
import { randomText } from '../ids.js';
import { type ByteRange, RESUMABLE_ID, type UploadStorage, storageKeyFor, wholeKey } from './storage.js';

/** An S3-compatible bucket and how to reach it. */
export interface S3Settings {
  /** It must exist; the server creates nothing but objects. */
  bucket: string;
  /** A service other than AWS (MinIO, Cloudflare R2, Ceph, …); addressed path-style (`endpoint/bucket/key`). */
  endpoint?: string;
  /** Default `us-east-1` (what most S3-compatible services accept). */
  region?: string;
  /** Without them, the AWS SDK's own chain (environment, profile, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Size of each part of a resumable upload in bytes (S3's minimum is 5 MiB). Default 8 MiB. */
  partSize?: number;
}

const MiB = 1024 * 1024;

/** The AWS SDK's settings for these. */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region ?? 'us-east-1',
    // Other services than AWS: path-style addressing, and checksums only where S3 requires them (the
    // SDK's default sends streamed bodies aws-chunked with a trailing checksum, which many of them
    // store as is, chunk headers included).
    ...(settings.endpoint
      ? { endpoint: settings.endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
  };
}

/**
 * Upload bytes as objects of one S3-compatible bucket, so that every server process sees the
 * same files. Whole files are objects named `<24 random chars>.<ext>`; resumable uploads are
 * written by tus's S3 store as multipart uploads into `upl_…` (with `upl_….info` holding the tus
 * metadata and `upl_….part` a trailing piece smaller than a part).
 */
export class S3UploadStorage implements UploadStorage {
  readonly #client: S3Client;
  readonly #settings: S3Settings;
  readonly #bucket: string;
  /** Whole files being written, by key: reads of them wait, and `dispose()` lets them finish. */
  readonly #writing = new Map<string, Promise<void>>();

  constructor(settings: S3Settings) {
    if (!settings.bucket) throw new Error('s3 storage needs a bucket (IBUSIBUK_S3_BUCKET)');
    this.#settings = settings;
    this.#bucket = settings.bucket;
    this.#client = new S3Client(s3ClientConfig(settings));
  }

  save(bytes: Uint8Array, extension: string): { key: string; written: Promise<void> } {
    const key = wholeKey(randomText(24), extension);
    const written = this.#client
      .send(new PutObjectCommand({ Bucket: this.#bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength }))
      .then(() => undefined)
      .finally(() => this.#writing.delete(key));
    this.#writing.set(key, written.catch(() => undefined));
    return { key, written };
  }

  resumableKey(uploadId: string): string {
    if (!RESUMABLE_ID.test(uploadId)) throw new Error(`not an upload id: ${uploadId}`);
    return `tus/${uploadId}`;
  }

  tusStore(): DataStore {
    return new S3Store({ partSize: this.#settings.partSize ?? 8 * MiB, s3ClientConfig: { ...s3ClientConfig(this.#settings), bucket: this.#bucket } });
  }

  async listResumable(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: 'upl_', ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const id = object.Key?.endsWith('.info') ? object.Key.slice(0, -'.info'.length) : '';
        if (RESUMABLE_ID.test(id)) ids.push(id);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return ids;
  }

  async read(key: string): Promise<Uint8Array<ArrayBuffer>> {
    const object = await this.#get(key);
    return new Uint8Array(await object.Body!.transformToByteArray());
  }

  async readStart(key: string, length: number): Promise<Uint8Array> {
    if (length <= 0 || (await this.size(key)) === 0) return new Uint8Array(0);
    const object = await this.#get(key, { start: 0, end: length - 1 });
    return object.Body!.transformToByteArray();
  }

  async size(key: string): Promise<number> {
    const object = this.#object(key);
    await this.#writing.get(object);
    const head = await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: object }));
    return head.ContentLength ?? 0;
  }

  open(key: string, range?: ByteRange): Readable {
    // The request starts when the stream is first read, so a response can be built first.
    const body = async function* (storage: S3UploadStorage) {
      const object = await storage.#get(key, range);
      yield* object.Body as Readable;
    };
    return Readable.from(body(this), { objectMode: false });
  }

  async signedUrl(key: string, expiresInSeconds: number, contentType: string): Promise<string> {
    const command = new GetObjectCommand({ Bucket: this.#bucket, Key: this.#object(key), ResponseContentType: contentType });
    return getSignedUrl(this.#client, command, { expiresIn: Math.max(1, expiresInSeconds) });
  }

  async remove(key: string): Promise<void> {
    const object = this.#object(key);
    await this.#writing.get(object);
    const keys = RESUMABLE_ID.test(object) ? [object, `${object}.info`, `${object}.part`] : [object];
    // Deleting a missing object succeeds in S3, so this is idempotent.
    await this.#client.send(new DeleteObjectsCommand({ Bucket: this.#bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
  }

  async check(): Promise<void> {
    const Key = `.ready-${randomText(12)}`;
    await this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key, Body: 'ok' }));
    await this.#client.send(new DeleteObjectsCommand({ Bucket: this.#bucket, Delete: { Objects: [{ Key }], Quiet: true } }));
  }

  async dispose(): Promise<void> {
    await Promise.all(this.#writing.values());
    this.#client.destroy();
  }

  async #get(key: string, range?: ByteRange) {
    const object = this.#object(key);
    await this.#writing.get(object);
    return this.#client.send(
      new GetObjectCommand({ Bucket: this.#bucket, Key: object, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
    );
  }

  /** The object of a storage key: whole files keep their name, `tus/upl_…` is the object `upl_…`. */
  #object(key: string): string {
    return storageKeyFor(key).name;
  }
}

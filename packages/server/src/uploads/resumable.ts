import { Readable } from 'node:stream';
import type http from 'node:http';
import { DataStore, MemoryLocker, Server, type Upload as TusUpload } from '@tus/server';
import type { ErrorCode } from '@ibusibuk/sdk';
import { ApiError, authenticationError, notFound } from '../errors.js';
import type { Message } from '../i18n/locale.js';
import { messages as m } from '../i18n/messages.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { UploadRecord } from '../store/store.js';
import { HEAD_BYTES, declaredKindOf, refuseDeclaredSize, screenContent } from './screen.js';
import { RESUMABLE_ID } from './storage.js';

/** Where the tus endpoint lives; upload URLs are `${RESUMABLE_PATH}/upl_…`. */
export const RESUMABLE_PATH = '/v1/uploads/tus';

export const isResumablePath = (path: string): boolean => path === RESUMABLE_PATH || path.startsWith(`${RESUMABLE_PATH}/`);

/**
 * A refusal on its way through tus: tus sends `body` as is, and the route
 * turns it back into the API's error format in the caller's language
 * (tus hooks know neither the language nor the request id).
 */
const REFUSAL = 'ibusibukRefusal';
interface Refusal {
  status_code: number;
  body: string;
}
const refusal = (error: ApiError): Refusal => ({
  status_code: error.status,
  body: JSON.stringify({ [REFUSAL]: { status: error.status, code: error.code, text: error.text, fields: error.fields } }),
});

/** The API error a tus error body stands for: one of ours, or tus's own protocol errors mapped by status. */
export function errorOfTusResponse(status: number, body: string): ApiError {
  try {
    const parsed = JSON.parse(body) as Record<string, { status: number; code: ErrorCode; text: Message; fields?: Record<string, Message> }>;
    const ours = parsed[REFUSAL];
    if (ours) return new ApiError(ours.status, ours.code, ours.text, ours.fields ? { fields: ours.fields } : {});
  } catch {
    // tus's own errors are plain text
  }
  const text = body.trim() || `HTTP ${status}`;
  // tus answers a client's mistake with 403 (a missing or bad Upload-Offset) or 501 (an extension it
  // does not serve, such as a deferred length): both are the caller's to fix, so 400.
  if (status === 403 || status === 501) return new ApiError(400, 'validation_error', text);
  if (status >= 500) return new ApiError(status, 'internal_error', m.internal);
  if (status === 404 || status === 410) return new ApiError(status, 'not_found', text);
  if (status === 413) return new ApiError(status, 'payload_too_large', text);
  return new ApiError(status, 'validation_error', text);
}

/** Takes up to `length` bytes off the front of `readable`; `rest` replays them, then the remainder. */
async function peek(readable: Readable, length: number): Promise<{ head: Uint8Array; rest: Readable }> {
  const iterator = readable[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const taken: Buffer[] = [];
  let have = 0;
  let ended = false;
  while (have < length) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    taken.push(next.value);
    have += next.value.length;
  }
  async function* replay() {
    yield* taken;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(taken).subarray(0, length), rest: Readable.from(replay(), { objectMode: false }) };
}

/**
 * The storage's tus store (on disk or in a bucket), with one addition: the first bytes of
 * every upload are checked (magic number, declared kind, size limit) as soon as they arrive,
 * before they are written. A refused upload is deleted, bytes and metadata.
 */
class ScreenedStore extends DataStore {
  readonly #services: Services;
  readonly #inner: DataStore;

  constructor(services: Services) {
    super();
    this.#services = services;
    this.#inner = services.uploads.tusStore();
    // Sizes are declared up front (limits are checked on them) and expiry is the server's sweep.
    this.extensions = ['creation', 'creation-with-upload', 'termination'];
  }

  override create(upload: TusUpload): Promise<TusUpload> {
    return this.#inner.create(upload);
  }

  override getUpload(id: string): Promise<TusUpload> {
    return this.#inner.getUpload(id);
  }

  override remove(id: string): Promise<void> {
    return this.#inner.remove(id);
  }

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    if (offset >= HEAD_BYTES) return this.#inner.write(readable as Readable, id, offset);
    const { uploads, limits } = this.#services;
    const upload = await this.#inner.getUpload(id);
    const size = upload.size ?? 0;
    const wanted = Math.min(HEAD_BYTES, size);
    // The bytes already stored; object storage cannot read an unfinished upload back, and then
    // the check waits for the complete file (`settle`).
    const before = offset > 0 ? await uploads.readStart(uploads.resumableKey(id), offset).catch(() => null) : new Uint8Array(0);
    if (before === null) return this.#inner.write(readable as Readable, id, offset);
    const { head, rest } = await peek(readable as Readable, wanted - before.length);
    const start = Buffer.concat([before, head]);
    // A first request too short to tell waits for the next one, which is checked the same way.
    if (start.length >= wanted) {
      const verdict = screenContent(start, size, declaredKindOf(upload.metadata?.filetype), limits);
      if (!verdict.ok) {
        await this.#discard(id);
        throw refusal(verdict.error);
      }
    }
    return this.#inner.write(rest, id, offset);
  }

  /** Removes an upload whatever its state: the tus store's way (which also ends an unfinished S3 multipart upload), then every file left. */
  async #discard(id: string): Promise<void> {
    await this.#inner.remove(id).catch(() => undefined);
    await this.#services.uploads.remove(this.#services.uploads.resumableKey(id));
  }

  /** Deletes upload `id` whatever its state. */
  discard(id: string): Promise<void> {
    return this.#discard(id);
  }
}

/** The tus metadata of upload `id`, or null when there is none. */
const uploadInfo = (store: DataStore, id: string): Promise<TusUpload | null> => store.getUpload(id).catch(() => null);

/**
 * Resumable uploads over the tus protocol (@tus/server with the storage's tus store),
 * for KOLs only: each upload belongs to the KOL who created it, is named by
 * a generated `upl_` id (never the file's name), is refused before any byte
 * when its declared size is over the limit, is checked by its first bytes,
 * and becomes an Upload record once complete.
 */
export class ResumableUploads {
  readonly #services: Services;
  readonly #store: ScreenedStore;
  readonly #locker = new MemoryLocker();
  readonly #tus: Server;
  /** Who sent each request in flight; the tus hooks receive the request only. */
  readonly #kolOf = new WeakMap<Request, string>();

  constructor(services: Services) {
    this.#services = services;
    this.#store = new ScreenedStore(services);
    this.#tus = new Server({
      path: RESUMABLE_PATH,
      datastore: this.#store,
      locker: this.#locker,
      // Relative to the endpoint the client used, so it holds behind proxies and TLS terminators.
      relativeLocation: true,
      disableTerminationForFinishedUploads: true,
      // CORS is the API's own middleware's job; tus must not answer `*`.
      allowedOrigins: () => false,
      namingFunction: () => newId('upl'),
      getFileIdFromRequest: (_req, lastPath) => (lastPath && RESUMABLE_ID.test(lastPath) ? lastPath : undefined),
      onIncomingRequest: (req, id) => this.#admit(req, id),
      onUploadCreate: async (req, upload) => this.#create(req, upload),
      onUploadFinish: async (_req, upload) => {
        await this.#settle(upload);
        return {};
      },
    });
  }

  /** Handles one tus request (POST, HEAD, PATCH, DELETE, OPTIONS) of the KOL `kolId`. */
  handle(request: Request, kolId: string | null): Promise<Response> {
    if (kolId) this.#kolOf.set(request, kolId);
    return this.#tus.handleWeb(request);
  }

  /**
   * Deletes the incomplete uploads created before `before` (and any left
   * complete but unregistered), with the lock tus uses, so no request is
   * writing to them meanwhile. Returns their ids.
   */
  async sweepIncomplete(before: Date): Promise<string[]> {
    const { store, uploads } = this.#services;
    const ids = await uploads.listResumable();
    const removed: string[] = [];
    for (const id of ids) {
      if (await store.getUpload(id)) continue;
      const info = await uploadInfo(this.#store, id);
      const createdAt = Date.parse(info?.metadata?.createdAt ?? '');
      if (createdAt >= before.getTime()) continue;
      const lock = this.#locker.newLock(id);
      try {
        await lock.lock(AbortSignal.timeout(10_000), () => {});
      } catch {
        continue; // still being written to: the next sweep will find it
      }
      try {
        if (await store.getUpload(id)) continue;
        await this.#store.discard(id);
        removed.push(id);
      } finally {
        await lock.unlock();
      }
    }
    return removed;
  }

  /** Every request but a creation must come from the upload's owner; to anyone else it does not exist. */
  async #admit(req: Request, id: string): Promise<void> {
    const kolId = this.#kolOf.get(req);
    if (!kolId) throw refusal(authenticationError());
    if (req.method === 'POST') return;
    const info = await uploadInfo(this.#store, id);
    if (!info || info.metadata?.owner !== kolId) throw refusal(notFound(m.uploadNotFound));
    // Complete but not yet registered (the server stopped in between): settle it now.
    if (req.method === 'HEAD' && info.size !== undefined && info.offset === info.size && !(await this.#services.store.getUpload(id))) {
      await this.#settle(info);
    }
  }

  /** Before anything is stored: the declared size against the limits; the owner and time go into the metadata. */
  #create(req: Request, upload: TusUpload): { metadata: Record<string, string> } {
    const kolId = this.#kolOf.get(req);
    if (!kolId) throw refusal(authenticationError());
    const filetype = upload.metadata?.filetype ?? null;
    const refused = refuseDeclaredSize(upload.size, declaredKindOf(filetype), this.#services.limits);
    if (refused) throw refusal(refused);
    // Only what the server needs: the client's name for the file is not kept.
    return {
      metadata: {
        ...(filetype ? { filetype } : {}),
        owner: kolId,
        createdAt: this.#services.clock.now().toISOString(),
      },
    };
  }

  /** The definitive check of a complete upload, then its record; a refused file is deleted. */
  async #settle(upload: TusUpload): Promise<UploadRecord> {
    const { store, uploads, clock, limits } = this.#services;
    const existing = await store.getUpload(upload.id);
    if (existing) return existing;
    const key = uploads.resumableKey(upload.id);
    const size = upload.size ?? 0;
    const start = await uploads.readStart(key, HEAD_BYTES);
    const verdict = screenContent(start, size, declaredKindOf(upload.metadata?.filetype), limits);
    const owner = upload.metadata?.owner;
    if (!verdict.ok || !owner) {
      await this.#store.discard(upload.id);
      throw refusal(verdict.ok ? notFound(m.uploadNotFound) : verdict.error);
    }
    const record: UploadRecord = {
      id: upload.id,
      kolId: owner,
      kind: verdict.media.kind,
      mimeType: verdict.media.mimeType,
      size,
      storageKey: key,
      createdAt: clock.now(),
    };
    await store.createUpload(record);
    return record;
  }
}

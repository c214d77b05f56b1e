import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Uploads, type BaseClient, type MediaKind, type Upload } from '@ibusibuk/sdk';
import { fieldsOf, isAbort } from '../internal/errors.js';

/** Where one file is on its way to the server. */
export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled' | 'invalid';

/** Why a file was refused before upload, or why its upload failed. */
export type UploadProblem =
  | { kind: 'type' }
  | { kind: 'size'; media: MediaKind; maxBytes: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'offline' }
  /** The server read the file's first bytes: it is not the image or video its name and type claim. */
  | { kind: 'notMedia' }
  /** The server refused these bytes for good (too large once read, …): sending them again cannot help. */
  | { kind: 'refused'; error: unknown }
  | { kind: 'server'; error: unknown };

export interface UploadItem {
  /** Stable key for rendering and for the methods below. */
  key: string;
  name: string;
  kind: MediaKind;
  size: number;
  /** The picked file; absent for an upload carried over from an earlier submission. */
  file?: File;
  /** An object URL for previews (revoked on remove and on disconnect). */
  previewUrl?: string;
  /** The server's signed URL, for uploads carried over from an earlier submission. */
  remoteUrl?: string;
  status: UploadStatus;
  loaded: number;
  total: number;
  /** The server's upload id once done (or from an earlier submission). */
  uploadId?: string;
  upload?: Upload;
  problem?: UploadProblem;
  /** Seconds, read from the video's metadata for the preview. */
  duration?: number;
  controller?: AbortController;
}

export interface UploadQueueOptions {
  /** Media kinds this queue takes. */
  kinds: readonly MediaKind[];
  /** Largest file per kind, in bytes. */
  maxBytes: Record<MediaKind, number>;
  /** Most files at once (the SDK input allows 20). */
  maxItems: number;
  /** Uploads in flight at once; kept low because users are often on slow mobile data. */
  concurrency?: number;
  client: () => BaseClient | undefined;
  onComplete?: (item: UploadItem, upload: Upload) => void;
  onFailed?: (item: UploadItem, error: unknown) => void;
}

/** Decimal megabytes, as the server's limits and people count them. */
export const MB = 1_000_000;

const IMAGE_EXT = /\.(jpe?g|png|webp|gif|heic|heif|avif)$/i;
const VIDEO_EXT = /\.(mp4|m4v|mov|webm|3gp|mkv)$/i;

/** Image or video, from the MIME type or (some Android pickers send none) the extension. */
export function kindOf(file: { type: string; name: string }): MediaKind | null {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('video/')) return 'video';
  if (!file.type && IMAGE_EXT.test(file.name)) return 'image';
  if (!file.type && VIDEO_EXT.test(file.name)) return 'video';
  return null;
}

let sequence = 0;

/** The same file picked again: its name, size and date (a new `File` object each pick). */
const sameFile = (file: File): string => `${file.name}|${file.size}|${file.lastModified}`;

/** Why the server refused a file for good, or undefined when trying again may work (network, 5xx, 401, 429 …). */
function refusalOf(error: unknown): UploadProblem | undefined {
  const code = (error as { code?: string } | null)?.code;
  // A `file` field message is the server's content check; 413 a size it found once it read the file.
  if (code === 'validation_error' && fieldsOf(error)['file']) return { kind: 'notMedia' };
  if (code === 'validation_error' || code === 'payload_too_large') return { kind: 'refused', error };
  return undefined;
}

/**
 * Files picked by the user, checked, uploaded through `new Uploads(client).create`
 * with progress, and cancellable or retryable one by one. Agnostic of how the
 * SDK moves the bytes: it only reads `onProgress({ loaded, total })`.
 */
export class UploadQueue implements ReactiveController {
  items: UploadItem[] = [];
  /** Files the server refused for good: picked again, they are refused here without a request. */
  private readonly _refused = new Map<string, UploadProblem>();
  private readonly _host: ReactiveControllerHost;
  private readonly _options: UploadQueueOptions;

  constructor(host: ReactiveControllerHost, options: UploadQueueOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const item of this.items) {
      item.controller?.abort();
      if (item.status === 'uploading') item.status = 'cancelled';
      this._revoke(item);
    }
  }

  /** Upload ids of every finished file, in the order shown. */
  get uploadIds(): string[] {
    return this.items.filter((i) => i.status === 'done' && i.uploadId).map((i) => i.uploadId!);
  }

  get inFlight(): boolean {
    return this.items.some((i) => i.status === 'uploading' || i.status === 'queued');
  }

  get doneCount(): number {
    return this.uploadIds.length;
  }

  /** Check and queue picked or dropped files; refused ones stay listed with the reason. */
  add(files: Iterable<File>): UploadItem[] {
    const added: UploadItem[] = [];
    const { kinds, maxBytes, maxItems } = this._options;
    for (const file of files) {
      const kind = kindOf(file);
      const item: UploadItem = {
        key: `u${++sequence}`,
        name: file.name || 'file',
        kind: kind ?? 'image',
        size: file.size,
        file,
        status: 'queued',
        loaded: 0,
        total: file.size,
      };
      const counted = this.items.filter((i) => i.status !== 'invalid' && i.status !== 'cancelled').length;
      if (!kind || !kinds.includes(kind)) item.problem = { kind: 'type' };
      else if (file.size > maxBytes[kind]) item.problem = { kind: 'size', media: kind, maxBytes: maxBytes[kind] };
      else if (counted >= maxItems) item.problem = { kind: 'tooMany', max: maxItems };
      else if (this._refused.has(sameFile(file))) item.problem = this._refused.get(sameFile(file));
      if (item.problem) item.status = 'invalid';
      else item.previewUrl = URL.createObjectURL(file);
      this.items = [...this.items, item];
      added.push(item);
    }
    this._pump();
    this._host.requestUpdate();
    return added;
  }

  /**
   * Show uploads from an earlier submission as done, so a revision need not
   * upload a large video again; previews come from the server when it can give them.
   */
  carryOver(uploadIds: readonly string[], name: (n: number) => string): void {
    for (const item of this.items) this._revoke(item);
    this.items = uploadIds.map((uploadId, n) => ({
      key: `u${++sequence}`,
      name: name(n + 1),
      kind: 'image',
      size: 0,
      status: 'done',
      loaded: 0,
      total: 0,
      uploadId,
    }));
    const client = this._options.client();
    const uploads = client && new Uploads(client);
    for (const item of this.items) {
      uploads
        ?.get(item.uploadId!)
        .then((upload) => this.update(item.key, { kind: upload.kind, size: upload.size, remoteUrl: upload.url ?? undefined }))
        .catch(() => undefined);
    }
    this._host.requestUpdate();
  }

  cancel(key: string): void {
    const item = this._find(key);
    if (!item || (item.status !== 'uploading' && item.status !== 'queued')) return;
    item.controller?.abort();
    item.controller = undefined;
    item.status = 'cancelled';
    item.loaded = 0;
    this._changed();
  }

  retry(key: string): void {
    const item = this._find(key);
    if (!item?.file || (item.status !== 'failed' && item.status !== 'cancelled')) return;
    item.status = 'queued';
    item.problem = undefined;
    item.loaded = 0;
    this._changed();
  }

  remove(key: string): void {
    const item = this._find(key);
    if (!item) return;
    item.controller?.abort();
    item.controller = undefined;
    this._revoke(item);
    this.items = this.items.filter((i) => i !== item);
    this._changed();
  }

  /** Record what the preview or the server told about a file (duration, kind, signed URL). */
  update(key: string, patch: Partial<Pick<UploadItem, 'duration' | 'kind' | 'remoteUrl' | 'size'>>): void {
    const item = this._find(key);
    if (!item) return;
    Object.assign(item, patch);
    this._host.requestUpdate();
  }

  /** Forget everything (after a successful submission), revoking previews. */
  clear(): void {
    for (const item of this.items) {
      item.controller?.abort();
      this._revoke(item);
    }
    this.items = [];
    this._host.requestUpdate();
  }

  private _find(key: string): UploadItem | undefined {
    return this.items.find((i) => i.key === key);
  }

  private _changed(): void {
    this.items = [...this.items];
    this._pump();
    this._host.requestUpdate();
  }

  private _revoke(item: UploadItem): void {
    if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    item.previewUrl = undefined;
  }

  private _pump(): void {
    const limit = this._options.concurrency ?? 2;
    let running = this.items.filter((i) => i.status === 'uploading').length;
    for (const item of this.items) {
      if (running >= limit) break;
      if (item.status !== 'queued') continue;
      running++;
      void this._send(item);
    }
  }

  private async _send(item: UploadItem): Promise<void> {
    const client = this._options.client();
    if (!client || !item.file) {
      item.status = 'failed';
      item.problem = { kind: 'offline' };
      this._changed();
      return;
    }
    const controller = new AbortController();
    item.controller = controller;
    item.status = 'uploading';
    item.loaded = 0;
    this._host.requestUpdate();
    try {
      const upload = await new Uploads(client).create(item.file, {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => {
          if (item.controller !== controller) return;
          item.loaded = loaded;
          item.total = total;
          this._host.requestUpdate();
        },
      });
      if (item.controller !== controller) return;
      item.status = 'done';
      item.loaded = item.total;
      item.upload = upload;
      item.uploadId = upload.id;
      item.controller = undefined;
      this._options.onComplete?.(item, upload);
    } catch (error) {
      if (item.controller !== controller) return;
      item.controller = undefined;
      const refusal = refusalOf(error);
      if (isAbort(error) || controller.signal.aborted) {
        item.status = 'cancelled';
      } else if (refusal) {
        item.status = 'invalid';
        item.problem = refusal;
        this._refused.set(sameFile(item.file), refusal);
        this._options.onFailed?.(item, error);
      } else {
        item.status = 'failed';
        item.problem = { kind: 'server', error };
        this._options.onFailed?.(item, error);
      }
    }
    this._changed();
  }
}

/** `12,4 MB` / `850 KB`, for previews. */
export function formatBytes(bytes: number, locale: 'id' | 'en'): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  if (bytes >= MB) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / MB)} MB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}

/** `1:05` from seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

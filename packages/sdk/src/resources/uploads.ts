import { APIResource } from '../core/resource.js';
import type { BaseClient } from '../core/base-client.js';
import type { RequestOptions } from '../core/request.js';
import type { UploadCreateOptions, UploadTransport } from '../core/uploads.js';
import { path } from '../internal/path.js';
import type { Upload } from '../schemas/upload.js';

/** Media files (draft images and videos, insight screenshots). */
export class Uploads extends APIResource {
  #transport: UploadTransport | undefined;

  /** `transport` defaults to the resumable one (tus), loaded with the first upload. */
  constructor(client: BaseClient, transport?: UploadTransport) {
    super(client);
    this.#transport = transport;
  }

  /**
   * KOL: upload an image (JPEG, PNG, WebP, HEIC; 20 MB) or a video (MP4, MOV;
   * 500 MB), resumably: in chunks, continuing after a dropped connection or
   * a page reload. `onProgress` reports bytes the server has or is receiving,
   * `signal` cancels (what was sent stays, so the same file continues later).
   * Several calls run at once. Resolves with the Upload, whose id goes into
   * a draft's `mediaIds` or an insight's `screenshotIds`.
   */
  async create(file: Blob, options: UploadCreateOptions = {}): Promise<Upload> {
    // Loaded here rather than imported: a page that never uploads (or only reads) does not carry the transport.
    this.#transport ??= new (await import('../core/uploads.js')).ResumableUploadTransport(this._requester);
    return this.#transport.send(file, options);
  }

  /** An upload with a fresh signed `url` (owner KOL and officers only). */
  get(id: string, options?: RequestOptions): Promise<Upload> {
    return this._get(path`/v1/uploads/${id}`, 'Upload', options);
  }
}

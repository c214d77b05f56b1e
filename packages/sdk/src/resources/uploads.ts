import { APIResource } from '../core/resource.js';
import type { BaseClient } from '../core/base-client.js';
import type { RequestOptions } from '../core/request.js';
import type { UploadCreateOptions, UploadTransport } from '../core/uploads.js';
import { path } from '../internal/path.js';
import type { Upload } from '../schemas/upload.js';

/** Media files (draft images and videos, insight screenshots). */
export class Uploads extends APIResource {
  readonly #transport: Promise<UploadTransport>;

  /**
   * `transport` defaults to the resumable one (tus). Its code is fetched by import() as the
   * resource is made, not imported: pages that only read uploads (the review queue) or never
   * upload do not carry it in their first load.
   */
  constructor(client: BaseClient, transport?: UploadTransport) {
    super(client);
    this.#transport = transport
      ? Promise.resolve(transport)
      : import('../core/uploads.js').then(({ ResumableUploadTransport }) => new ResumableUploadTransport(client._requester));
    // A page that never uploads must not see a failed fetch of that code as an unhandled rejection.
    this.#transport.catch(() => undefined);
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
    return (await this.#transport).send(file, options);
  }

  /** An upload with a fresh signed `url` (owner KOL and officers only). */
  get(id: string, options?: RequestOptions): Promise<Upload> {
    return this._get(path`/v1/uploads/${id}`, 'Upload', options);
  }
}

import { APIResource } from '../core/resource.js';
import type { APIRequester, RequestOptions } from '../core/request.js';
import { MultipartUploadTransport, type UploadCreateOptions, type UploadTransport } from '../core/uploads.js';
import { path } from '../internal/path.js';
import { Upload } from '../schemas/upload.js';

/** Media files (draft images and videos, insight screenshots). */
export class Uploads extends APIResource {
  readonly #transport: UploadTransport;

  constructor(requester: APIRequester, transport: UploadTransport = new MultipartUploadTransport(requester)) {
    super(requester);
    this.#transport = transport;
  }

  /** KOL: upload a file; `onProgress` reports bytes sent, `signal` cancels. */
  create(file: Blob, options: UploadCreateOptions = {}): Promise<Upload> {
    return this.#transport.send(file, options);
  }

  /** An upload with a fresh signed `url` (owner KOL and officers only). */
  get(id: string, options?: RequestOptions): Promise<Upload> {
    return this._get(path`/v1/uploads/${id}`, Upload, options);
  }
}

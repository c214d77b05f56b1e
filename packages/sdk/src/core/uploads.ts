import { Upload } from '../schemas/upload.js';
import { progressOf, xhrFetch, type UploadProgress } from '../internal/xhr-fetch.js';
import type { APIRequester, RequestOptions } from './request.js';

export type { UploadProgress } from '../internal/xhr-fetch.js';

/** Options of `uploads.create`. */
export interface UploadCreateOptions extends RequestOptions {
  /** Called as bytes go out; in browsers many times, elsewhere at the start and the end. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** File name to send; defaults to the File's own name, or `upload`. */
  filename?: string | undefined;
}

/**
 * How a file reaches the server. Kept behind this interface so a resumable
 * (tus) transport can replace plain multipart without touching callers.
 */
export interface UploadTransport {
  send(file: Blob, options: UploadCreateOptions): Promise<Upload>;
}

/** `POST /v1/uploads` as multipart, over XMLHttpRequest where it exists (for progress), fetch elsewhere. */
export class MultipartUploadTransport implements UploadTransport {
  readonly #requester: APIRequester;

  constructor(requester: APIRequester) {
    this.#requester = requester;
  }

  async send(file: Blob, options: UploadCreateOptions): Promise<Upload> {
    const { onProgress, filename, ...requestOptions } = options;
    const name = filename ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'upload');
    const formData = new FormData();
    formData.append('file', file, name);
    const viaXhr = typeof XMLHttpRequest !== 'undefined';
    if (!viaXhr) onProgress?.(progressOf(0, file.size));
    const upload = await this.#requester.request(
      { method: 'POST', path: '/v1/uploads', formData, schema: Upload, fetch: viaXhr ? xhrFetch(formData, onProgress) : undefined },
      requestOptions,
    );
    if (!viaXhr) onProgress?.(progressOf(file.size, file.size));
    return upload;
  }
}

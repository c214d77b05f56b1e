import type { Upload } from '../schemas/upload.js';
import { apiErrorOf } from '../internal/error-body.js';
import { progressOf, xhrFetch, type UploadProgress } from '../internal/xhr-fetch.js';
import { blobFileReader } from '../internal/tus-blob-source.js';
import { loadTus } from '../internal/tus-loader.js';
import {
  fingerprintOf,
  memoryUrlStorage,
  uploadsInFlight,
  type PreviousUpload,
  type UploadUrlStorage,
} from '../internal/tus-resume.js';
import { AbortError, IbuSibukError, NetworkError, TimeoutError, errorFromResponse } from './errors.js';
import type { APIRequester, RequestOptions } from './request.js';

export type { UploadProgress } from '../internal/xhr-fetch.js';
export type { PreviousUpload, UploadUrlStorage } from '../internal/tus-resume.js';
export { MemoryUrlStorage } from '../internal/tus-resume.js';

/** Options of `uploads.create`. */
export interface UploadCreateOptions extends RequestOptions {
  /**
   * Called as bytes go out, with `loaded` out of the file's `size`. It never
   * goes back, and a resumed upload starts from where the server stopped,
   * so a bar fed from it continues rather than restarts.
   */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** A file name, for a Blob that has none (a File's own name is used otherwise); helps recognise the same file when resuming. */
  filename?: string | undefined;
  /** Bytes sent per request; what a dropped connection can cost at most. Default 5 MB. */
  chunkSize?: number | undefined;
  /** Milliseconds to wait before each retry after a dropped connection or a 5xx; the count resets whenever bytes get through. Default 0, 1 s, 3 s, 5 s, 10 s, 20 s, 30 s. */
  retryDelays?: number[] | undefined;
  /**
   * Where unfinished uploads are remembered, so that the same file continues
   * where it stopped, after a dropped connection or a page reload: localStorage
   * in browsers, process memory in Node (pass tus-js-client's `FileUrlStorage`
   * to survive a restart). `false` always starts afresh.
   */
  urlStorage?: UploadUrlStorage | false | undefined;
}

/** How a file reaches the server; `uploads.create` hands every file to one. */
export interface UploadTransport {
  send(file: Blob, options: UploadCreateOptions): Promise<Upload>;
}

/** The endpoint of resumable uploads, under the API's base URL. */
export const RESUMABLE_UPLOADS_PATH = '/v1/uploads/tus';
const DEFAULT_CHUNK_SIZE = 5 * 1024 * 1024;
const DEFAULT_RETRY_DELAYS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000];

type TusError = Error & {
  originalRequest?: unknown;
  originalResponse?: { getStatus(): number; getBody(): string; getHeader(name: string): string | undefined } | null;
  causingError?: Error | null;
};

/** tus-js-client's failure as one of the SDK's errors: the server's answer when there was one. */
function errorOfTus(error: TusError): IbuSibukError {
  const response = error.originalResponse;
  if (response) {
    let body: unknown;
    try {
      body = JSON.parse(response.getBody());
    } catch {
      body = undefined;
    }
    return errorFromResponse({
      status: response.getStatus(),
      error: apiErrorOf(body),
      requestId: response.getHeader('x-request-id') ?? undefined,
    });
  }
  const reason = error.causingError?.message ?? error.message;
  return new NetworkError(`Could not upload to the Ibu Sibuk API (${reason}).`, { code: 'network_error', cause: error });
}

const retriable = (status: number) => status === 0 || status >= 500 || [408, 409, 423, 429].includes(status);

/**
 * Resumable uploads over the tus protocol (tus-js-client, loaded on the first
 * upload): the file goes in chunks, a dropped connection resumes from the
 * server's offset, the same file continues after a page reload, and a stalled
 * connection is dropped and resumed after `timeout`. When the upload is
 * complete the Upload is read back with `GET /v1/uploads/:id`.
 */
export class ResumableUploadTransport implements UploadTransport {
  readonly #requester: APIRequester;

  constructor(requester: APIRequester) {
    this.#requester = requester;
  }

  async send(file: Blob, options: UploadCreateOptions): Promise<Upload> {
    const { onProgress, filename, chunkSize, retryDelays, urlStorage, signal, ...requestOptions } = options;
    if (!(file instanceof Blob)) throw new TypeError('uploads.create needs a Blob or a File (in Node, `fs.openAsBlob(path)` reads a file).');
    const aborted = () => new AbortError('The upload was aborted.', { code: 'aborted', cause: signal?.reason });
    if (signal?.aborted) throw aborted();
    const { tus, node } = await loadTus().catch((error: unknown) => {
      throw new NetworkError('Could not load the upload client (tus-js-client).', { code: 'network_error', cause: error });
    });
    if (signal?.aborted) throw aborted();

    const { url: endpoint, headers, timeout, maxRetries } = this.#requester.endpoint(RESUMABLE_UPLOADS_PATH, requestOptions);
    const delays = retryDelays ?? (options.maxRetries !== undefined ? delaysFor(maxRetries) : DEFAULT_RETRY_DELAYS);
    // Browsers keep unfinished uploads in localStorage (tus's default), so a reload continues them.
    const storage = urlStorage === false ? null : (urlStorage ?? (node || !tus.canStoreURLs ? memoryUrlStorage : undefined));
    const size = file.size;
    const name = filename ?? (typeof File !== 'undefined' && file instanceof File ? file.name : undefined);

    let loaded = -1;
    const report = (bytes: number) => {
      const next = Math.min(size, Math.max(loaded, bytes));
      if (next === loaded) return;
      loaded = next;
      onProgress?.(progressOf(loaded, size));
    };

    const uploadUrl = await new Promise<string>((resolve, reject) => {
      let settled = false;
      let stalls = 0;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      let sending: string | null = null;

      // Marks the upload URL this call sends to, so a concurrent call for the same file starts its own.
      const claim = (url: string | null) => {
        if (url === sending) return;
        if (sending) uploadsInFlight.delete(sending);
        sending = url;
        if (sending) uploadsInFlight.add(sending);
      };

      const finish = (error: IbuSibukError | null, url?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        signal?.removeEventListener('abort', onAbort);
        claim(null);
        if (error) reject(error);
        else resolve(url!);
      };

      // A connection that stops moving without failing (common on mobile networks) is dropped and resumed.
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          if (settled) return;
          if (++stalls > delays.length) {
            void upload.abort(false);
            finish(new TimeoutError(`The upload made no progress for ${timeout} ms.`, { code: 'timeout' }));
            return;
          }
          void upload.abort(false).then(() => {
            if (!settled) upload.start();
          });
        }, timeout);
      };
      const disarm = () => clearTimeout(watchdog);

      const upload = new tus.Upload(file, {
        endpoint,
        headers,
        chunkSize: chunkSize ?? DEFAULT_CHUNK_SIZE,
        retryDelays: delays,
        // The declared type is a hint the server checks against the bytes; the name stays here (it tells files apart).
        metadata: file.type ? { filetype: file.type } : {},
        fingerprint: (input) => fingerprintOf(input as Blob, `${endpoint}|${name ?? ''}`),
        ...(storage ? { urlStorage: storage } : {}),
        storeFingerprintForResuming: storage !== null,
        removeFingerprintOnSuccess: true,
        ...(node ? { fileReader: blobFileReader } : {}),
        onShouldRetry: (error) => retriable(error.originalResponse?.getStatus() ?? 0),
        onUploadUrlAvailable: () => claim(upload.url),
        onBeforeRequest: () => {
          if (!settled) arm();
        },
        onAfterResponse: (req, res) => {
          disarm();
          // Where the server stands: 0 for a new upload, its offset for a resumed one.
          const method = req.getMethod();
          if (method === 'POST' && res.getStatus() === 201) report(0);
          if (method === 'HEAD' && res.getStatus() === 200) report(Number(res.getHeader('Upload-Offset') ?? 0));
        },
        onProgress: (bytesSent) => {
          if (settled) return;
          stalls = 0;
          arm();
          report(bytesSent);
        },
        onSuccess: () => {
          report(size);
          finish(null, upload.url ?? '');
        },
        onError: (error) => finish(errorOfTus(error as TusError)),
      });

      const onAbort = () => {
        // Not terminated: the server keeps what it has, so a retry of the same file continues.
        void upload.abort(false);
        finish(aborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      const begin = async () => {
        if (storage !== null) {
          const previous = await upload.findPreviousUploads().catch((): PreviousUpload[] => []);
          // The newest unfinished upload of this file that no other call is sending.
          const resumable = previous
            .filter((p) => p.uploadUrl && !uploadsInFlight.has(p.uploadUrl))
            .sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime))[0];
          if (resumable) {
            claim(resumable.uploadUrl);
            upload.resumeFromPreviousUpload(resumable);
          }
        }
        if (!settled) upload.start();
      };
      void begin();
    });

    const id = uploadUrl.split('/').filter(Boolean).pop() ?? '';
    const { idempotencyKey: _unused, ...readOptions } = requestOptions;
    return this.#requester.request({ method: 'GET', path: `/v1/uploads/${encodeURIComponent(id)}`, response: 'Upload' }, { ...readOptions, signal });
  }
}

/** `maxRetries` retries, with the default waits (the last one repeated). */
function delaysFor(maxRetries: number): number[] {
  return Array.from({ length: Math.max(0, maxRetries) }, (_, i) => DEFAULT_RETRY_DELAYS[Math.min(i, DEFAULT_RETRY_DELAYS.length - 1)]!);
}

/**
 * `POST /v1/uploads` as multipart, in one request, over XMLHttpRequest where
 * it exists (for progress), fetch elsewhere. For small files where a
 * resumable upload's extra round trips are not worth it.
 */
export class MultipartUploadTransport implements UploadTransport {
  readonly #requester: APIRequester;

  constructor(requester: APIRequester) {
    this.#requester = requester;
  }

  async send(file: Blob, options: UploadCreateOptions): Promise<Upload> {
    const { onProgress, filename, chunkSize: _c, retryDelays: _r, urlStorage: _s, ...requestOptions } = options;
    const name = filename ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'upload');
    const formData = new FormData();
    formData.append('file', file, name);
    const viaXhr = typeof XMLHttpRequest !== 'undefined';
    if (!viaXhr) onProgress?.(progressOf(0, file.size));
    const upload = await this.#requester.request(
      { method: 'POST', path: '/v1/uploads', formData, response: 'Upload', fetch: viaXhr ? xhrFetch(formData, onProgress) : undefined },
      requestOptions,
    );
    if (!viaXhr) onProgress?.(progressOf(file.size, file.size));
    return upload;
  }
}

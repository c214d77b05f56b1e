/** Upload progress, as `onProgress` receives it. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send in all: the file's size (for multipart uploads, the body's, a little more). */
  total: number;
  /** `loaded / total` in percent, 0–100. */
  percent: number;
}

export const progressOf = (loaded: number, total: number): UploadProgress => ({
  loaded,
  total,
  percent: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 100,
});

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` over XMLHttpRequest, because fetch cannot report upload progress
 * in browsers. It sends `body` (the original FormData) rather than the
 * Request's stream, so the browser sets the multipart boundary itself.
 */
export function xhrFetch(body: XMLHttpRequestBodyInit, onProgress?: (progress: UploadProgress) => void): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const request = new Request(input, init);
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => {
        if (name !== 'content-type' && name !== 'content-length') xhr.setRequestHeader(name, value);
      });
      if (onProgress) {
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) onProgress(progressOf(event.loaded, event.total));
        };
      }
      const abort = () => xhr.abort();
      const signal = request.signal;
      if (signal.aborted) return reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      signal.addEventListener('abort', abort, { once: true });
      const done = () => signal.removeEventListener('abort', abort);
      xhr.onload = () => {
        done();
        resolve(
          new Response(xhr.status === 204 ? null : xhr.responseText, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('Network request failed'));
      };
      xhr.onabort = () => {
        done();
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      xhr.send(body);
    });
}

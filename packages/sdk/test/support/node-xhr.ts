import { request, type ClientRequest } from 'node:http';

/**
 * Just enough of XMLHttpRequest, over node:http, to run the SDK's XHR upload
 * path against a real server in Node (browsers have the real thing).
 */
export class NodeXMLHttpRequest {
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  #method = 'GET';
  #url = '';
  #headers: Record<string, string> = {};
  #responseHeaders = '';
  #request: ClientRequest | undefined;
  #aborted = false;

  open(method: string, url: string) {
    this.#method = method;
    this.#url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.#headers[name] = value;
  }

  getAllResponseHeaders() {
    return this.#responseHeaders;
  }

  async send(body: FormData) {
    // A Response serialises FormData to multipart and names the boundary, as a browser would.
    const encoded = new Response(body);
    const bytes = Buffer.from(await encoded.arrayBuffer());
    const headers = { ...this.#headers, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(bytes.length) };
    const req = request(this.#url, { method: this.#method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        this.status = res.statusCode ?? 0;
        this.statusText = res.statusMessage ?? '';
        this.responseText = Buffer.concat(chunks).toString('utf8');
        this.#responseHeaders = Object.entries(res.headers)
          .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
          .join('\r\n');
        this.onload?.();
      });
    });
    this.#request = req;
    req.on('error', () => (this.#aborted ? undefined : this.onerror?.()));
    const half = Math.floor(bytes.length / 2);
    req.write(bytes.subarray(0, half), () => this.upload.onprogress?.({ lengthComputable: true, loaded: half, total: bytes.length }));
    req.end(bytes.subarray(half), () => this.upload.onprogress?.({ lengthComputable: true, loaded: bytes.length, total: bytes.length }));
  }

  abort() {
    this.#aborted = true;
    this.#request?.destroy();
    this.onabort?.();
  }
}

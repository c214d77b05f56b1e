import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted tus server does with one PATCH: take the bytes, or misbehave. */
export type PatchPlan =
  | 'accept'
  /** Never answer (a connection gone quiet); the bytes are not kept. */
  | 'stall'
  | { status: number; body?: unknown };

export interface SeenTusRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  bodyBytes: number;
}

interface StoredUpload {
  id: string;
  length: number;
  offset: number;
  chunks: Buffer[];
  metadata: string;
}

/**
 * Just enough of a tus server (creation, HEAD, PATCH) plus `GET /v1/uploads/:id`,
 * whose PATCH answers a test scripts, to check the SDK's client side: retries,
 * stalls, aborts, resuming. The real server's behaviour is tested in packages/server.
 */
export async function scriptedTusServer(plan: (patch: number, offset: number) => PatchPlan = () => 'accept') {
  const uploads = new Map<string, StoredUpload>();
  const requests: SeenTusRequest[] = [];
  let patches = 0;
  let created = 0;
  const answer = (res: ServerResponse, status: number, headers: Record<string, string> = {}, body?: unknown) => {
    res.writeHead(status, { 'tus-resumable': '1.0.0', 'x-request-id': 'req_tus123', ...(body ? { 'content-type': 'application/json' } : {}), ...headers });
    res.end(body ? JSON.stringify(body) : undefined);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const seen: SeenTusRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, bodyBytes: 0 };
    requests.push(seen);
    const id = /^\/v1\/uploads\/tus\/(upl_\w+)$/.exec(seen.url)?.[1];
    const upload = id ? uploads.get(id) : undefined;
    if (seen.method === 'PATCH') {
      const what = plan(++patches, upload?.offset ?? -1);
      if (what === 'stall') {
        req.resume();
        return;
      }
      req.on('data', (chunk: Buffer) => {
        seen.bodyBytes += chunk.length;
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (!upload) return answer(res, 404);
        if (what !== 'accept') return answer(res, what.status, {}, what.body);
        if (Number(req.headers['upload-offset']) !== upload.offset) return answer(res, 409);
        const body = Buffer.concat(chunks);
        upload.chunks.push(body);
        upload.offset += body.length;
        answer(res, 204, { 'upload-offset': String(upload.offset) });
      });
      return;
    }
    req.resume();
    req.on('end', () => {
      if (seen.method === 'POST' && seen.url === '/v1/uploads/tus') {
        const newId = `upl_test${String(++created).padStart(12, '0')}`;
        uploads.set(newId, { id: newId, length: Number(req.headers['upload-length']), offset: 0, chunks: [], metadata: String(req.headers['upload-metadata'] ?? '') });
        return answer(res, 201, { location: `/v1/uploads/tus/${newId}` });
      }
      if (seen.method === 'HEAD') {
        if (!upload) return answer(res, 404);
        return answer(res, 200, { 'upload-offset': String(upload.offset), 'upload-length': String(upload.length), 'cache-control': 'no-store' });
      }
      const got = /^\/v1\/uploads\/(upl_\w+)$/.exec(seen.url)?.[1];
      const done = got ? uploads.get(got) : undefined;
      if (seen.method === 'GET' && done && done.offset === done.length) {
        return answer(res, 200, {}, {
          id: done.id,
          object: 'upload',
          kolId: 'kol_test0001',
          kind: 'video',
          mimeType: 'video/mp4',
          size: done.length,
          url: `/media/${done.id}?exp=1&sig=x`,
          urlExpiresAt: '2026-06-01T00:15:00.000Z',
          createdAt: '2026-06-01T00:00:00.000Z',
        });
      }
      answer(res, 404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    uploads,
    /** The bytes stored for an upload. */
    bytesOf: (uploadId: string) => Buffer.concat(uploads.get(uploadId)?.chunks ?? []),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the scripted server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export type Script = (req: SeenRequest, res: ServerResponse, attempt: number) => void;

/**
 * A real HTTP server on 127.0.0.1 whose answers a test scripts, e.g. "fail twice,
 * then succeed". `attempt` counts requests from 1.
 */
export async function scriptedServer(script: Script) {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('latin1'),
        at: performance.now(),
      };
      requests.push(seen);
      script(seen, res, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answer with JSON. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req_test123', ...headers });
  res.end(JSON.stringify(body));
}

/** Answer with the API's error body. */
export function apiError(
  res: ServerResponse,
  status: number,
  code: string,
  extra: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  json(res, status, { error: { code, message: `failed: ${code}`, fields: extra.fields, requestId: 'req_test123' } }, extra.headers);
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerOptions } from '@ibusibuk/server';
import type { SqliteStore } from '../src/store/sqlite-store.js';
import { startApi } from './api/support.js';

export const MiB = 1024 * 1024;

/** The start of an MP4 file: an `ftyp` box, brand isom. */
export const MP4_HEAD = Uint8Array.from([
  0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0x00, 0x00, 0x02, 0x00, 0x69, 0x73, 0x6f, 0x6d, 0x69,
  0x73, 0x6f, 0x32,
]);
export const PNG_HEAD = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/**
 * A generated file of `size` bytes that starts with `head`: one random MiB
 * repeated, each copy stamped with its index so no two MiB are alike, built
 * from parts (no copy of the whole), with its SHA-256.
 */
export function generatedFile(size: number, head: Uint8Array, type: string): { blob: Blob; sha256: string } {
  const base = randomBytes(MiB);
  const hash = createHash('sha256');
  const parts: BlobPart[] = [];
  for (let offset = 0, index = 0; offset < size; offset += MiB, index++) {
    const part = Buffer.from(base.subarray(0, Math.min(MiB, size - offset)));
    for (let at = 0; at + 8 <= part.length; at += 64 * 1024) part.writeUInt32BE(index, at + 4);
    if (offset === 0) part.set(head.subarray(0, Math.min(head.length, part.length)));
    hash.update(part);
    parts.push(part);
  }
  return { blob: new Blob(parts, { type }), sha256: hash.digest('hex') };
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

/** The real server with its uploads in a folder the test can look into. */
export async function startUploadsApi(options: Partial<ServerOptions> = {}) {
  const uploadsDir = mkdtempSync(join(tmpdir(), 'ibusibuk-uploads-test-'));
  const api = await startApi({ uploadsDir, uploadSweepIntervalMs: 0, ...options });
  const db = (api.server.store as SqliteStore).db;
  return {
    ...api,
    uploadsDir,
    tusDir: join(uploadsDir, 'tus'),
    /** Upload rows in the database. */
    uploadRows: () => (db.prepare('SELECT COUNT(*) AS n FROM uploads').get() as { n: number }).n,
    async close() {
      await api.close();
      rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}

/**
 * A TCP proxy on loopback in front of the server that counts the bytes going
 * to the server and, once, cuts every open connection when that count passes
 * `cutAfter`: a mobile connection dropping mid-upload.
 */
export async function cuttingProxy(target: URL, cutAfter: number) {
  let forwarded = 0;
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      if (cuts === 0 && forwarded + chunk.length > cutAfter) {
        cuts++;
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        return;
      }
      forwarded += chunk.length;
      if (!upstream.write(chunk)) {
        client.pause();
        upstream.once('drain', () => client.resume());
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    /** Bytes passed on to the server so far (request lines, headers and bodies). */
    forwarded: () => forwarded,
    cuts: () => cuts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A bare tus request, as any tus client sends it. */
export async function tusRequest(
  url: string,
  method: 'POST' | 'HEAD' | 'PATCH' | 'DELETE',
  token: string | null,
  headers: Record<string, string> = {},
  body?: Uint8Array<ArrayBuffer>,
): Promise<Response> {
  return fetch(url, {
    method,
    headers: {
      'tus-resumable': '1.0.0',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/offset+octet-stream' } : {}),
      ...headers,
    },
    ...(body ? { body } : {}),
  });
}

/** Creates a tus upload of `length` bytes and returns its absolute URL. */
export async function tusCreate(apiUrl: string, token: string, length: number, filetype?: string): Promise<string> {
  const response = await tusRequest(`${apiUrl}/v1/uploads/tus`, 'POST', token, {
    'upload-length': String(length),
    ...(filetype ? { 'upload-metadata': `filetype ${b64(filetype)}` } : {}),
  });
  if (response.status !== 201) throw new Error(`tus create: ${response.status} ${await response.text()}`);
  return new URL(response.headers.get('location')!, apiUrl).toString();
}

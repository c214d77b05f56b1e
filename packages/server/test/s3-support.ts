import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { s3ClientConfig, type S3Settings } from '../src/uploads/s3-storage.js';

/** What the two operations below need of s3rver's file store. */
interface S3rverInternals {
  middleware: ((ctx: KoaContext, next: () => Promise<void>) => Promise<void>)[];
  store: { getResourcePath(bucket: string, key: undefined, resource: string): string };
}
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

const xmlError = (ctx: KoaContext, status: number, code: string) => {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message></Error>`;
};

/**
 * s3rver 3.7 serves multipart uploads (create, upload part, complete) but not two operations
 * of the same family that tus's S3 store calls: ListParts (on every HEAD and PATCH, to learn
 * the offset) and AbortMultipartUpload (when an unfinished upload is removed). This adds them
 * over the same files s3rver keeps the parts in (`<bucket>/…uploads/<uploadId>/<n>` and
 * `<n>.md5`), as S3 documents them. They run before s3rver's own routes, so unsigned.
 */
function addMultipartListing(server: S3rverInternals): void {
  const handler = async (ctx: KoaContext, next: () => Promise<void>) => {
    const uploadId = ctx.query.uploadId;
    const [, bucket, ...key] = ctx.path.split('/');
    if (typeof uploadId !== 'string' || !bucket || key.length === 0 || (ctx.method !== 'GET' && ctx.method !== 'DELETE')) return next();
    const dir = join(server.store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
    const names = await readdir(dir).catch(() => null);
    if (!names) return xmlError(ctx, 404, 'NoSuchUpload');
    if (ctx.method === 'DELETE') {
      await rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const numbers = names.filter((name) => /^\d+$/.test(name)).map(Number).sort((a, b) => a - b);
    const marker = Number(ctx.query['part-number-marker'] ?? 0);
    const parts = await Promise.all(
      numbers
        .filter((n) => n > marker)
        .map(async (n) => {
          const [info, md5] = await Promise.all([stat(join(dir, String(n))), readFile(join(dir, `${n}.md5`), 'utf8')]);
          return `<Part><PartNumber>${n}</PartNumber><LastModified>${info.mtime.toISOString()}</LastModified><ETag>"${md5.trim()}"</ETag><Size>${info.size}</Size></Part>`;
        }),
    );
    ctx.type = 'application/xml';
    ctx.body =
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListPartsResult><Bucket>${bucket}</Bucket><Key>${key.join('/')}</Key><UploadId>${uploadId}</UploadId>` +
      `<PartNumberMarker>${marker}</PartNumberMarker><MaxParts>10000</MaxParts><IsTruncated>false</IsTruncated>${parts.join('')}</ListPartsResult>`;
  };
  // Just before s3rver's router, after its request logging and body handling.
  server.middleware.splice(server.middleware.length - 1, 0, handler);
}

/**
 * A real S3-compatible server (s3rver: the S3 protocol over local files, signatures checked)
 * on a free loopback port, with one empty bucket, and a client to look into it.
 */
export async function startS3(bucket = 'ibusibuk-media') {
  const directory = mkdtempSync(join(tmpdir(), 'ibusibuk-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  addMultipartListing(server as unknown as S3rverInternals);
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials: it checks every request's signature against them.
  const settings: S3Settings = { bucket, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client(s3ClientConfig(settings));
  return {
    endpoint,
    settings,
    /** Every object's key in the bucket. */
    async keys(): Promise<string[]> {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (page.Contents ?? []).map((object) => object.Key!).sort();
    },
    async sha256(key: string): Promise<string> {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return createHash('sha256').update(await object.Body!.transformToByteArray()).digest('hex');
    },
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

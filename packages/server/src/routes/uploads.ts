import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { Upload } from '@ibusibuk/sdk';
import { notFound, permissionError, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import type { AppEnv } from '../http/env.js';
import { errorResponse } from '../http/error-handler.js';
import { presentUpload } from '../http/present.js';
import { scopeOf } from '../http/scope.js';
import { type Route, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { receiveUpload } from '../uploads/intake.js';
import { uploadMessages as um } from '../uploads/messages.js';
import { errorOfTusResponse, type ResumableUploads } from '../uploads/resumable.js';
import type { ByteRange } from '../uploads/storage.js';

const TUS_METHODS = new Set(['POST', 'HEAD', 'PATCH', 'DELETE']);

/**
 * `POST /v1/uploads/tus` and `/v1/uploads/tus/:id` (tus resumable uploads, KOL),
 * `POST /v1/uploads` (multipart `file`, KOL; small files in one request) and
 * `GET /v1/uploads/:id` with a fresh signed link.
 */
export function uploadRoutes(services: Services, resumable: ResumableUploads): Route[] {
  const tus = async (c: Context<AppEnv>, kolId: string) => {
    // tus allows a length declared later; here it is needed up front, to check it before any byte.
    if (c.req.method === 'POST' && (c.req.header('upload-length') === undefined || c.req.header('upload-defer-length') !== undefined)) {
      throw validationError({ file: um.lengthRequired }, um.lengthRequired);
    }
    const response = await resumable.handle(c.req.raw, kolId);
    if (response.status < 400) return response;
    // Every refusal leaves in the API's error format, with tus's protocol headers kept.
    const error = errorResponse(c, errorOfTusResponse(response.status, await response.text()));
    for (const [name, value] of response.headers) {
      if (!/^(content-type|content-length)$/i.test(name)) error.headers.set(name, value);
    }
    return error;
  };
  const TUS_TAG = 'Uploads';
  // A plain OPTIONS is tus discovery (versions, extensions) and needs no credential.
  const discovery = (path: string) =>
    rawRoute({
      method: 'options',
      path,
      tag: TUS_TAG,
      summary: 'tus discovery: the protocol versions and extensions served.',
      access: 'anyone',
      produces: { 204: { description: 'Tus-Version, Tus-Extension and Tus-Max-Size headers.' } },
      handle: (c) => resumable.handle(c.req.raw, null),
    });
  const tusRoute = (path: string, documents: readonly ('post' | 'head' | 'patch' | 'delete')[], summary: string, description: string) =>
    rawRoute({
      method: 'all',
      documents,
      path,
      tag: TUS_TAG,
      summary,
      description,
      access: 'kol',
      requestBody: { contentType: 'application/offset+octet-stream', description: 'The bytes from `Upload-Offset` on.' },
      produces: {
        201: { description: 'Created: `Location` names the upload (`upl_…`).' },
        204: { description: 'Accepted: `Upload-Offset` says how many bytes are stored.' },
        200: { description: 'Its state: `Upload-Offset` and `Upload-Length`.' },
        // tus's protocol refusals, in the API's error body.
        409: { contentType: 'application/json', description: '`Upload-Offset` is not the stored offset.' },
        412: { contentType: 'application/json', description: '`Tus-Resumable: 1.0.0` is missing.' },
      },
      errors: ['validation_error', 'payload_too_large'],
      handle: (c, { caller }) => {
        if (!TUS_METHODS.has(c.req.method)) throw notFound(um.resumableOnly);
        return tus(c, caller.kolId);
      },
    });

  const multipart = route({
    method: 'post',
    path: '/v1/uploads',
    tag: TUS_TAG,
    summary: 'Upload one small file in one request (multipart field `file`); large files go through tus.',
    description:
      'Images up to the image limit (20 MB by default) with a declared `Content-Length`: a body without one is refused ' +
      'with 411 before a byte is read, a larger one with 413. Videos and large files: the resumable upload.',
    access: 'kol',
    response: Upload,
    status: 201,
    errors: ['validation_error', 'payload_too_large'],
    handle: async (c, { caller }) => {
      let file: unknown;
      try {
        file = (await c.req.parseBody())['file'];
      } catch {
        throw validationError({ file: m.uploadMissingFile }, m.uploadMissingFile);
      }
      if (!(file instanceof Blob)) throw validationError({ file: m.uploadMissingFile }, m.uploadMissingFile);
      const upload = await receiveUpload(services, caller.kolId, new Uint8Array(await file.arrayBuffer()));
      return presentUpload(c, services, upload);
    },
  });

  const get = route({
    method: 'get',
    path: '/v1/uploads/:id',
    tag: TUS_TAG,
    summary: 'One upload with a fresh signed link to its bytes: to its KOL and to officers.',
    description: 'A brand’s people see the uploads that drafts and insights in the brand’s campaigns name.',
    access: 'kolOrOfficer',
    response: Upload,
    handle: async (c, { caller, params }) => {
      const upload = await services.store.getUpload(params.id!);
      const { kolId, brandId } = scopeOf(caller);
      const inScope =
        upload !== null &&
        (kolId === undefined || upload.kolId === kolId) &&
        (brandId === undefined || (await services.store.uploadUsedByBrand(upload.id, brandId)));
      if (!upload || !inScope) throw notFound(m.uploadNotFound);
      return presentUpload(c, services, upload);
    },
  });

  return [
    discovery('/v1/uploads/tus'),
    discovery('/v1/uploads/tus/:id'),
    tusRoute(
      '/v1/uploads/tus',
      ['post'],
      'Start a resumable upload (tus 1.0 creation; `Upload-Length` required).',
      'Answers 201 with `Location: /v1/uploads/tus/upl_…`. A declared length over the limit is 413 before any byte is stored.',
    ),
    tusRoute(
      '/v1/uploads/tus/:id',
      ['head', 'patch', 'delete'],
      'A resumable upload: its offset (HEAD), more bytes (PATCH), or cancel (DELETE).',
      'Its owner only (404 to anyone else). The completing PATCH registers the Upload; DELETE removes unfinished uploads only. ' +
        'tus protocol refusals keep their statuses: 409 when `Upload-Offset` is not the stored offset, 412 without `Tus-Resumable: 1.0.0`; ' +
        'a missing or malformed `Upload-Offset` is 400.',
    ),
    // Deeper paths and other methods under tus: refused with the same message.
    rawRoute({
      method: 'all',
      path: '/v1/uploads/tus/*',
      tag: TUS_TAG,
      summary: 'Anything else under tus: refused.',
      access: 'anyone',
      hidden: true,
      produces: {},
      handle: () => {
        throw notFound(um.resumableOnly);
      },
    }),
    multipart,
    get,
  ];
}

/** The one range of `Range: bytes=…` (first, last, or suffix form); null for none or several; 'unsatisfiable' past the end. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * `GET /media/:id?exp&sig`: the bytes of an upload, only through an unexpired
 * signed link, streamed from storage with byte ranges (video players seek with them), or
 * handed to the object storage's own signed URL.
 */
export function mediaRoutes(services: Services): Route[] {
  return [
    rawRoute({
      method: 'get',
      path: '/media/:id',
      tag: 'Uploads',
      summary: 'The bytes of an upload, through the signed link an upload carries (`exp`, `sig`); byte ranges served.',
      description: 'An expired link or a wrong signature is 403.',
      access: 'anyone',
      errors: ['permission_error', 'not_found'],
      produces: {
        200: { contentType: 'application/octet-stream', description: 'The file, with its own content type.' },
        206: { contentType: 'application/octet-stream', description: 'The range asked for.' },
        302: { description: 'With `--media-delivery redirect`: to a signed URL of the object storage, valid no longer than this link.' },
        416: { description: 'The range lies past the end.' },
      },
      handle: async (c) => {
        const id = c.req.param('id') ?? '';
        const exp = Number(c.req.query('exp'));
        const sig = c.req.query('sig') ?? '';
        const now = services.clock.now();
        if (!services.signer.verify(id, exp, sig, now)) throw permissionError(m.mediaLinkInvalid);
        const upload = await services.store.getUpload(id);
        if (!upload) throw notFound(m.uploadNotFound);
        const seconds = Math.max(0, exp - Math.floor(now.getTime() / 1000));
        // The object storage serves the bytes itself, for no longer than our link had left.
        if (services.mediaDelivery === 'redirect' && services.uploads.signedUrl) {
          return c.redirect(await services.uploads.signedUrl(upload.storageKey, seconds, upload.mimeType), 302);
        }
        const size = await services.uploads.size(upload.storageKey).catch(() => null);
        if (size === null) throw notFound(m.uploadNotFound);
        const headers: Record<string, string> = {
          'Content-Type': upload.mimeType,
          'Accept-Ranges': 'bytes',
          'Cache-Control': `private, max-age=${seconds}`,
          'X-Content-Type-Options': 'nosniff',
        };
        const range = parseRange(c.req.header('range'), size);
        if (range === 'unsatisfiable') return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${size}` });
        const body = Readable.toWeb(services.uploads.open(upload.storageKey, range ?? undefined)) as ReadableStream<Uint8Array>;
        if (!range) return c.body(body, 200, { ...headers, 'Content-Length': String(size) });
        return c.body(body, 206, {
          ...headers,
          'Content-Length': String(range.end - range.start + 1),
          'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
        });
      },
    }),
  ];
}

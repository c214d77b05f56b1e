import { Hono } from 'hono';
import { Upload } from '@ibusibuk/sdk';
import { notFound, permissionError, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { requireKol, requireKolOrOfficer } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { presentUpload } from '../http/present.js';
import { respond } from '../http/respond.js';
import type { Services } from '../services.js';
import { receiveUpload } from '../uploads/intake.js';

/** `POST /v1/uploads` (multipart `file`, KOL) and `GET /v1/uploads/:id` with a fresh signed link. */
export function uploadRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
    const caller = requireKol(c);
    let file: unknown;
    try {
      file = (await c.req.parseBody())['file'];
    } catch {
      throw validationError({ file: m.uploadMissingFile }, m.uploadMissingFile);
    }
    if (!(file instanceof Blob)) throw validationError({ file: m.uploadMissingFile }, m.uploadMissingFile);
    const upload = receiveUpload(services, caller.kolId, new Uint8Array(await file.arrayBuffer()));
    return respond(c, Upload, presentUpload(c, services, upload), 201);
  });

  app.get('/:id', (c) => {
    const caller = requireKolOrOfficer(c);
    const upload = services.store.getUpload(c.req.param('id'));
    if (!upload || (caller.role === 'kol' && upload.kolId !== caller.kolId)) throw notFound(m.uploadNotFound);
    return respond(c, Upload, presentUpload(c, services, upload));
  });

  return app;
}

/** `GET /media/:id?exp&sig`: the bytes of an upload, only through an unexpired signed link. */
export function mediaRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const exp = Number(c.req.query('exp'));
    const sig = c.req.query('sig') ?? '';
    const now = services.clock.now();
    if (!services.signer.verify(id, exp, sig, now)) throw permissionError(m.mediaLinkInvalid);
    const upload = services.store.getUpload(id);
    if (!upload) throw notFound(m.uploadNotFound);
    const bytes = await services.uploads.read(upload.storageKey);
    return c.body(bytes, 200, {
      'Content-Type': upload.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': `private, max-age=${Math.max(0, exp - Math.floor(now.getTime() / 1000))}`,
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}

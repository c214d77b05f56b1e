import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { UploadRecord } from '../store/store.js';
import { HEAD_BYTES, screenContent } from './screen.js';

/**
 * Accepts a KOL's whole file in one piece (multipart `POST /v1/uploads`, the
 * demo seed): checks what it is and how big, stores it under a generated name
 * and records it. Resumable uploads go through `resumable.ts`, with the same checks.
 */
export async function receiveUpload(services: Services, kolId: string, bytes: Uint8Array): Promise<UploadRecord> {
  const verdict = screenContent(bytes.subarray(0, HEAD_BYTES), bytes.byteLength, null, services.limits);
  if (!verdict.ok) throw verdict.error;
  const storageKey = services.uploads.save(bytes, verdict.media.extension);
  const upload: UploadRecord = {
    id: newId('upl'),
    kolId,
    kind: verdict.media.kind,
    mimeType: verdict.media.mimeType,
    size: bytes.byteLength,
    storageKey,
    createdAt: services.clock.now(),
  };
  await services.store.createUpload(upload);
  return upload;
}

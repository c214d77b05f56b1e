import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { UploadRecord } from '../store/store.js';
import { HEAD_BYTES, screenContent } from './screen.js';

/** Checks what the bytes are and how big, and starts storing them under a generated name. */
function accept(services: Services, kolId: string, bytes: Uint8Array): { upload: UploadRecord; written: Promise<void> } {
  const verdict = screenContent(bytes.subarray(0, HEAD_BYTES), bytes.byteLength, null, services.limits);
  if (!verdict.ok) throw verdict.error;
  const { key, written } = services.uploads.save(bytes, verdict.media.extension);
  const upload: UploadRecord = {
    id: newId('upl'),
    kolId,
    kind: verdict.media.kind,
    mimeType: verdict.media.mimeType,
    size: bytes.byteLength,
    storageKey: key,
    createdAt: services.clock.now(),
  };
  return { upload, written };
}

/**
 * Accepts a KOL's whole file in one piece (multipart `POST /v1/uploads`, the demo seed): checks it, stores it
 * and records it once stored, so an upload the API announces always has its bytes.
 * Resumable uploads go through `resumable.ts`, with the same checks.
 */
export async function receiveUpload(services: Services, kolId: string, bytes: Uint8Array): Promise<UploadRecord> {
  const { upload, written } = accept(services, kolId, bytes);
  await written;
  await services.store.createUpload(upload);
  return upload;
}

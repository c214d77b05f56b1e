import { payloadTooLarge, validationError } from '../errors.js';
import { messages as m } from '../i18n/messages.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { UploadRecord } from '../store/store.js';
import { detectMedia } from './detect.js';

/**
 * Accepts a KOL's file whatever carried it: checks what it is and how big,
 * stores it under a generated name and records it.
 */
export function receiveUpload(services: Services, kolId: string, bytes: Uint8Array): UploadRecord {
  const detected = detectMedia(bytes.subarray(0, 64));
  if (!detected) throw validationError({ file: m.uploadUnsupported }, m.uploadUnsupported);
  const max = detected.kind === 'image' ? services.limits.imageBytes : services.limits.videoBytes;
  if (bytes.byteLength > max) throw payloadTooLarge(m.uploadTooLarge(detected.kind, max));
  const storageKey = services.uploads.save(bytes, detected.extension);
  const upload: UploadRecord = {
    id: newId('upl'),
    kolId,
    kind: detected.kind,
    mimeType: detected.mimeType,
    size: bytes.byteLength,
    storageKey,
    createdAt: services.clock.now(),
  };
  services.store.createUpload(upload);
  return upload;
}

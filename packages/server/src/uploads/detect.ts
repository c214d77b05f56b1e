import type { MediaKind } from '@ibusibuk/sdk';

/** What a file really is, read from its first bytes (never from its name). */
export interface DetectedMedia {
  kind: MediaKind;
  mimeType: string;
  extension: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip']);

/** JPEG, PNG, WebP, HEIC images and MP4/MOV videos; null for anything else. */
export function detectMedia(bytes: Uint8Array): DetectedMedia | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'image', mimeType: 'image/png', extension: 'png' };
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { kind: 'image', mimeType: 'image/webp', extension: 'webp' };
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIF_BRANDS.has(brand)) return { kind: 'image', mimeType: 'image/heic', extension: 'heic' };
    if (brand === 'qt  ') return { kind: 'video', mimeType: 'video/quicktime', extension: 'mov' };
    if (brand === 'avif' || brand === 'avis' || brand === 'crx ') return null;
    return { kind: 'video', mimeType: 'video/mp4', extension: 'mp4' };
  }
  // Old QuickTime files start with an atom other than ftyp.
  if (bytes.length >= 8 && QUICKTIME_ATOMS.has(ascii(bytes, 4, 4))) {
    return { kind: 'video', mimeType: 'video/quicktime', extension: 'mov' };
  }
  return null;
}

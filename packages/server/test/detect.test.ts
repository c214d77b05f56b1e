import { describe, expect, it } from 'vitest';
import { gradientPng } from '../src/seed/png.js';
import { detectMedia } from '../src/uploads/detect.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0]);

describe('detectMedia', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['PNG', gradientPng('#ffffff', '#000000', 2, 2), 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['HEIC', ftyp('heic'), 'image/heic'],
    ['HEIF (mif1)', ftyp('mif1'), 'image/heic'],
    ['MP4', ftyp('isom'), 'video/mp4'],
    ['MP4 (mp42)', ftyp('mp42'), 'video/mp4'],
    ['MOV', ftyp('qt  '), 'video/quicktime'],
    ['old MOV', bytes([0, 0, 0, 8], 'moov'), 'video/quicktime'],
  ])('recognises %s', (_name, input, mimeType) => {
    expect(detectMedia(input)?.mimeType).toBe(mimeType);
  });

  it.each([
    ['text', bytes('hello, this is not a picture')],
    ['PDF', bytes('%PDF-1.7\n')],
    ['GIF', bytes('GIF89a')],
    ['empty', new Uint8Array(0)],
    ['AVIF', ftyp('avif')],
  ])('refuses %s', (_name, input) => {
    expect(detectMedia(input)).toBeNull();
  });
});

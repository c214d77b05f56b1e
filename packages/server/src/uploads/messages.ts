import type { MediaKind } from '@ibusibuk/sdk';
import type { Localized } from '../i18n/locale.js';

/** `20 MB`, `1,5 MB` / `1.5 MB`, `900 KB`: limits and sizes as a mother reads them. */
function size(bytes: number, locale: 'id' | 'en'): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  if (bytes >= 1_000_000) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000))} KB`;
}

const KIND: Record<MediaKind, Localized> = { image: { id: 'foto', en: 'image' }, video: { id: 'video', en: 'video' } };

/** What the upload endpoints say when they refuse a file. */
export const uploadMessages = {
  unsupported: {
    id: 'Jenis berkas tidak didukung. Unggah foto JPEG, PNG, WebP, HEIC atau video MP4/MOV.',
    en: 'Unsupported file type. Upload a JPEG, PNG, WebP or HEIC image or an MP4/MOV video.',
  },
  empty: { id: 'Berkas kosong.', en: 'The file is empty.' },
  tooLarge: (kind: MediaKind, maxBytes: number, actualBytes: number): Localized => ({
    id: `Berkas ini ${size(actualBytes, 'id')}; ${KIND[kind].id} maksimal ${size(maxBytes, 'id')}.`,
    en: `This file is ${size(actualBytes, 'en')}; ${KIND[kind].en}s can be at most ${size(maxBytes, 'en')}.`,
  }),
  kindMismatch: (declared: MediaKind, actual: MediaKind, mimeType: string): Localized => ({
    id: `Berkas ini dikirim sebagai ${KIND[declared].id}, tetapi isinya ${KIND[actual].id} (${mimeType}).`,
    en: `This file was sent as ${declared === 'image' ? 'an image' : 'a video'}, but it is ${actual === 'image' ? 'an image' : 'a video'} (${mimeType}).`,
  }),
  lengthRequired: {
    id: 'Ukuran berkas (Upload-Length) wajib disebutkan di awal.',
    en: 'Declare the file size (Upload-Length) when creating the upload.',
  },
  resumableOnly: {
    id: 'Alamat ini hanya menerima unggahan tus (POST, HEAD, PATCH, DELETE).',
    en: 'This address takes tus uploads only (POST, HEAD, PATCH, DELETE).',
  },
} as const;

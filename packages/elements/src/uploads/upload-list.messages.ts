import { defineMessages } from '../internal/localize.js';

/** Words of the file picker and upload list, shared by the draft uploader and the insight submitter. */
const id = {
  image: 'Foto',
  video: 'Video',
  preview: (name: string) => `Pratinjau ${name}`,
  queued: 'Menunggu giliran…',
  uploading: (percent: number) => `Mengunggah… ${percent}%`,
  done: 'Terunggah',
  cancelled: 'Unggahan dibatalkan',
  failed: 'Gagal diunggah',
  progressLabel: (name: string) => `Progres unggah ${name}`,
  cancel: 'Batalkan',
  cancelLabel: (name: string) => `Batalkan unggahan ${name}`,
  retry: 'Coba lagi',
  retryLabel: (name: string) => `Coba lagi unggah ${name}`,
  remove: 'Hapus',
  removeLabel: (name: string) => `Hapus ${name}`,
  wrongType: 'Jenis file ini tidak bisa diunggah. Pilih file foto atau video.',
  wrongTypeImage: 'Jenis file ini tidak bisa diunggah. Pilih file gambar (tangkapan layar).',
  notRealImage: (name: string) => `“${name}” bukan gambar sungguhan, walau namanya seperti gambar. Pilih tangkapan layar aslinya.`,
  notRealMedia: (name: string) => `“${name}” bukan foto atau video sungguhan, walau namanya seperti itu. Pilih file foto atau video aslinya.`,
  tooBigImage: (mb: number) => `Foto lebih dari ${mb} MB. Kecilkan dulu ukurannya, lalu pilih lagi.`,
  tooBigVideo: (mb: number) => `Video lebih dari ${mb} MB. Potong atau kompres dulu, lalu pilih lagi.`,
  tooMany: (n: number) => `Maksimal ${n} file. Hapus salah satu untuk menambah yang baru.`,
  offline: 'Belum tersambung ke Ibu Sibuk. Muat ulang halaman lalu coba lagi.',
  earlier: 'Dari kiriman sebelumnya',
  announceDone: (name: string) => `${name} selesai diunggah.`,
  announceFailed: (name: string) => `${name} gagal diunggah.`,
  announceCancelled: (name: string) => `Unggahan ${name} dibatalkan.`,
};

/** The shape of this catalog in every language: `upload-list.messages.en.ts` is checked against it. */
export type UploadListMessages = typeof id;

export const uploadListMessages = /* @__PURE__ */ defineMessages(id, () =>
  import('./upload-list.messages.en.js').then((m) => m.default),
);

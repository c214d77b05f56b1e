import type { UploadListMessages } from './upload-list.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  image: 'Photo',
  video: 'Video',
  preview: (name: string) => `Preview of ${name}`,
  queued: 'Waiting…',
  uploading: (percent: number) => `Uploading… ${percent}%`,
  done: 'Uploaded',
  cancelled: 'Upload cancelled',
  failed: 'Upload failed',
  progressLabel: (name: string) => `Upload progress of ${name}`,
  cancel: 'Cancel',
  cancelLabel: (name: string) => `Cancel uploading ${name}`,
  retry: 'Try again',
  retryLabel: (name: string) => `Try again uploading ${name}`,
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name}`,
  wrongType: 'This kind of file can’t be uploaded. Choose a photo or a video.',
  wrongTypeImage: 'This kind of file can’t be uploaded. Choose an image (screenshot).',
  notRealImage: (name: string) => `“${name}” is not really an image, though its name says so. Choose the real screenshot.`,
  notRealMedia: (name: string) => `“${name}” is not really a photo or video, though its name says so. Choose the real file.`,
  tooBigImage: (mb: number) => `This photo is over ${mb} MB. Make it smaller, then choose it again.`,
  tooBigVideo: (mb: number) => `This video is over ${mb} MB. Trim or compress it, then choose it again.`,
  tooMany: (n: number) => `At most ${n} files. Remove one to add another.`,
  offline: 'Not connected to Ibu Sibuk. Reload the page and try again.',
  earlier: 'From your earlier submission',
  announceDone: (name: string) => `${name} uploaded.`,
  announceFailed: (name: string) => `${name} failed to upload.`,
  announceCancelled: (name: string) => `Upload of ${name} cancelled.`,
} satisfies UploadListMessages;

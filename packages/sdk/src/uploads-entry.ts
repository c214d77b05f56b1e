// `@ibusibuk/sdk/uploads`: media uploads (the resource and its transports), apart from
// `@ibusibuk/sdk/client` so that pages which never upload do not load them first.
export {
  MultipartUploadTransport,
  ResumableUploadTransport,
  MemoryUrlStorage,
  type UploadTransport,
  type UploadCreateOptions,
  type UploadProgress,
  type UploadUrlStorage,
  type PreviousUpload,
} from './core/uploads.js';
export { Uploads } from './resources/uploads.js';

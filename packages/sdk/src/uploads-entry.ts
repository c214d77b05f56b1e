// `@ibusibuk/sdk/uploads`: the upload transports (resumable over tus, multipart), apart from
// `@ibusibuk/sdk/client` so that pages which never upload do not load them first. The Uploads
// resource is in the client entry and fetches its default transport by import().
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

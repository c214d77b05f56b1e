import { IbuSibukDraftUploader } from './draft-uploader.component.js';

export * from './draft-uploader.component.js';
IbuSibukDraftUploader.define('ibusibuk-draft-uploader');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-draft-uploader': IbuSibukDraftUploader;
  }
}

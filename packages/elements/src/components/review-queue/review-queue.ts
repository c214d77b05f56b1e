import { IbuSibukReviewQueue } from './review-queue.component.js';

export { IbuSibukReviewQueue };
IbuSibukReviewQueue.define('ibusibuk-review-queue');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-review-queue': IbuSibukReviewQueue;
  }
}

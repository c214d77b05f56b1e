import { IbuSibukInsightSubmitter } from './insight-submitter.component.js';

export * from './insight-submitter.component.js';
IbuSibukInsightSubmitter.define('ibusibuk-insight-submitter');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-insight-submitter': IbuSibukInsightSubmitter;
  }
}

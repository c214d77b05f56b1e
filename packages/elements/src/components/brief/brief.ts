import { IbuSibukBrief } from './brief.component.js';

export { IbuSibukBrief };
IbuSibukBrief.define('ibusibuk-brief');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-brief': IbuSibukBrief;
  }
}

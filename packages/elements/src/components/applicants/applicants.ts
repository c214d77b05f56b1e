import { IbuSibukApplicants } from './applicants.component.js';

export { IbuSibukApplicants };
IbuSibukApplicants.define('ibusibuk-applicants');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-applicants': IbuSibukApplicants;
  }
}

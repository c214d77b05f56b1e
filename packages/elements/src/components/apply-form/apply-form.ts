import { IbuSibukApplyForm } from './apply-form.component.js';
import '../sign-in/sign-in.js';

export { IbuSibukApplyForm };
IbuSibukApplyForm.define('ibusibuk-apply-form');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-apply-form': IbuSibukApplyForm;
  }
}

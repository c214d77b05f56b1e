import { IbuSibukSignIn } from './sign-in.component.js';

export * from './sign-in.component.js';
export default IbuSibukSignIn;

IbuSibukSignIn.define('ibusibuk-sign-in');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-sign-in': IbuSibukSignIn;
  }
}

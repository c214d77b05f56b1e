import { IbuSibukProvider } from './provider.component.js';

export * from './provider.component.js';
export default IbuSibukProvider;

IbuSibukProvider.define('ibusibuk-provider');

declare global {
  interface HTMLElementTagNameMap {
    'ibusibuk-provider': IbuSibukProvider;
  }
}

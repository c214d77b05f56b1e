/**
 * What a server needs to render the elements that can arrive as HTML (Lit's server renderer,
 * `@lit-labs/ssr`): importing it defines `<ibusibuk-campaign>` and `<ibusibuk-campaign-list>`
 * in Lit's Node DOM shim. `loadLanguage('en')` fetches the English text before an English render.
 */
export * from './components/campaign/campaign.js';
export * from './components/campaign-list/campaign-list.js';
export { loadLanguage } from './internal/localize.js';
export { serverDataScript } from './internal/server-data.js';

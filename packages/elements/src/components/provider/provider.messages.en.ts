import type { ProviderMessages } from './provider.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
  secretKey: 'A secret key (sk_…) must never be put in a web page. Use the publishable key (pk_…) in the publishable-key attribute.',
  missingKey: '<ibusibuk-provider> needs a publishable-key or session-token attribute (or the fetchSessionToken property).',
  configTitle: 'Ibu Sibuk is not set up correctly',
  noToken: 'The staff session could not be renewed. Reload the page and try again.',
} satisfies ProviderMessages;

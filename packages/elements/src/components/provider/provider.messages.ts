import { defineMessages } from '../../internal/localize.js';

const id = {
  secretKey:
    'Kunci rahasia (sk_…) tidak boleh dipasang di halaman web. Gunakan kunci publik (pk_…) pada atribut publishable-key.',
  missingKey: 'Atribut publishable-key atau session-token (atau properti fetchSessionToken) pada <ibusibuk-provider> belum diisi.',
  configTitle: 'Ibu Sibuk belum terpasang dengan benar',
  noToken: 'Sesi staf tidak bisa diperbarui. Muat ulang halaman lalu coba lagi.',
};

/** The shape of this catalog in every language: `provider.messages.en.ts` is checked against it. */
export type ProviderMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () => import('./provider.messages.en.js').then((m) => m.default));

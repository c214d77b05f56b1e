import { defineMessages } from '../../internal/localize.js';

export const messages = defineMessages({
  id: {
    secretKey:
      'Kunci rahasia (sk_…) tidak boleh dipasang di halaman web. Gunakan kunci publik (pk_…) pada atribut publishable-key.',
    missingKey: 'Atribut publishable-key atau session-token pada <ibusibuk-provider> belum diisi.',
    configTitle: 'Ibu Sibuk belum terpasang dengan benar',
  },
  en: {
    secretKey: 'A secret key (sk_…) must never be put in a web page. Use the publishable key (pk_…) in the publishable-key attribute.',
    missingKey: '<ibusibuk-provider> needs a publishable-key or session-token attribute.',
    configTitle: 'Ibu Sibuk is not set up correctly',
  },
});

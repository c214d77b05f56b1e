import { defineMessages } from '../../internal/localize.js';

const id = {
  heading: 'Masuk untuk melanjutkan',
  intro: 'Cukup masukkan email Bunda. Kami kirimkan kode 6 angka, tanpa perlu kata sandi.',
  emailLabel: 'Alamat email',
  emailPlaceholder: 'nama@email.com',
  sendCode: 'Kirim kode',
  sending: 'Mengirim kode…',
  codeHeading: 'Cek email Bunda',
  codeSentTo: 'Kode 6 angka sudah kami kirim ke',
  codeValidity: 'Kode berlaku 10 menit. Tidak ada di kotak masuk? Cek folder spam atau promosi.',
  codeLabel: 'Kode masuk',
  codeHint: '6 angka dari email',
  verify: 'Masuk',
  verifying: 'Memeriksa kode…',
  resend: 'Kirim ulang kode',
  resendIn: (s: string) => `Kirim ulang (${s})`,
  resent: 'Kode baru sudah dikirim. Pakai kode yang paling baru, ya.',
  changeEmail: 'Ganti email',
  codeSent: (email: string) => `Kode terkirim ke ${email}.`,
  welcome: 'Berhasil masuk. Selamat datang, Bunda!',
  signedInAs: 'Masuk sebagai',
  signOut: 'Keluar',
  rateLimited: (minutes: number) =>
    minutes <= 1
      ? 'Bunda sudah beberapa kali meminta kode. Coba lagi sebentar lagi, ya.'
      : `Bunda sudah beberapa kali meminta kode. Coba lagi dalam ${minutes} menit, ya.`,
  tooManyAttempts: 'Kode salah dimasukkan terlalu sering, jadi kode itu sudah tidak berlaku. Minta kode baru, ya.',
  noProvider: 'Elemen ini perlu dipasang di dalam <ibusibuk-provider> agar bisa masuk.',
};

/** The shape of this catalog in every language: `sign-in.messages.en.ts` is checked against it. */
export type SignInMessages = typeof id;

export const messages = /* @__PURE__ */ defineMessages(id, () => import('./sign-in.messages.en.js').then((m) => m.default));

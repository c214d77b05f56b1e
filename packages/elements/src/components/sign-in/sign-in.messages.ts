import { defineMessages } from '../../internal/localize.js';

export const messages = defineMessages({
  id: {
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
  },
  en: {
    heading: 'Sign in to continue',
    intro: 'Just enter your email. We’ll send you a 6-digit code, no password needed.',
    emailLabel: 'Email address',
    emailPlaceholder: 'name@email.com',
    sendCode: 'Send code',
    sending: 'Sending the code…',
    codeHeading: 'Check your email',
    codeSentTo: 'We sent a 6-digit code to',
    codeValidity: 'The code is valid for 10 minutes. Not in your inbox? Check the spam or promotions folder.',
    codeLabel: 'Sign-in code',
    codeHint: '6 digits from the email',
    verify: 'Sign in',
    verifying: 'Checking the code…',
    resend: 'Resend code',
    resendIn: (s: string) => `Resend (${s})`,
    resent: 'A new code is on its way. Please use the latest one.',
    changeEmail: 'Use another email',
    codeSent: (email: string) => `Code sent to ${email}.`,
    welcome: 'You’re signed in. Welcome!',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    rateLimited: (minutes: number) =>
      minutes <= 1
        ? 'You’ve asked for several codes. Please try again in a moment.'
        : `You’ve asked for several codes. Please try again in ${minutes} minutes.`,
    tooManyAttempts: 'The code was entered wrongly too many times, so it no longer works. Please ask for a new one.',
    noProvider: 'Put this element inside <ibusibuk-provider> to sign in.',
  },
});

import type { SignInMessages } from './sign-in.messages.js';

// The English text, fetched with import() only when an element's language is `en`.

export default {
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
} satisfies SignInMessages;

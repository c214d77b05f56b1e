import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationMessage } from './message.js';
import type { Transport } from './transport.js';

/** SMTP settings: a URL (`smtp://user:pass@host:587`, `smtps://…`) or its parts. */
export interface EmailOptions {
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The sender, e.g. `Ibu Sibuk <halo@ibusibuk.example>`. */
  from: string;
  /** Plain SMTP without STARTTLS (a local test or relay only). */
  ignoreTLS?: boolean;
}

/**
 * Email settings from `IBUSIBUK_SMTP_URL`, or `IBUSIBUK_SMTP_HOST` with `_PORT`, `_USER`, `_PASS`,
 * and `IBUSIBUK_SMTP_FROM`; null when neither URL nor host is set (no email is sent then).
 */
export function emailOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EmailOptions | null {
  const url = env.IBUSIBUK_SMTP_URL?.trim();
  const host = env.IBUSIBUK_SMTP_HOST?.trim();
  if (!url && !host) return null;
  const port = env.IBUSIBUK_SMTP_PORT ? Number(env.IBUSIBUK_SMTP_PORT) : undefined;
  return {
    ...(url ? { url } : { host, port, secure: port === 465 }),
    ...(env.IBUSIBUK_SMTP_USER ? { user: env.IBUSIBUK_SMTP_USER } : {}),
    ...(env.IBUSIBUK_SMTP_PASS ? { pass: env.IBUSIBUK_SMTP_PASS } : {}),
    from: env.IBUSIBUK_SMTP_FROM?.trim() || 'Ibu Sibuk <no-reply@ibusibuk.localhost>',
  };
}

/** Email through an SMTP server, with nodemailer; each message carries `List-Unsubscribe` when it offers one. */
export class EmailTransport implements Transport {
  readonly #mailer: Transporter;
  readonly #from: string;

  constructor(options: EmailOptions) {
    const auth = options.user ? { user: options.user, pass: options.pass ?? '' } : undefined;
    this.#mailer = options.url
      ? nodemailer.createTransport(options.url)
      : nodemailer.createTransport({
          host: options.host,
          port: options.port ?? 587,
          secure: options.secure ?? false,
          ignoreTLS: options.ignoreTLS ?? false,
          ...(auth ? { auth } : {}),
        });
    this.#from = options.from;
  }

  async send(message: NotificationMessage): Promise<void> {
    const unsubscribe = message.unsubscribeUrl;
    await this.#mailer.sendMail({
      from: this.#from,
      to: message.to.name ? { name: message.to.name, address: message.to.email } : message.to.email,
      subject: message.subject,
      text: message.text,
      ...(unsubscribe ? { list: { unsubscribe } } : {}),
      headers: {
        'Content-Language': message.locale,
        // RFC 8058: mail apps may unsubscribe with one POST, without opening a page.
        ...(unsubscribe?.startsWith('https:') ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
    });
  }

  close(): void {
    this.#mailer.close();
  }
}

import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event, Locale } from '@ibusibuk/sdk';
import { ManualClock } from '../../src/clock.js';
import {
  DevOutboxTransport,
  DevWhatsAppTransport,
  EmailTransport,
  cloudApiBody,
  composeEndpointDisabled,
  composeMessage,
  composeSignInCode,
  deliver,
  emailOptionsFromEnv,
  type NotificationMessage,
} from '../../src/notifications/index.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { SqliteWebhookStore, WebhookDispatcher, recordEvent } from '../../src/webhooks/index.js';
import { campaign, stageChanged } from '../webhooks/support.js';

const context = { campaign: campaign(), unsubscribeUrl: 'https://ibusibuk.example/berhenti?t=abc' };
const revision = {
  id: 'evt_test000001',
  object: 'event',
  createdAt: '2026-06-05T02:00:00.000Z',
  ...stageChanged('in_review', 'revision_requested', { note: 'Tolong sebutkan tagar #MPASIPertama.' }),
} as Event;
const messageFor = (locale: Locale) =>
  composeMessage(revision, { role: 'kol', name: 'Siti', email: 'siti@example.com', whatsapp: '+6281234567890', locale }, context)!;

describe('email through a real SMTP server', () => {
  let smtp: SMTPServer;
  let port: number;
  const inbox: { envelopeTo: string[]; mail: ParsedMail }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            inbox.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('delivers the message in her language, with subject, body and List-Unsubscribe', async () => {
    const mailer = new EmailTransport({ host: '127.0.0.1', port, ignoreTLS: true, from: 'Ibu Sibuk <halo@ibusibuk.example>' });
    try {
      await mailer.send(messageFor('id'));
      await mailer.send(messageFor('en'));
    } finally {
      mailer.close();
    }
    expect(inbox).toHaveLength(2);
    const [id, en] = inbox;
    expect(id!.envelopeTo).toEqual(['siti@example.com']);
    expect(id!.mail.from?.value).toEqual([{ name: 'Ibu Sibuk', address: 'halo@ibusibuk.example' }]);
    expect(id!.mail.to).toMatchObject({ value: [{ name: 'Siti', address: 'siti@example.com' }] });
    expect(id!.mail.subject).toBe('Draf Bunda untuk MPASI Pertama Si Kecil perlu sedikit perbaikan');
    expect(id!.mail.text).toContain('Halo Bunda Siti,');
    expect(id!.mail.text).toContain('Tolong sebutkan tagar #MPASIPertama.');
    expect(id!.mail.text).toContain('Jumat, 10 Juli 2026 pukul 23.59 WIB');
    expect(id!.mail.headers.get('content-language')).toBe('id');
    expect(en!.mail.subject).toBe('Your draft for MPASI Pertama Si Kecil needs a few changes');
    expect(en!.mail.text).toContain('Hello Siti,');
    expect(en!.mail.text).toContain('Friday, 10 July 2026');
    expect(en!.mail.headers.get('content-language')).toBe('en');
    for (const { mail } of inbox) {
      expect(mail.headers.get('list')).toMatchObject({ unsubscribe: { url: 'https://ibusibuk.example/berhenti?t=abc' } });
      expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
        'List-Unsubscribe: <https://ibusibuk.example/berhenti?t=abc>',
      );
      expect(mail.headerLines.map((h) => h.line)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    }
  });

  it('reads its SMTP settings from the environment', async () => {
    expect(emailOptionsFromEnv({})).toBeNull();
    const options = emailOptionsFromEnv({
      IBUSIBUK_SMTP_HOST: '127.0.0.1',
      IBUSIBUK_SMTP_PORT: String(port),
      IBUSIBUK_SMTP_FROM: 'Orami <kol@orami.example>',
    });
    expect(options).toEqual({ host: '127.0.0.1', port, secure: false, from: 'Orami <kol@orami.example>' });
    expect(emailOptionsFromEnv({ IBUSIBUK_SMTP_URL: 'smtp://u:p@mail.example:587' })).toMatchObject({ url: 'smtp://u:p@mail.example:587' });
    const mailer = new EmailTransport({ url: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, from: options!.from });
    try {
      await mailer.send(composeSignInCode('siti@example.com', '123456'));
    } finally {
      mailer.close();
    }
    const last = inbox[inbox.length - 1]!.mail;
    expect(last.subject).toBe('Kode masuk Ibu Sibuk: 123456');
    expect(last.from?.value).toEqual([{ name: 'Orami', address: 'kol@orami.example' }]);
    expect(last.headers.has('list-unsubscribe')).toBe(false);
  });
});

describe('channels', () => {
  const sentBy = () => {
    const emails: NotificationMessage[] = [];
    const whatsapp = new DevWhatsAppTransport();
    return { emails, whatsapp, channels: { email: { send: async (m: NotificationMessage) => void emails.push(m) }, whatsapp } };
  };

  it('send by email and WhatsApp, unless she turned WhatsApp off', async () => {
    const on = sentBy();
    expect(await deliver(messageFor('id'), on.channels)).toEqual(['email', 'whatsapp']);
    expect(on.whatsapp.sent).toMatchObject([
      { to: '+6281234567890', template: { name: 'ibusibuk_revision_requested', language: 'id' } },
    ]);
    const off = sentBy();
    expect(await deliver(messageFor('id'), off.channels, { whatsapp: false })).toEqual(['email']);
    expect(off.whatsapp.sent).toEqual([]);
    expect(off.emails).toHaveLength(1);
  });

  it('send sign-in codes by email only', async () => {
    const sent = sentBy();
    const code = { ...composeSignInCode('siti@example.com', '654321'), to: { name: null, email: 'siti@example.com', whatsapp: '+6281234567890' } };
    expect(await deliver(code, sent.channels, { whatsapp: true })).toEqual(['email']);
    expect(sent.whatsapp.sent).toEqual([]);
  });

  it('map a message onto a WhatsApp Cloud API template request', () => {
    expect(cloudApiBody(messageFor('en'))).toMatchObject({
      messaging_product: 'whatsapp',
      to: '6281234567890',
      type: 'template',
      template: {
        name: 'ibusibuk_revision_requested',
        language: { code: 'en' },
        components: [
          { type: 'body', parameters: [{ text: 'Siti' }, { text: 'MPASI Pertama Si Kecil' }, { type: 'text' }] },
          { type: 'button', sub_type: 'url', parameters: [{ text: 'https://www.orami.co.id/magazine/mpasi-pertama' }] },
        ],
      },
    });
  });

  it('keep messages in the dev outbox in dev mode', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new ManualClock(new Date('2026-06-05T02:00:00.000Z'));
    await new DevOutboxTransport(store, clock).send(messageFor('id'));
    expect(await store.listOutbox('siti@example.com')).toEqual([
      {
        to: 'siti@example.com',
        subject: 'Draf Bunda untuk MPASI Pertama Si Kecil perlu sedikit perbaikan',
        text: messageFor('id').text,
        code: null,
        sentAt: clock.now(),
      },
    ]);
    await store.close();
  });
});

describe('an endpoint disabled for failing', () => {
  it('tells its owner, through the dev outbox', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new ManualClock(new Date('2026-06-01T00:00:00.000Z'));
    const webhooks = new SqliteWebhookStore(store.db);
    // Nothing listens on port 9: every attempt fails with a refused connection.
    const endpoint = await webhooks.createEndpoint({ url: 'http://127.0.0.1:9/hooks', events: ['*'], description: null, brandId: null }, clock.now());
    const outbox = new DevOutboxTransport(store, clock);
    const dispatcher = new WebhookDispatcher({
      store: webhooks,
      clock,
      disableAfterMs: 60_000,
      onEndpointDisabled: (disabled, since) =>
        outbox.send(composeEndpointDisabled(disabled, since, { role: 'owner', name: 'Tim Teknik', email: 'dev@brand.example' })),
    });
    for (let i = 0; i < 3; i++) {
      store.db.transaction(() => recordEvent(store.db, stageChanged('applied', 'accepted'), clock.now()))();
      await dispatcher.runDue();
      clock.advance(40_000);
    }
    expect((await webhooks.getEndpoint(endpoint.id, { brandId: null }))!.status).toBe('disabled');
    const [told] = await store.listOutbox('dev@brand.example');
    expect(told!.subject).toBe('Webhook ke http://127.0.0.1:9/hooks kami hentikan');
    expect(told!.text).toContain('Senin, 1 Juni 2026 pukul 07.00 WIB');
    expect(await store.listOutbox('dev@brand.example')).toHaveLength(1);
    await store.close();
  });
});

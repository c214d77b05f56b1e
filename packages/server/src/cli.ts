import { parseArgs } from 'node:util';
import { DEMO_BRAND_SECRET_KEY, DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY, type BrandSecretKeyOption } from './keys.js';
import { startServer } from './server.js';

const USAGE = `Usage: ibusibuk-server [--port 8787] [--db FILE|:memory:|postgres://…] [--seed demo] [--dev] [--host 127.0.0.1] [--data-dir DIR] [--log]
       [--secret-key sk_…]… [--brand-key sk_…=BRAND]…
  --secret-key  a secret key acting on every brand (also IBUSIBUK_SECRET_KEYS, comma-separated)
  --brand-key   a secret key restricted to one brand, by id (brd_…) or name (also IBUSIBUK_BRAND_KEYS, comma-separated)`;

/** \`sk_…=BRAND\` → a restricted key option. */
function brandKey(text: string): BrandSecretKeyOption {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) throw new Error(`--brand-key takes sk_…=BRAND, got ${text.slice(0, 6)}…\n${USAGE}`);
  return { key: text.slice(0, at).trim(), brand: text.slice(at + 1).trim() };
}

const listOf = (text: string | undefined): string[] => (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      db: { type: 'string' },
      seed: { type: 'string' },
      dev: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      log: { type: 'boolean', default: false },
      'secret-key': { type: 'string', multiple: true, default: [] },
      'brand-key': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number\n${USAGE}`);
  if (values.seed !== undefined && values.seed !== 'demo') throw new Error(`--seed only knows "demo"\n${USAGE}`);

  const server = await startServer({
    port,
    hostname: values.host,
    dev: values.dev,
    seed: values.seed === 'demo' ? 'demo' : false,
    log: values.log,
    secretKeys: [
      ...listOf(process.env.IBUSIBUK_SECRET_KEYS),
      ...values['secret-key'],
      ...[...listOf(process.env.IBUSIBUK_BRAND_KEYS), ...values['brand-key']].map(brandKey),
    ],
    // A PostgreSQL URL in DATABASE_URL, as hosting platforms set it; --db wins.
    ...((values.db ?? process.env.DATABASE_URL) !== undefined ? { db: values.db ?? process.env.DATABASE_URL } : {}),
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
  });

  console.log(`Ibu Sibuk API listening on ${server.url}`);
  if (values.dev || values.seed === 'demo') {
    console.log(`  publishable key: ${DEMO_PUBLISHABLE_KEY}  (origins http://localhost:*, http://127.0.0.1:*)`);
    console.log(`  secret key:      ${DEMO_SECRET_KEY}`);
    if (values.seed === 'demo') console.log(`  brand key:       ${DEMO_BRAND_SECRET_KEY}  (the first demo campaign's brand only)`);
  }
  if (values.dev) console.log(`  dev outbox:      ${server.url}/v1/dev/outbox?email=siti@demo.ibusibuk.id`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

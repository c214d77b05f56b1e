import { parseArgs } from 'node:util';
import { DEMO_BRAND_SECRET_KEY, DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from './keys.js';
import { startServer } from './server.js';
import { SettingError, argOptions, optionsFrom, usage } from './ops/settings.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...argOptions(), help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    console.log(usage());
    return;
  }
  const options = optionsFrom(values, process.env);
  const server = await startServer({ port: 8787, hostname: '127.0.0.1', ...options });

  // For people and for scripts that wait for the URL (scripts/dev.mjs); the logs say the rest.
  console.log(`Ibu Sibuk API listening on ${server.url}`);
  if (options.dev || options.seed === 'demo') {
    console.log(`  publishable key: ${DEMO_PUBLISHABLE_KEY}  (origins http://localhost:*, http://127.0.0.1:*)`);
    console.log(`  secret key:      ${DEMO_SECRET_KEY}`);
    if (options.seed === 'demo') console.log(`  brand key:       ${DEMO_BRAND_SECRET_KEY}  (the first demo campaign's brand only)`);
  }
  if (options.dev) console.log(`  dev outbox:      ${server.url}/v1/dev/outbox?email=siti@demo.ibusibuk.id`);

  // Graceful shutdown: a second signal does not cut it short (orchestrators send SIGKILL after their own grace period).
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, 'signal received');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.logger.fatal({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof SettingError) console.error(`${error.message}\n\n${usage()}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// Element tests run in Debian's Chromium against the real reference server,
// started here in-process with an in-memory database and the demo seed.
import { fileURLToPath } from 'node:url';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
// By path, not as a dependency: the server depends on the elements (it renders them as HTML).
import { startServer, ManualClock } from '../server/src/index.ts';
import { createClient } from '@ibusibuk/sdk';

const server = await startServer({
  db: ':memory:',
  seed: 'demo',
  dev: true,
  port: 0,
  clock: new ManualClock(new Date('2026-06-01T03:00:00Z')),
  // Unexpected errors only, as under vitest (a dev server otherwise logs every request).
  logLevel: 'error',
});
const officer = createClient({ baseUrl: server.url, secretKey: 'sk_test_demo' });

/** Officer moves run here in Node, through the SDK with the secret key that never reaches the browser. */
const officerCommands = {
  name: 'ibusibuk-officer',
  async executeCommand({ command, payload }) {
    if (command !== 'ibusibuk-officer') return undefined;
    const { resource, method, args } = payload;
    const result = await officer[resource][method](...args);
    return JSON.parse(JSON.stringify(result ?? null));
  },
};

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
});

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  // ibusibuk-unbundled: the SDK's tus import takes tus's prebuilt browser bundle (see the SDK's tus-loader.ts).
  nodeResolve: { exportConditions: ['source', 'browser', 'development', 'ibusibuk-unbundled'] },
  browsers: [chromium],
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
    officerCommands,
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="id">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body>
    <script>window.__IBUSIBUK_API__ = ${JSON.stringify(server.url)};</script>
    <!-- Pages trust the API's answers; the tests check every one against the SDK's schemas, so a drift between server and SDK fails them. -->
    <script>window.__ibusibukValidate = 'responses';</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  async onServerStop() {
    await server.close();
  },
};

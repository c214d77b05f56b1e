#!/usr/bin/env node
// Screenshots of the example pages at phone (390px) and desktop (1280px) widths, into
// docs/screenshots/. Starts its own API (in-memory, demo seed) and Vite server, like
// `pnpm dev`, and drives Debian's Chromium through playwright-core.
//
//   node scripts/screenshots.mjs [--out docs/screenshots] [--chromium /usr/bin/chromium]
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadVite, startApi } from './dev.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const outDir = new URL(`${values.out.replace(/\/$/, '')}/`, pathToFileURL(repoRoot));
mkdirSync(outDir, { recursive: true });

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the page's Ibu Sibuk element `tag` has drawn its data (checked through its shadow root). */
async function settled(page, tag, check) {
  await page.waitForFunction((t) => customElements.get(t), tag, { timeout: 20_000 });
  // Bring it into view while waiting: lists render their cards as they come into view.
  const deadline = Date.now() + 20_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`<${tag}> did not render its data within 20 s`);
    await page.evaluate((t) => document.querySelector(t)?.scrollIntoView({ block: 'center' }), tag);
    await page.waitForTimeout(100);
  }
  // Then show the whole page at once (lists only draw what is in view), and let it settle.
  await page.evaluate(() => scrollTo(0, 0));
  for (let i = 0; i < 3; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize().width, height });
    await page.waitForTimeout(500);
  }
  await page.waitForFunction(check, null, { timeout: 20_000, polling: 100 });
  await page.evaluate(() => document.fonts?.ready);
  await page.waitForTimeout(300);
}

const campaignReady = () => {
  const root = document.querySelector('ibusibuk-campaign')?.shadowRoot;
  return Boolean(root?.querySelector('[part="title"]') && root.querySelector('[part="description"]:not(.plain)'));
};
const consoleReady = () => {
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  return Boolean(
    root('ibusibuk-review-queue')?.querySelector('.item, .empty') &&
      root('ibusibuk-applicants')?.querySelector('.row, .empty') &&
      root('ibusibuk-campaign-report')?.querySelector('.stats') &&
      root('ibusibuk-payouts')?.querySelector('[part="pending"], .empty'),
  );
};
/** The staff console's elements, each shot alone at phone width. */
const CONSOLE_ELEMENTS = ['ibusibuk-review-queue', 'ibusibuk-applicants', 'ibusibuk-campaign-report', 'ibusibuk-payouts'];
const listReady = () => Boolean(document.querySelector('ibusibuk-campaign-list')?.shadowRoot?.querySelector('[part~="card"]'));

async function main() {
  const apiPort = await freePort();
  const api = startApi({ port: apiPort, db: ':memory:' });
  const stopApi = () => api.child.exitCode === null && api.child.kill('SIGTERM');
  process.on('exit', stopApi);
  const apiBase = (await api.url).replace('127.0.0.1', 'localhost');

  const { createServer } = await loadVite();
  const { examplesConfig } = await import(pathToFileURL(`${repoRoot}examples/vite.config.mjs`).href);
  const vite = await createServer(examplesConfig({ apiBase, port: await freePort() }));
  await vite.listen();
  const pages = vite.resolvedUrls.local[0];

  const require = createRequire(`${repoRoot}packages/elements/package.json`);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: values.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

  const shots = [
    { name: 'brand-site', path: 'brand-site/', tag: 'ibusibuk-campaign', ready: campaignReady },
    { name: 'orami-article', path: 'orami-article/', tag: 'ibusibuk-campaign-list', ready: listReady },
    // The brand console: the page at desktop width, and at phone width each element on its own.
    { name: 'brand-console', path: 'brand-console/', tag: 'ibusibuk-review-queue', ready: consoleReady, phoneElements: CONSOLE_ELEMENTS },
  ];
  const written = [];
  try {
    for (const shot of shots) {
      for (const [label, viewport] of Object.entries(WIDTHS)) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: label === 'phone' ? 2 : 1, locale: 'id-ID' });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`[${shot.name} ${label}] ${error.message}`));
        await page.goto(new URL(shot.path, pages).href, { waitUntil: 'load' });
        await settled(page, shot.tag, shot.ready);
        if (label === 'phone' && shot.phoneElements) {
          for (const tag of shot.phoneElements) {
            const file = new URL(`${tag.replace('ibusibuk-', '')}-${viewport.width}.png`, outDir);
            await page.locator(tag).screenshot({ path: fileURLToPath(file) });
            written.push(fileURLToPath(file));
          }
        } else {
          const file = new URL(`${shot.name}-${viewport.width}.png`, outDir);
          await page.screenshot({ path: fileURLToPath(file), fullPage: true });
          written.push(fileURLToPath(file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await vite.close();
    stopApi();
  }
  console.log(`Wrote:\n  ${written.join('\n  ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

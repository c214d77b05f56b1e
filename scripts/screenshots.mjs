#!/usr/bin/env node
// Screenshots of the example pages at phone (390px) and desktop (1280px) widths, into
// docs/screenshots/. Starts its own API (in-memory, demo seed) and Vite server, like
// `pnpm dev`, and drives Debian's Chromium through playwright-core.
//
// Also, at phone width, a KOL's own steps on the brand page (the insight form, the paid payout
// with its statement), driven there through the built SDK (build @ibusibuk/sdk first), and
// Orami's compact list on its own.
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

/** The brand page's campaign (see examples/brand-site) and a profile that meets its requirements. */
const BRAND_CAMPAIGN = 'mpasi-organik-pertama-si-kecil';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TYPICAL = { reach: 5_200, impressions: 7_400, views: 9_800, likes: 640, comments: 85, shares: 40, saves: 120, replies: 18, linkClicks: 32 };

/**
 * A new KOL moved through the real API to `stage` ('posted' or 'paid') on the brand page's campaign;
 * her session as the provider keeps it in sessionStorage.
 */
async function kolAt(sdk, apiUrl, stage) {
  const officer = sdk.createClient({ baseUrl: apiUrl, secretKey: 'sk_test_demo' });
  const site = sdk.createClient({ baseUrl: apiUrl, publishableKey: 'pk_test_demo' });
  const campaign = await site.campaigns.get(BRAND_CAMPAIGN);
  const email = `rina.${stage}.${Date.now().toString(36)}@contoh.id`;
  await site.auth.requestCode(email);
  const [message] = (await site.dev.outbox(email)).data;
  const session = await site.auth.verifyCode(email, message.code);
  const kol = site.withSession(session.token);
  const r = campaign.requirements;
  const months = r.childAgeMonths ? Math.round((r.childAgeMonths.min + r.childAgeMonths.max) / 2) : 18;
  const now = new Date();
  const born = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  let p = await kol.applications.create(campaign.id, {
    profile: {
      name: 'Rina Marlina',
      whatsapp: '+6281234567890',
      city: r.cities[0] ?? 'Bandung',
      province: r.provinces[0] ?? 'Jawa Barat',
      socialAccounts: [{ platform: 'instagram', handle: '@rina.bundasehat', followers: (r.minFollowers.instagram ?? 0) + 7_500 }],
      children: [{ birthYear: born.getUTCFullYear(), birthMonth: born.getUTCMonth() + 1 }],
      niches: r.niches.length ? r.niches : ['parenting'],
    },
    answers: {
      whyMe: 'Saya sedang memulai MPASI si kecil dan rutin berbagi menu hariannya.',
      contentIdea: 'Reels suapan pertama si kecil, dari menyiapkan bubur sampai ekspresinya.',
      eligibility: { meetsRequirements: true, willFollowBrief: true },
    },
    consent: true,
    attribution: { source: 'screenshots' },
  });
  p = await officer.participations.accept(p.id, {});
  const brief = await kol.campaigns.brief(campaign.id);
  p = await kol.participations.acknowledgeBrief(p.id);
  await kol.payoutProfiles.update({
    details: { method: 'bank', bankCode: '014', accountNumber: '8730127890', holderName: 'Rina Marlina' },
    taxId: { kind: 'nik', number: '3273014107900001' },
  });
  const media = await kol.uploads.create(new File([PNG], 'draf.png', { type: 'image/png' }));
  p = await kol.drafts.submit(p.id, { caption: `Suapan pertama si kecil! ${[...brief.hashtags, ...brief.mentions].join(' ')}`, mediaIds: [media.id] });
  p = await officer.drafts.approve(p.id, {});
  p = await kol.posts.submit(p.id, { url: 'https://www.instagram.com/reel/C0ntohIbuSibuk/' });
  if (stage === 'paid') {
    const shot = await kol.uploads.create(new File([PNG], 'insight.png', { type: 'image/png' }));
    p = await kol.insights.submit(p.id, {
      metrics: campaign.deliverables.map((d, deliverableIndex) => ({
        deliverableIndex,
        values: Object.fromEntries(sdk.metricFields(d.platform, d.format).map((key) => [key, TYPICAL[key]])),
      })),
      screenshotIds: [shot.id],
    });
    p = await officer.insights.approve(p.id, {});
    await officer.payouts.record(p.id, { amount: p.payout.amount, reference: 'TRF-2026-0612-001' });
  }
  return { token: session.token, expiresAt: session.expiresAt };
}

/** The element inside the campaign's shadow root that each KOL shot waits for. */
const insightFormReady = () =>
  Boolean(document.querySelector('ibusibuk-campaign')?.shadowRoot?.querySelector('ibusibuk-insight-submitter')?.shadowRoot?.querySelector('input[data-metric]'));
const paidReady = () =>
  Boolean(document.querySelector('ibusibuk-campaign')?.shadowRoot?.querySelector('ibusibuk-insight-submitter')?.shadowRoot?.querySelector('.status-head.paid'));

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
  const sdk = await import(pathToFileURL(`${repoRoot}packages/sdk/dist/index.js`).href).catch(() => {
    throw new Error('build the SDK first: pnpm --filter @ibusibuk/sdk build');
  });
  const apiUrl = await api.url;
  // A KOL's steps on the brand page at phone width: what the element shows her, shot alone.
  const kolShots = [
    { name: 'insight-form', stage: 'posted', ready: insightFormReady, shoot: 'ibusibuk-insight-submitter' },
    { name: 'payout', stage: 'paid', ready: paidReady, shoot: 'ibusibuk-campaign [part="journey"]' },
  ];
  try {
    for (const shot of kolShots) {
      const session = await kolAt(sdk, apiUrl, shot.stage);
      const context = await browser.newContext({ viewport: WIDTHS.phone, deviceScaleFactor: 2, locale: 'id-ID' });
      await context.addInitScript((stored) => sessionStorage.setItem('ibusibuk.session', stored), JSON.stringify(session));
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${shot.name}] ${error.message}`));
      await page.goto(new URL('brand-site/', pages).href, { waitUntil: 'load' });
      // The first page also waits for Vite to prepare its dependencies.
      await page.waitForFunction(shot.ready, null, { timeout: 90_000, polling: 100 });
      // The page's sticky bar would lie across an element shot taken in pieces.
      await page.addStyleTag({ content: 'header.site { position: static !important; }' });
      const target = page.locator(shot.shoot).first();
      await target.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts?.ready);
      await page.waitForTimeout(800);
      const file = new URL(`${shot.name}-${WIDTHS.phone.width}.png`, outDir);
      await target.screenshot({ path: fileURLToPath(file) });
      written.push(fileURLToPath(file));
      await context.close();
    }
    for (const shot of shots) {
      for (const [label, viewport] of Object.entries(WIDTHS)) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: label === 'phone' ? 2 : 1, locale: 'id-ID' });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`[${shot.name} ${label}] ${error.message}`));
        await page.goto(new URL(shot.path, pages).href, { waitUntil: 'load' });
        await settled(page, shot.tag, shot.ready);
        if (label === 'phone' && shot.name === 'orami-article') {
          // Orami's compact list on its own, at the size a phone shows it.
          const file = new URL(`orami-list-${viewport.width}.png`, outDir);
          await page.locator('ibusibuk-campaign-list').screenshot({ path: fileURLToPath(file) });
          written.push(fileURLToPath(file));
        }
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

// Headless Chromium through playwright-core (installed in packages/elements), and the
// "mid-range Android phone on mobile data" profile the browser benchmarks run under.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ROOT } from './util.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Lighthouse's mobile preset ("slow 4G", 4× CPU slowdown) on a 412×915 phone screen.
 * The CPU factor is relative to this machine's core, which is about a desktop's.
 */
export const PHONE = {
  name: 'mid-range phone: 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 412×915 @2.625',
  cpuSlowdown: 4,
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
};
export const UNTHROTTLED = {
  name: 'no throttling (loopback, this machine\'s CPU), 412×915',
  cpuSlowdown: 1,
  network: null,
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

export async function loadPlaywright() {
  const require = createRequire(`${ROOT}packages/elements/package.json`);
  const mod = await import(pathToFileURL(require.resolve('playwright-core')).href);
  return mod.chromium ?? mod.default.chromium;
}

export async function launch() {
  const chromium = await loadPlaywright();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (empty HTTP cache, no cookies) with the profile applied to a new page. */
export async function newPage(browser, profile) {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
    locale: 'id-ID',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  return { context, page, cdp };
}

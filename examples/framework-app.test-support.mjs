// The framework examples' shared browser test: the app's build (vite build) in headless Chromium
// against the real reference server. The elements render the server's campaigns, take the
// properties the framework sets, and the framework's handlers receive their events. Each app's
// test/app.test.mjs calls it with its own folder; both apps render the same page.
// The packages it runs come from the app (its own dependencies): this file outside the apps'
// folders could not resolve them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

/**
 * Runs the shared test on the app built in `root` (its folder), named after `framework`, with the
 * app's `preview` (vite), `chromium` (playwright-core) and `startServer` (@ibusibuk/server).
 */
export function testFrameworkApp({ framework, root, preview, chromium, startServer }) {
  let api, site, browser;

  before(async () => {
    api = await startServer({ db: ':memory:', seed: 'demo', dev: true, port: 0 });
    site = await preview({ root, logLevel: 'silent', preview: { host: 'localhost', port: 0 } });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  test(`shows the server’s campaigns, takes properties from ${framework} and hands it their events`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${site.resolvedUrls.local[0]}?api=${encodeURIComponent(api.url)}`);

    // ibusibuk-campaigns-load reached the framework's handler, with the page of campaigns in its detail.
    const loaded = page.locator('#loaded');
    await loaded.filter({ hasText: /^\d+ kampanye dimuat$/ }).waitFor();
    const count = Number((await loaded.textContent()).match(/\d+/)[0]);
    const cards = page.locator('ibusibuk-campaign-list [part~="card"]');
    assert.ok(count > 0);
    assert.equal(await cards.count(), count);

    // hideFilters, set by the framework as a property: the element has it and shows no filters.
    const list = page.locator('ibusibuk-campaign-list');
    assert.equal(await list.evaluate((el) => el.hideFilters), true);
    assert.equal(await page.locator('ibusibuk-campaign-list [part~="filters"]').count(), 0);

    // ibusibuk-campaign-select: the framework's handler gets the chosen campaign.
    const title = (await page.locator('ibusibuk-campaign-list [part~="title"]').first().textContent()).trim();
    await page.locator('ibusibuk-campaign-list [part~="title"] button').first().click();
    await page.locator('#chosen').filter({ hasText: title }).waitFor();

    // locale, changed through the framework's state, reaches the provider as a property.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.querySelector('ibusibuk-provider')?.locale === 'en');
    assert.deepEqual(errors, []);
  });
}

// Renders every story and docs page of the static Storybook (`pnpm build-storybook`) in
// headless Chromium and fails on any that shows Storybook's error display, throws, or logs
// an error. A smoke test that each state in the stories still renders; the elements' own
// behaviour and accessibility are tested in packages/elements.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

const dir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
// `node scripts/check-stories.mjs sign-in` renders only the entries whose id contains `sign-in`.
const only = process.argv[2];
const entries = Object.values(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')).entries).filter((e) => !only || e.id.includes(only));

// Cached by the browser across stories: every story loads the same bundle.
const server = createServer(sirv(dir, { maxAge: 3600 }));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** What went wrong rendering one entry, or nothing. */
async function render(page, { id, type, tags = [] }) {
  const problems = [];
  const onError = (error) => problems.push(`throws: ${error.message}`);
  // A story tagged `logs-error` shows a misconfiguration, which the elements also log as `[ibusibuk] …`.
  const expectedLog = (text) => tags.includes('logs-error') && text.startsWith('[ibusibuk]');
  // A failed request is reported by URL below (the console only says "Failed to load resource").
  const onConsole = (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource') && !expectedLog(text)) problems.push(`logs an error: ${text}`);
  };
  // An error status from the stories' mock API (.storybook/mock-api.ts, answered by its service
  // worker) is the state the story shows; any other is a broken story.
  const onResponse = (response) => {
    if (response.status() >= 400 && !response.fromServiceWorker() && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  try {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=${type === 'docs' ? 'docs' : 'story'}`);
    // Storybook marks the body when it has shown the story, the docs page or an error.
    const shown = type === 'docs' ? 'body.sb-show-main, body.sb-show-errordisplay, #storybook-docs .sbdocs' : 'body.sb-show-main, body.sb-show-errordisplay';
    // Generous: the 10 000-card story takes seconds on a busy 2-core machine.
    await page.waitForSelector(shown, { state: 'attached', timeout: 60_000 });
    // A story with a play function (Storybook tags it `play-fn`) is checked once the play has run:
    // a play that throws ends on the error display.
    if (type === 'story' && tags.includes('play-fn')) {
      await page.waitForFunction(() => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', null, { timeout: 60_000 });
    }
    if (await page.locator('body.sb-show-errordisplay').count()) {
      problems.push(`shows an error: ${(await page.locator('#error-message').textContent())?.trim()}`);
    }
    if (type === 'story') await page.waitForTimeout(100); // lets an element's first update run (errors surface above)
  } catch (error) {
    problems.push(String(error.message ?? error));
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
    page.off('response', onResponse);
  }
  return problems;
}

const failures = [];
const queue = [...entries];
// Two pages at a time: the machine's two cores.
await Promise.all(
  [0, 1].map(async () => {
    const page = await browser.newPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems = await render(page, entry);
      if (problems.length) failures.push(`${entry.title} / ${entry.name} (${entry.id}):\n  ${problems.join('\n  ')}`);
    }
    await page.close();
  }),
);
await browser.close();
server.close();

const stories = entries.filter((e) => e.type === 'story').length;
if (failures.length) {
  console.error(`${failures.length} of ${entries.length} Storybook entries failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Storybook: ${stories} stories and ${entries.length - stories} docs pages rendered without errors`);

// The Vue app's build in headless Chromium against the real reference server: the
// elements render the server's campaigns, take properties Vue binds, and Vue's
// @… listeners receive their events. Run after `vite build` (pnpm build).
// The test itself is shared with the other framework's app (examples/framework-app.test-support.mjs).
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '@ibusibuk/server';
import { testFrameworkApp } from '../../framework-app.test-support.mjs';

testFrameworkApp({ framework: 'Vue', root: fileURLToPath(new URL('..', import.meta.url)), preview, chromium, startServer });

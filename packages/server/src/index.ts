export { createApp, type App } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export type { ServerOptions } from './options.js';
export type { PublishableKeyOption } from './keys.js';
export { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from './keys.js';
export type { Store } from './store/store.js';
export { DEMO_KOLS } from './seed/demo.js';
export { DEFAULT_SIGN_IN_LIMITS, memoryCounters, signInRateLimit, sqliteCounters, type Counters, type SignInLimits } from './http/rate-limit.js';

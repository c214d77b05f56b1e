import type { WebhookEndpoint } from '@ibusibuk/sdk';
import type { Clock } from '../clock.js';
import { ATTEMPT_TIMEOUT_MS, DISABLE_AFTER_MS, RETRY_SCHEDULE_MS, nextAttemptAt } from './schedule.js';
import { signWebhook } from './signing.js';
import type { DueDelivery, WebhookStore } from './webhook-store.js';

export interface WebhookDispatcherOptions {
  store: WebhookStore;
  /** Decides what is due and stamps every attempt; the dispatcher never reads Date.now(). */
  clock: Clock;
  /** Default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** An attempt without an answer after this long fails. Default 10 s. */
  timeoutMs?: number;
  /** Delay before attempt 1, 2, 3 …; default {@link RETRY_SCHEDULE_MS}. */
  schedule?: readonly number[];
  /** An endpoint failing without a break for this long is disabled. Default 5 days. */
  disableAfterMs?: number;
  /** How often `start()` looks for due deliveries (a real timer; the clock decides what is due). Default 1 s. */
  pollIntervalMs?: number;
  /** Deliveries sent at the same time. Default 8. */
  concurrency?: number;
  /** Told once when an endpoint is disabled for failing: tell its owner (see notifications/). */
  onEndpointDisabled?: (endpoint: WebhookEndpoint, failingSince: Date) => void | Promise<void>;
  /** Unexpected errors of a background run (never a failed delivery: those are rows). */
  onError?: (error: unknown) => void;
}

/** What one `runDue()` did. */
export interface DispatchReport {
  attempted: number;
  succeeded: number;
  failed: number;
  disabledEndpoints: string[];
}

const USER_AGENT = 'IbuSibuk-Webhooks/1';

/**
 * Sends due webhook deliveries: signed POSTs (Standard Webhooks) retried on a schedule.
 * Deliveries are rows, so pending ones survive a restart: `start()` picks them up.
 */
export class WebhookDispatcher {
  readonly #store: WebhookStore;
  readonly #clock: Clock;
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeoutMs: number;
  readonly #schedule: readonly number[];
  readonly #disableAfterMs: number;
  readonly #pollIntervalMs: number;
  readonly #concurrency: number;
  readonly #onEndpointDisabled: WebhookDispatcherOptions['onEndpointDisabled'];
  readonly #onError: (error: unknown) => void;
  #stopped = false;
  #running: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: WebhookDispatcherOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
    this.#schedule = options.schedule ?? RETRY_SCHEDULE_MS;
    this.#disableAfterMs = options.disableAfterMs ?? DISABLE_AFTER_MS;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.#concurrency = options.concurrency ?? 8;
    this.#onEndpointDisabled = options.onEndpointDisabled;
    this.#onError = options.onError ?? ((error) => console.error('webhooks:', error));
  }

  /** Runs what is due now (deliveries left pending by a previous process included), then polls. */
  start(): void {
    this.#stopped = false;
    if (this.#timer) return;
    this.#timer = setInterval(() => this.wake(), this.#pollIntervalMs);
    this.#timer.unref?.();
    this.wake();
  }

  /** Stops polling, takes no further batch, and waits for the attempts in flight (shutdown). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running.catch(() => undefined);
  }

  /** Asks for a run soon, e.g. right after a transaction that recorded events committed. */
  wake(): void {
    this.runDue().catch(this.#onError);
  }

  /**
   * Sends every delivery due at the clock's now, until none is left, and reports what
   * happened. Runs queue behind each other, so a delivery is never sent twice at once.
   */
  runDue(): Promise<DispatchReport> {
    const run = this.#running.catch(() => undefined).then(() => this.#drain());
    this.#running = run;
    return run;
  }

  async #drain(): Promise<DispatchReport> {
    const report: DispatchReport = { attempted: 0, succeeded: 0, failed: 0, disabledEndpoints: [] };
    for (;;) {
      // Once stopped, what is left stays due, for the next run of any process.
      if (this.#stopped) return report;
      const now = this.#clock.now();
      // The lease outlasts an attempt: a run that dies mid-send leaves the row due again afterwards.
      const due = await this.#store.claimDue(now, new Date(now.getTime() + this.#timeoutMs + 60_000), this.#concurrency);
      if (due.length === 0) return report;
      await Promise.all(due.map((delivery) => this.#attempt(delivery, report)));
    }
  }

  async #attempt(delivery: DueDelivery, report: DispatchReport): Promise<void> {
    const at = this.#clock.now();
    const outcome = await this.#post(delivery, at);
    const attempt = delivery.attempt + 1;
    const retryAt = outcome.ok ? null : nextAttemptAt(attempt, at, this.#schedule);
    const { failingSince } = await this.#store.recordAttempt({
      deliveryId: delivery.id,
      endpointId: delivery.endpoint.id,
      at,
      ...outcome,
      nextAttemptAt: retryAt,
    });
    report.attempted++;
    if (outcome.ok) report.succeeded++;
    else report.failed++;
    if (failingSince && at.getTime() - failingSince.getTime() >= this.#disableAfterMs) {
      const endpoint = await this.#store.disableEndpoint(delivery.endpoint.id, at, 'failing');
      if (endpoint) {
        report.disabledEndpoints.push(endpoint.id);
        await this.#onEndpointDisabled?.(endpoint, failingSince);
      }
    }
  }

  async #post(
    delivery: DueDelivery,
    at: Date,
  ): Promise<{ ok: boolean; responseStatus: number | null; responseBody: string | null; error: string | null }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    try {
      const response = await this.#fetch(delivery.endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          ...signWebhook(delivery.endpoint.secret, delivery.eventId, at, delivery.body),
        },
        body: delivery.body,
        // A redirect is an answer that is not 2xx: the signed body goes only to the URL registered.
        redirect: 'manual',
        signal: controller.signal,
      });
      const responseBody = await response.text().catch(() => null);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, responseStatus: response.status, responseBody, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const message = controller.signal.aborted
        ? `timeout after ${this.#timeoutMs} ms`
        : describeNetworkError(error);
      return { ok: false, responseStatus: null, responseBody: null, error: message };
    } finally {
      clearTimeout(timer);
    }
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

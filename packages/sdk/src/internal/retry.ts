import { MAX_RETRY_AFTER_MS, RETRY_STATUSES, jitter, retryAfterMs, retryDelay } from './backoff.js';

/** When a call may be sent again. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** False for a method the server may not safely see twice. */
  repeatable: boolean;
  /** The caller's signal: once it fires, nothing is retried and a wait ends at once. */
  signal?: AbortSignal | undefined;
}

/**
 * Runs `attempt` until it answers with a success, with a failure not worth
 * retrying, or runs out of retries. Returns the last response (ok or not) or
 * throws the last error; a network error or a retryable status is retried
 * after the server's `Retry-After` or else a jittered backoff.
 */
export async function withRetries(attempt: () => Promise<Response>, policy: RetryPolicy): Promise<Response> {
  for (let retry = 1; ; retry++) {
    let response: Response | undefined;
    let error: unknown;
    try {
      response = await attempt();
      if (response.ok) return response;
    } catch (thrown) {
      error = thrown;
    }
    const wait = retry <= policy.maxRetries ? waitBefore(retry, response, policy) : undefined;
    if (wait === undefined) {
      if (response) return response;
      throw error;
    }
    // Nobody reads this answer: free its connection.
    void response?.body?.cancel().catch(() => undefined);
    await sleep(wait, policy.signal);
  }
}

/** Milliseconds to wait before retry number `retry` after this failure, or undefined to give up. */
function waitBefore(retry: number, response: Response | undefined, policy: RetryPolicy): number | undefined {
  if (!policy.repeatable || policy.signal?.aborted) return undefined;
  if (response && !RETRY_STATUSES.includes(response.status)) return undefined;
  const after = retryAfterMs(response?.headers.get('retry-after') ?? null);
  if (after === undefined) return jitter(retryDelay(retry));
  // A long Retry-After (an hourly limit, say) is the caller's to handle, not ours to sleep through.
  return after > MAX_RETRY_AFTER_MS ? undefined : after;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it fires. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

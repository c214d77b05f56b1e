import { type Clock, DAY, HOUR } from '../clock.js';
import type { Store } from '../store/store.js';

/** Codes live 10 minutes; a day later their rows only tell who tried to sign in, so they go. */
export const SIGN_IN_CODE_RETENTION_MS = DAY;

/** Deletes sign-in codes created more than a day ago (used, burned, superseded or expired); returns how many. */
export async function sweepSignInCodes(store: Store, clock: Clock, retentionMs = SIGN_IN_CODE_RETENTION_MS): Promise<number> {
  return await store.deleteSignInCodesBefore(new Date(clock.now().getTime() - retentionMs));
}

/**
 * A sweep to call on every sign-in request that runs at most once an hour of the server's clock:
 * no timer to stop, and an idle server has nothing new to delete.
 */
export function sweepSignInCodesHourly(store: Store, clock: Clock, alsoRun: () => void = () => {}): () => void {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const now = clock.now().getTime();
    if (now - last < HOUR) return;
    last = now;
    sweepSignInCodes(store, clock).catch((error: unknown) => console.error('sign-in code sweep failed:', error));
    alsoRun();
  };
}

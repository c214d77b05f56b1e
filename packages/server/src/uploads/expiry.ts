import type { Services } from '../services.js';
import type { ResumableUploads } from './resumable.js';

/** How long uploads wait: to be attached to a draft or insight, and to be completed. */
export interface UploadLifetimes {
  unattachedMs: number;
  incompleteMs: number;
}

export interface SweepReport {
  /** Complete uploads never attached to a draft or an insight, now deleted. */
  expired: string[];
  /** Resumable uploads never completed, now deleted. */
  abandoned: string[];
}

/**
 * Deletes what nobody will use: uploads no draft or insight names once they
 * are older than `unattachedMs`, and tus uploads left incomplete for
 * `incompleteMs`. Times come from the server's clock. The server runs this
 * periodically; tests call it directly.
 */
export async function sweepUploads(services: Services, resumable: ResumableUploads, lifetimes: UploadLifetimes): Promise<SweepReport> {
  const now = services.clock.now().getTime();
  const expired = await services.store.deleteUnattachedUploads(new Date(now - lifetimes.unattachedMs));
  // Rows go first, in one transaction, so nothing can attach an upload whose file is being removed.
  for (const upload of expired) await services.uploads.remove(upload.storageKey);
  const abandoned = await resumable.sweepIncomplete(new Date(now - lifetimes.incompleteMs));
  return { expired: expired.map((upload) => upload.id), abandoned };
}

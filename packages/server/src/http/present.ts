import type { Context } from 'hono';
import type { Campaign, Upload } from '@ibusibuk/sdk';
import type { Services } from '../services.js';
import type { UploadRecord } from '../store/store.js';
import type { AppEnv } from './env.js';
import { absolute, originOf } from './request.js';

/**
 * Campaign images are stored as server paths (`/static/covers/…`) and sent as
 * absolute URLs on the origin the caller reached, so `<img src>` works on any page.
 */
export const presentCampaign = (c: Context<AppEnv>, campaign: Campaign): Campaign => ({
  ...campaign,
  coverUrl: absolute(c, campaign.coverUrl),
  brand: { ...campaign.brand, logoUrl: absolute(c, campaign.brand.logoUrl) },
});

/** An upload with a fresh signed link to its bytes. */
export function presentUpload(c: Context<AppEnv>, services: Services, upload: UploadRecord): Upload {
  const exp = Math.floor(services.clock.now().getTime() / 1000) + services.mediaUrlTtlSeconds;
  const sig = services.signer.sign(upload.id, exp);
  return {
    id: upload.id,
    object: 'upload',
    kolId: upload.kolId,
    kind: upload.kind,
    mimeType: upload.mimeType,
    size: upload.size,
    url: `${originOf(c)}/media/${upload.id}?exp=${exp}&sig=${sig}`,
    urlExpiresAt: new Date(exp * 1000).toISOString(),
    createdAt: upload.createdAt.toISOString(),
  };
}

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
export function presentCampaign(c: Context<AppEnv>, campaign: Campaign): Campaign {
  // The store hands out the same campaign objects while nothing changes: present each once per origin.
  const origin = originOf(c);
  const known = presented.get(campaign);
  if (known?.origin === origin) return known.campaign;
  const result = {
    ...campaign,
    coverUrl: absolute(c, campaign.coverUrl),
    brand: { ...campaign.brand, logoUrl: absolute(c, campaign.brand.logoUrl) },
  };
  presented.set(campaign, { origin, campaign: result });
  return result;
}

const presented = new WeakMap<Campaign, { origin: string; campaign: Campaign }>();

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

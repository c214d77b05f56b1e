import { sha256 } from './ids.js';
import type { ApiKeyRecord, Store } from './store/store.js';

export const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';
export const DEMO_SECRET_KEY = 'sk_test_demo';
/** The demo seed's key restricted to the brand of its first campaign. */
export const DEMO_BRAND_SECRET_KEY = 'sk_test_brand_demo';
export const DEMO_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

export interface PublishableKeyOption {
  key: string;
  /** Origin patterns, e.g. `https://brand.example` or `http://localhost:*`. */
  allowedOrigins: string[];
}

/** A secret key restricted to one brand: by id (`brd_…`, which must exist) or by name (created if new). */
export interface BrandSecretKeyOption {
  key: string;
  brand: string;
}

/** A short, non-secret name for a key in history and logs. */
const labelOf = (key: string): string => (key === DEMO_SECRET_KEY ? 'officer_demo' : `${key.slice(0, 8)}…${sha256(key).slice(0, 6)}`);

/** The brand a restricted key names, as its id. */
async function brandIdOf(store: Store, brand: string): Promise<string> {
  if (!brand.startsWith('brd_')) return (await store.ensureBrand(brand)).id;
  if (!(await store.getBrand(brand))) throw new Error(`no brand ${brand} for a restricted secret key`);
  return brand;
}

export async function installKeys(
  store: Store,
  keys: { demo: boolean; publishable: readonly PublishableKeyOption[]; secret: readonly (string | BrandSecretKeyOption)[] },
): Promise<void> {
  const records: ApiKeyRecord[] = [];
  if (keys.demo) {
    records.push(
      { hash: sha256(DEMO_PUBLISHABLE_KEY), kind: 'publishable', label: DEMO_PUBLISHABLE_KEY, allowedOrigins: DEMO_ORIGINS, brandId: null },
      { hash: sha256(DEMO_SECRET_KEY), kind: 'secret', label: labelOf(DEMO_SECRET_KEY), allowedOrigins: [], brandId: null },
    );
  }
  for (const { key, allowedOrigins } of keys.publishable) {
    if (!key.startsWith('pk_')) throw new Error(`publishable keys start with pk_: ${key.slice(0, 6)}…`);
    records.push({ hash: sha256(key), kind: 'publishable', label: key, allowedOrigins, brandId: null });
  }
  for (const option of keys.secret) {
    const { key, brand } = typeof option === 'string' ? { key: option, brand: null } : option;
    if (!key.startsWith('sk_')) throw new Error('secret keys start with sk_');
    const brandId = brand === null ? null : await brandIdOf(store, brand);
    records.push({ hash: sha256(key), kind: 'secret', label: labelOf(key), allowedOrigins: [], brandId });
  }
  for (const record of records) await store.saveApiKey(record);
}

/** Restricts `key` to the brand `brandId` (the demo seed's brand key). */
export async function installBrandKey(store: Store, key: string, brandId: string): Promise<void> {
  await store.saveApiKey({ hash: sha256(key), kind: 'secret', label: labelOf(key), allowedOrigins: [], brandId });
}

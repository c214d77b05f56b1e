import { sha256 } from './ids.js';
import type { ApiKeyRecord, Store } from './store/store.js';

export const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';
export const DEMO_SECRET_KEY = 'sk_test_demo';
export const DEMO_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

export interface PublishableKeyOption {
  key: string;
  /** Origin patterns, e.g. `https://brand.example` or `http://localhost:*`. */
  allowedOrigins: string[];
}

/** A short, non-secret name for a key in history and logs. */
const labelOf = (key: string): string => (key === DEMO_SECRET_KEY ? 'officer_demo' : `${key.slice(0, 8)}…${sha256(key).slice(0, 6)}`);

export function installKeys(
  store: Store,
  keys: { demo: boolean; publishable: readonly PublishableKeyOption[]; secret: readonly string[] },
): void {
  const records: ApiKeyRecord[] = [];
  if (keys.demo) {
    records.push(
      { hash: sha256(DEMO_PUBLISHABLE_KEY), kind: 'publishable', label: DEMO_PUBLISHABLE_KEY, allowedOrigins: DEMO_ORIGINS },
      { hash: sha256(DEMO_SECRET_KEY), kind: 'secret', label: labelOf(DEMO_SECRET_KEY), allowedOrigins: [] },
    );
  }
  for (const { key, allowedOrigins } of keys.publishable) {
    if (!key.startsWith('pk_')) throw new Error(`publishable keys start with pk_: ${key.slice(0, 6)}…`);
    records.push({ hash: sha256(key), kind: 'publishable', label: key, allowedOrigins });
  }
  for (const key of keys.secret) {
    if (!key.startsWith('sk_')) throw new Error('secret keys start with sk_');
    records.push({ hash: sha256(key), kind: 'secret', label: labelOf(key), allowedOrigins: [] });
  }
  for (const record of records) store.saveApiKey(record);
}

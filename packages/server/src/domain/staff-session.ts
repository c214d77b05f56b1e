import { STAFF_SESSION_DEFAULT_SECONDS, type StaffSession, type StaffSessionCreateInput } from '@ibusibuk/sdk';
import type * as z from 'zod/mini';
import { newStaffSessionToken, sha256 } from '../ids.js';
import type { Store } from '../store/store.js';

/** Why a key may not mint the session asked for. */
export type StaffSessionRefusal = 'officer_needs_orami_key' | 'brand_required' | 'brand_not_found';

/**
 * A staff session minted by a secret key (`key.brandId` null: Orami's, every brand). A restricted key
 * mints only brand sessions for its own brand (another brand is reported as absent); only the
 * token's hash is stored.
 */
export async function openStaffSession(
  store: Store,
  key: { label: string; brandId: string | null },
  input: z.output<typeof StaffSessionCreateInput>,
  now: Date,
): Promise<{ ok: true; session: StaffSession } | { ok: false; reason: StaffSessionRefusal }> {
  if (input.role === 'officer' && key.brandId !== null) return { ok: false, reason: 'officer_needs_orami_key' };
  const brandId = input.brandId ?? key.brandId;
  if (input.role === 'brand' && brandId === null) return { ok: false, reason: 'brand_required' };
  if (brandId !== null && ((key.brandId !== null && brandId !== key.brandId) || !(await store.getBrand(brandId)))) {
    return { ok: false, reason: 'brand_not_found' };
  }
  const token = newStaffSessionToken();
  const expiresAt = new Date(now.getTime() + (input.expiresIn ?? STAFF_SESSION_DEFAULT_SECONDS) * 1000);
  const permissions = [...new Set(input.permissions)];
  const actor = { name: input.actor.name, email: input.actor.email };
  await store.createStaffSession({
    tokenHash: sha256(token),
    role: input.role,
    brandId,
    permissions,
    actor,
    mintedBy: key.label,
    createdAt: now,
    expiresAt,
  });
  return {
    ok: true,
    session: { object: 'staff_session', token, role: input.role, brandId, permissions, actor, expiresAt: expiresAt.toISOString() },
  };
}

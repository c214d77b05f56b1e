import * as z from 'zod/mini';
import type { Phase } from '../lifecycle.js';
import { Session } from './auth.js';
import { BrandId, Timestamp } from './common.js';
import type { Role } from './participation.js';

// Staff sessions: a person of a brand or an Orami officer working in a browser, with a
// short-lived token minted server-side by a secret key (Stripe's Account Sessions).
// Its own module: KOL pages never import it.

/** What a staff session may do besides reading its brand's campaigns and participations. */
export const Permission = z.enum(['participations.review', 'drafts.review', 'insights.review', 'payouts.record', 'reports.read']);
export type Permission = z.infer<typeof Permission>;
export const PERMISSIONS = Permission.options;

/** `brand`: one brand's people; `officer`: Orami's Project Officers (minted by an unrestricted key only). */
export const StaffRole = z.enum(['brand', 'officer']);
export type StaffRole = z.infer<typeof StaffRole>;

/** The person a staff session was minted for: named in the history of what she does. */
export const StaffActor = z.object({ name: z.string(), email: z.string() });
export type StaffActor = z.infer<typeof StaffActor>;

/** A staff session: hand only `token` (`sst_…`) to the browser. */
export const StaffSession = z.object({
  object: z.literal('staff_session'),
  token: z.string(),
  role: StaffRole,
  /** The brand it acts for; null for an officer session over every brand. */
  brandId: z.nullable(BrandId),
  permissions: z.array(Permission),
  actor: StaffActor,
  expiresAt: Timestamp,
});
export type StaffSession = z.infer<typeof StaffSession>;

/** What `POST /v1/sessions` answers: a KOL session, or a staff session when a `role` was asked for. */
export const SessionCreated = z.union([StaffSession, Session]);
export type SessionCreated = z.infer<typeof SessionCreated>;

/** The permission each phase's officer moves need: accept/reject review applicants, and so on. */
export const PHASE_PERMISSIONS: Readonly<Partial<Record<Phase, Permission>>> = {
  application: 'participations.review',
  content: 'drafts.review',
  insight: 'insights.review',
  payment: 'payouts.record',
};

/** The permission a staff session needs for a move; null for a KOL's move (or a phase with no officer move). */
export const permissionForMove = (move: { by: Role; phase: Phase }): Permission | null =>
  move.by === 'officer' ? (PHASE_PERMISSIONS[move.phase] ?? null) : null;

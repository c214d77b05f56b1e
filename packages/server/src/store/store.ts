import type * as z from 'zod/mini';
import type {
  PayoutProfileInput,
  Brand,
  Brief,
  DeadlineKind,
  Event,
  Locale,
  Campaign,
  CampaignStatus,
  CompensationType,
  KolProfile,
  MediaKind,
  PageBody,
  Participation,
  Permission,
  Platform,
  Stage,
  StaffRole,
} from '@ibusibuk/sdk';
import type { BriefOutput, CampaignFields } from '../domain/campaign.js';
import type { KolProfileOutput } from '../domain/kol.js';
import type { MoveOutcome, NewApplication, ParticipationMove } from '../domain/participation.js';
import type { EventInput } from '../webhooks/record-event.js';

/**
 * Every read and write the API makes, as domain operations, answered with
 * domain outcomes (never HTTP errors), as promises. Two implementations, part by
 * part: SQLite (`sqlite/`, synchronous inside, one machine) and PostgreSQL
 * (`postgres/`, several processes on one database). Each write is atomic; times
 * come from the caller (the server's clock), never from the database.
 */
export interface Store extends AccessStore, CampaignStore, ParticipationStore, UploadStore, IdempotencyStore, ClockStore, PayoutProfileStore {
  /** Whether nothing has been stored yet (no campaigns and no KOLs). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

/** API keys, KOLs, sessions, sign-in codes and the dev outbox. */
export interface AccessStore {
  saveApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKey(hash: string): Promise<ApiKeyRecord | null>;
  listPublishableKeys(): Promise<ApiKeyRecord[]>;

  getKol(id: string): Promise<KolProfile | null>;
  findKolByEmail(email: string): Promise<KolProfile | null>;
  /** The KOL with this email, created (with `name` when given) if new. */
  ensureKol(email: string, name: string | null, at: Date): Promise<KolProfile>;
  /** The KOL with her profile saved, or null when there is no such KOL. */
  saveKolProfile(kolId: string, profile: KolProfileOutput, at: Date): Promise<KolProfile | null>;
  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<SessionRecord | null>;
  createStaffSession(session: StaffSessionRecord): Promise<void>;
  /** The staff session of this token hash, expired or not (an expired one is refused with its own message). */
  findStaffSession(tokenHash: string): Promise<StaffSessionRecord | null>;
  issueCode(code: CodeIssue): Promise<CodeIssueResult>;
  checkCode(check: CodeCheck): Promise<CodeCheckResult>;
  /** Deletes sign-in codes created before `before` (used, burned, superseded or expired by then); returns how many. */
  deleteSignInCodesBefore(before: Date): Promise<number>;
  addOutboxMessage(message: OutboxRecord): Promise<void>;
  listOutbox(email: string | null): Promise<OutboxRecord[]>;
}

/** A KOL's payout details and tax id, as she gave them. */
export interface StoredPayoutProfile {
  details: z.output<typeof PayoutProfileInput>['details'];
  taxId: NonNullable<z.output<typeof PayoutProfileInput>['taxId']> | null;
  updatedAt: string;
}

export interface PayoutProfileStore {
  getPayoutProfile(kolId: string): Promise<StoredPayoutProfile | null>;
  savePayoutProfile(kolId: string, profile: z.output<typeof PayoutProfileInput>, at: Date): Promise<StoredPayoutProfile>;
}

/** What the campaign's clock keeps: reminders written once, events waiting to be told, how to reach a KOL. */
export interface ClockStore {
  /**
   * Writes the reminder and its event in one transaction, unless this reminder (participation,
   * deadline, kind, due date) was written before; returns whether it was written now.
   */
  writeReminder(reminder: ReminderRecord, event: EventInput): Promise<boolean>;
  /** Events not yet told to the people concerned, oldest first. */
  eventsToNotify(limit: number): Promise<Event[]>;
  /**
   * Events not yet told and not claimed by another process (or whose claim has lapsed), oldest
   * first, claimed for this one until `until`: with several processes each event is told by one.
   */
  claimEventsToNotify(limit: number, now: Date, until: Date): Promise<Event[]>;
  /** Gives claimed events back, untold, for the next run of any process (after a failed send). */
  releaseEventClaims(eventIds: readonly string[]): Promise<void>;
  markNotified(eventIds: readonly string[], at: Date): Promise<void>;
  /** Where and in which language a KOL is told things. */
  kolContact(kolId: string): Promise<KolContact | null>;
  /** Remembers the language a KOL uses (the page's, when she applies) and her WhatsApp choice. */
  setKolPreferences(kolId: string, preferences: { locale?: Locale; whatsapp?: boolean }): Promise<void>;
}

export interface ReminderRecord {
  participationId: string;
  deadline: DeadlineKind;
  kind: 'due_in_3_days' | 'due_in_1_day' | 'overdue';
  dueAt: string;
  at: Date;
}

export interface KolContact {
  email: string;
  name: string | null;
  whatsapp: string | null;
  locale: Locale;
  whatsappOptOut: boolean;
}

export interface CampaignStore {
  createCampaign(campaign: CampaignFields, at: Date): Promise<Campaign>;
  updateCampaign(id: string, campaign: CampaignFields, at: Date): Promise<Campaign | null>;
  /** Moves a campaign to `to` when its status is one of `from`. */
  setCampaignStatus(id: string, from: readonly CampaignStatus[], to: CampaignStatus, at: Date): Promise<StatusChange>;
  getCampaign(idOrSlug: string): Promise<Campaign | null>;
  getBrand(id: string): Promise<Brand | null>;
  /** The brand of this name, created (without a logo) if new. */
  ensureBrand(name: string): Promise<Brand>;
  slugTaken(slug: string, exceptId?: string): Promise<boolean>;
  listCampaigns(filter: CampaignFilter, page: PageRequest): Promise<Listing<Campaign>>;
  getBrief(campaignId: string): Promise<Brief | null>;
  putBrief(campaignId: string, brief: BriefOutput, at: Date): Promise<Brief>;
}

export interface ParticipationStore {
  /** A new `applied` participation, or null when the KOL already has one in this campaign. */
  createApplication(input: NewApplication): Promise<Participation | null>;
  getParticipation(id: string): Promise<Participation | null>;
  /** The KOL's participation in the campaign (she has at most one), or null. */
  findParticipation(campaignId: string, kolId: string): Promise<Participation | null>;
  listParticipations(filter: ParticipationFilter, page: PageRequest): Promise<Listing<Participation>>;
  /** Every participation in the campaign, oldest application first (reports). */
  campaignParticipations(campaignId: string): Promise<Participation[]>;
  /**
   * The one way a participation changes stage: checks the lifecycle table,
   * applies the change and appends history, all in one transaction; a refused
   * move changes nothing.
   */
  moveParticipation(id: string, move: ParticipationMove): Promise<MoveOutcome>;
}

export interface UploadStore {
  createUpload(upload: UploadRecord): Promise<void>;
  getUpload(id: string): Promise<UploadRecord | null>;
  /** Whether a draft or insight of a participation in one of the brand's campaigns names the upload. */
  uploadUsedByBrand(uploadId: string, brandId: string): Promise<boolean>;
  /**
   * Deletes, in one transaction, the uploads created before `createdBefore`
   * that no draft or insight of their KOL names, and returns them; removing
   * their files is the caller's job.
   */
  deleteUnattachedUploads(createdBefore: Date): Promise<UploadRecord[]>;
}

export interface IdempotencyStore {
  reserveIdempotencyKey(reservation: IdempotencyReservation): Promise<IdempotencyOutcome>;
  completeIdempotencyKey(scope: string, key: string, response: StoredResponse): Promise<void>;
  releaseIdempotencyKey(scope: string, key: string): Promise<void>;
}

export interface ApiKeyRecord {
  /** sha256 of the key text. */
  hash: string;
  kind: 'publishable' | 'secret';
  /** Shown in logs and errors instead of the key, e.g. `pk_test_demo`'s first characters. */
  label: string;
  /** Origin patterns such as `http://localhost:*`; publishable keys only. */
  allowedOrigins: string[];
  /** A secret key restricted to this brand's campaigns; null for an Orami officer key (every brand). */
  brandId: string | null;
}

export interface StaffSessionRecord {
  tokenHash: string;
  role: StaffRole;
  /** Null: an officer session over every brand. */
  brandId: string | null;
  permissions: Permission[];
  actor: { name: string; email: string };
  /** The label of the secret key that minted it. */
  mintedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface SessionRecord {
  tokenHash: string;
  kolId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface CodeIssue {
  email: string;
  codeHash: string;
  now: Date;
  expiresAt: Date;
  maxPerHour: number;
}
export type CodeIssueResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface CodeCheck {
  email: string;
  codeHash: string;
  now: Date;
  maxAttempts: number;
}
/** `burned`: too many wrong attempts; `missing`: no code was requested. */
export type CodeCheckResult = 'ok' | 'wrong' | 'expired' | 'burned' | 'missing';

export interface OutboxRecord {
  to: string;
  subject: string;
  text: string;
  code: string | null;
  sentAt: Date;
}

export type StatusChange = { ok: true; campaign: Campaign } | { ok: false; campaign: Campaign | null };

export interface CampaignFilter {
  /** Any of these statuses; empty means any. */
  statuses: readonly CampaignStatus[];
  platform?: Platform;
  compensation?: CompensationType;
  tag?: string;
  brand?: string;
  /** Only this brand's campaigns (a brand-restricted caller). */
  brandId?: string;
  q?: string;
}

export interface ParticipationFilter {
  kolId?: string;
  /** Only participations in this brand's campaigns. */
  brandId?: string;
  campaignId?: string;
  /** Any of these stages (with `stage`, both must hold). */
  stages?: readonly Stage[];
  stage?: Stage;
  /** By last move (`updated_at`); left out, newest application first. */
  order?: 'newest' | 'oldest';
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** A page of a list, or the cursor it was asked from is not one of ours. */
export type Listing<T> = { ok: true; page: PageBody<T> } | InvalidCursor;
export interface InvalidCursor {
  ok: false;
  reason: 'invalid_cursor';
}

export interface UploadRecord {
  id: string;
  kolId: string;
  kind: MediaKind;
  mimeType: string;
  size: number;
  /** Name of the stored file in the upload storage; never the user's file name. */
  storageKey: string;
  createdAt: Date;
}

export interface IdempotencyReservation {
  /** Who sent it: a hash of the credential. */
  scope: string;
  key: string;
  requestHash: string;
  now: Date;
  expiresAt: Date;
}

export interface StoredResponse {
  status: number;
  body: string;
  contentType: string;
}

export type IdempotencyOutcome =
  | { state: 'reserved' }
  | { state: 'replay'; response: StoredResponse }
  | { state: 'mismatch' }
  | { state: 'in_flight' };

import type {
  Action,
  Application,
  Brief,
  Campaign,
  CampaignStatus,
  CompensationType,
  Deliverable,
  Draft,
  Insight,
  KolProfile,
  Participation,
  Payout,
  Platform,
  Post,
  Requirements,
  Role,
  Stage,
  Timeline,
} from '@ibusibuk/sdk';

/**
 * Every read and write the API makes, as domain operations. One implementation
 * (SQLite) exists; a PostgreSQL one would implement the same interface. Each
 * write is atomic; times come from the caller (the server's clock), never from
 * the database.
 */
export interface Store {
  // keys
  saveApiKey(key: ApiKeyRecord): void;
  findApiKey(hash: string): ApiKeyRecord | null;
  listPublishableKeys(): ApiKeyRecord[];

  // KOLs and sign-in
  getKol(id: string): KolProfile | null;
  findKolByEmail(email: string): KolProfile | null;
  /** The KOL with this email, created (with `name` when given) if new. */
  ensureKol(email: string, name: string | null, at: Date): KolProfile;
  saveKolProfile(kolId: string, profile: KolProfileOutput, at: Date): KolProfile;
  createSession(session: SessionRecord): void;
  findSession(tokenHash: string, now: Date): SessionRecord | null;
  issueCode(code: CodeIssue): CodeIssueResult;
  checkCode(check: CodeCheck): CodeCheckResult;
  addOutboxMessage(message: OutboxRecord): void;
  listOutbox(email: string | null): OutboxRecord[];

  // campaigns and briefs
  createCampaign(campaign: CampaignFields, at: Date): Campaign;
  updateCampaign(id: string, campaign: CampaignFields, at: Date): Campaign | null;
  /** Moves a campaign to `to` when its status is one of `from`. */
  setCampaignStatus(id: string, from: readonly CampaignStatus[], to: CampaignStatus, at: Date): StatusChange;
  getCampaign(idOrSlug: string): Campaign | null;
  slugTaken(slug: string, exceptId?: string): boolean;
  listCampaigns(filter: CampaignFilter, page: PageRequest): Page<Campaign>;
  getBrief(campaignId: string): Brief | null;
  putBrief(campaignId: string, brief: BriefOutput, at: Date): Brief;

  // participations
  /** A new `applied` participation, or null when the KOL already has one in this campaign. */
  createApplication(input: NewApplication): Participation | null;
  getParticipation(id: string): Participation | null;
  listParticipations(filter: ParticipationFilter, page: PageRequest): Page<Participation>;
  /**
   * The one way a participation changes stage: checks the lifecycle table,
   * applies the change and appends history, all in one transaction. Throws
   * `invalid_transition` (nothing changed) or `not_found`.
   */
  moveParticipation(id: string, move: ParticipationMove): Participation;

  // uploads
  createUpload(upload: UploadRecord): void;
  getUpload(id: string): UploadRecord | null;
  /**
   * Deletes, in one transaction, the uploads created before `createdBefore`
   * that no draft or insight of their KOL names, and returns them; removing
   * their files is the caller's job.
   */
  deleteUnattachedUploads(createdBefore: Date): UploadRecord[];

  // idempotency
  reserveIdempotencyKey(reservation: IdempotencyReservation): IdempotencyOutcome;
  completeIdempotencyKey(scope: string, key: string, response: StoredResponse): void;
  releaseIdempotencyKey(scope: string, key: string): void;

  /** Whether nothing has been stored yet (no campaigns and no KOLs). */
  isEmpty(): boolean;
  close(): void;
}

export interface ApiKeyRecord {
  /** sha256 of the key text. */
  hash: string;
  kind: 'publishable' | 'secret';
  /** Shown in logs and errors instead of the key, e.g. `pk_test_demo`'s first characters. */
  label: string;
  /** Origin patterns such as `http://localhost:*`; publishable keys only. */
  allowedOrigins: string[];
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

/** What the API stores of a campaign besides its id, counters and times. */
export interface CampaignFields {
  slug: string;
  brand: { name: string; logoUrl: string | null };
  title: string;
  summary: string;
  description: string;
  coverUrl: string | null;
  platforms: Platform[];
  deliverables: Deliverable[];
  compensation: { type: CompensationType; fee: number; productDescription: string | null };
  slots: number;
  requirements: Requirements;
  timeline: Timeline;
  tags: string[];
  /** Set by the seed only; the API creates drafts. */
  status?: CampaignStatus;
  /** Set by the seed only, to spread demo campaigns over past days. */
  createdAt?: Date;
}

export type StatusChange = { ok: true; campaign: Campaign } | { ok: false; campaign: Campaign | null };

export interface CampaignFilter {
  /** Any of these statuses; empty means any. */
  statuses: readonly CampaignStatus[];
  platform?: Platform;
  compensation?: CompensationType;
  tag?: string;
  brand?: string;
  q?: string;
}

export interface ParticipationFilter {
  kolId?: string;
  campaignId?: string;
  stage?: Stage;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

export type BriefOutput = Omit<Brief, 'object' | 'campaignId' | 'version' | 'updatedAt'>;

export type KolProfileOutput = {
  name: string;
  whatsapp: string;
  city: string;
  province?: string | undefined;
  socialAccounts: KolProfile['socialAccounts'];
  children: KolProfile['children'];
  niches: string[];
};

export interface NewApplication {
  campaignId: string;
  kolId: string;
  application: Application;
  /** The applicant's profile, saved onto her KOL record in the same transaction. */
  profile: KolProfileOutput;
  at: Date;
}

export interface Actor {
  role: Role;
  id: string;
}

export interface ParticipationMove {
  action: Action;
  actor: Actor;
  note: string | null;
  at: Date;
  /** Restricts the move to this KOL's participation; another's looks missing. */
  kolId?: string;
  /** The change that goes with the move, computed from the participation as read inside the transaction; may throw. */
  change?: (current: Participation) => ParticipationChange;
}

export interface ParticipationChange {
  drafts?: Draft[];
  post?: Post | null;
  insights?: Insight[];
  payout?: Payout | null;
  /** Takes a campaign slot (accept) or gives one back (withdrawal after acceptance). */
  slot?: 'fill' | 'release';
}

export interface UploadRecord {
  id: string;
  kolId: string;
  kind: 'image' | 'video';
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

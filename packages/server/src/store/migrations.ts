/**
 * Numbered schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a released migration; add the next number.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE api_keys (
        hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('publishable', 'secret')),
        label TEXT NOT NULL,
        allowed_origins TEXT NOT NULL DEFAULT '[]'
      );

      CREATE TABLE kols (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT,
        whatsapp TEXT,
        city TEXT,
        province TEXT,
        social_accounts TEXT NOT NULL DEFAULT '[]',
        children TEXT NOT NULL DEFAULT '[]',
        niches TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        kol_id TEXT NOT NULL REFERENCES kols(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );

      CREATE TABLE sign_in_codes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'used', 'burned', 'superseded'))
      );
      CREATE INDEX sign_in_codes_email ON sign_in_codes (email, created_at);

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        code TEXT,
        sent_at TEXT NOT NULL
      );
      CREATE INDEX outbox_recipient ON outbox (recipient, id);

      CREATE TABLE brands (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        logo_url TEXT
      );

      CREATE TABLE campaigns (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        brand_id TEXT NOT NULL REFERENCES brands(id),
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        description TEXT NOT NULL,
        cover_url TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'completed')),
        compensation_type TEXT NOT NULL,
        fee INTEGER NOT NULL,
        product_description TEXT,
        slots INTEGER NOT NULL,
        slots_filled INTEGER NOT NULL DEFAULT 0 CHECK (slots_filled >= 0),
        platforms TEXT NOT NULL,
        deliverables TEXT NOT NULL,
        requirements TEXT NOT NULL,
        timeline TEXT NOT NULL,
        tags TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX campaigns_status_created ON campaigns (status, created_at DESC, id DESC);
      CREATE INDEX campaigns_created ON campaigns (created_at DESC, id DESC);
      CREATE INDEX campaigns_brand ON campaigns (brand_id);

      CREATE TABLE briefs (
        campaign_id TEXT PRIMARY KEY REFERENCES campaigns(id),
        version INTEGER NOT NULL,
        content TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE participations (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES campaigns(id),
        kol_id TEXT NOT NULL REFERENCES kols(id),
        stage TEXT NOT NULL,
        application TEXT NOT NULL,
        drafts TEXT NOT NULL DEFAULT '[]',
        post TEXT,
        insights TEXT NOT NULL DEFAULT '[]',
        payout TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (campaign_id, kol_id)
      );
      CREATE INDEX participations_kol ON participations (kol_id, created_at DESC, id DESC);
      CREATE INDEX participations_campaign ON participations (campaign_id, created_at DESC, id DESC);
      CREATE INDEX participations_created ON participations (created_at DESC, id DESC);

      CREATE TABLE participation_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        participation_id TEXT NOT NULL REFERENCES participations(id),
        from_stage TEXT,
        to_stage TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        note TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX participation_history_participation ON participation_history (participation_id, id);

      CREATE TABLE uploads (
        id TEXT PRIMARY KEY,
        kol_id TEXT NOT NULL REFERENCES kols(id),
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        storage_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX uploads_kol ON uploads (kol_id);

      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER,
        content_type TEXT,
        body TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
    `,
  },
  {
    version: 2,
    name: 'events (transactional outbox), webhook endpoints and deliveries',
    sql: `
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL,
        participation_id TEXT,
        campaign_id TEXT
      );
      CREATE INDEX events_type ON events (type, seq);
      CREATE INDEX events_participation ON events (participation_id, seq);
      CREATE INDEX events_campaign ON events (campaign_id, seq);

      CREATE TABLE webhook_endpoints (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        description TEXT,
        status TEXT NOT NULL CHECK (status IN ('enabled', 'disabled')),
        secret TEXT NOT NULL,
        brand_id TEXT,
        failing_since TEXT,
        disabled_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE webhook_deliveries (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        event_id TEXT NOT NULL REFERENCES events(id),
        endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
        next_attempt_at TEXT,
        attempted_at TEXT,
        response_status INTEGER,
        response_body TEXT,
        error TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
      CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, seq);
    `,
  },
  {
    version: 3,
    name: 'brands as tenants: brand-restricted secret keys, staff sessions, named actors in history',
    sql: `
      ALTER TABLE api_keys ADD COLUMN brand_id TEXT REFERENCES brands(id);

      CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('brand', 'officer')),
        brand_id TEXT REFERENCES brands(id),
        permissions TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        minted_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );

      ALTER TABLE participation_history ADD COLUMN actor_name TEXT;
      CREATE INDEX participations_updated ON participations (updated_at, id);
    `,
  },
  {
    version: 4,
    name: 'campaign clock: rules, reminders, notified events, KOL language and WhatsApp choice',
    sql: `
      ALTER TABLE campaigns ADD COLUMN rules TEXT NOT NULL DEFAULT '{"maxRevisionRounds":2,"reviewHours":72,"insightDueDays":7,"paymentWorkingDays":14}';
      ALTER TABLE kols ADD COLUMN payout_profile TEXT;
      ALTER TABLE kols ADD COLUMN locale TEXT;
      ALTER TABLE kols ADD COLUMN whatsapp_opt_out INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN notified_at TEXT;
      CREATE INDEX events_to_notify ON events (notified_at, created_at);

      -- One row per reminder written: the primary key makes each one happen once.
      CREATE TABLE reminders (
        participation_id TEXT NOT NULL REFERENCES participations(id),
        deadline TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('due_in_3_days', 'due_in_1_day', 'overdue')),
        due_at TEXT NOT NULL,
        written_at TEXT NOT NULL,
        PRIMARY KEY (participation_id, deadline, kind, due_at)
      );
    `,
  },
  {
    version: 5,
    name: 'the market value of a barter product',
    sql: `
      ALTER TABLE campaigns ADD COLUMN product_value INTEGER;
    `,
  },
  {
    version: 6,
    name: 'events being told claimed by one process at a time',
    sql: `
      ALTER TABLE events ADD COLUMN notify_claimed_until TEXT;
    `,
  },
];

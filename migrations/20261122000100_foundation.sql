-- Foundation: accounts, sessions, organizations, the catalog's core rows, mail and audit.
-- Forward-only: a landed migration is never edited; add a new file instead.

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	email citext NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
	name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
	password_hash text NOT NULL,
	locale text NOT NULL DEFAULT 'ko' CHECK (locale IN ('ko', 'en')),
	time_zone text NOT NULL DEFAULT 'Asia/Seoul',
	is_admin boolean NOT NULL DEFAULT false,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);

-- Sessions per the lucia-auth.com guide: the cookie holds "<id>.<secret>", the table only SHA-256(secret).
CREATE TABLE sessions (
	id text PRIMARY KEY,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	secret_hash bytea NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	last_verified_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- Personal API tokens, same "<id>.<secret>" shape as sessions.
CREATE TABLE api_tokens (
	id text PRIMARY KEY,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
	secret_hash bytea NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	last_used_at timestamptz,
	expires_at timestamptz NOT NULL
);
CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);

CREATE TABLE password_resets (
	id text PRIMARY KEY,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	secret_hash bytea NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL,
	used_at timestamptz
);
CREATE INDEX password_resets_user_id_idx ON password_resets (user_id);

CREATE TABLE organizations (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	kind text NOT NULL CHECK (kind IN ('startup', 'corporate', 'center')),
	name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
	name_en text CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 120),
	-- Stable handle for seeds and imports; optional for organizations people create.
	slug text UNIQUE CHECK (slug IS NULL OR slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	region text,
	city text,
	website text,
	description text NOT NULL DEFAULT '',
	-- The center a startup belongs to (its region's center, or the one that discovered it).
	home_center_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
	-- Set while a center manages the organization on the company's behalf (until it is claimed).
	steward_center_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	CHECK (kind <> 'center' OR (home_center_id IS NULL AND steward_center_id IS NULL))
);
CREATE INDEX organizations_kind_idx ON organizations (kind);
CREATE INDEX organizations_home_center_idx ON organizations (home_center_id);
CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name gin_trgm_ops);

CREATE TABLE memberships (
	organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	role text NOT NULL CHECK (role IN ('owner', 'member')),
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_user_id_idx ON memberships (user_id);

-- Invitation links: the link carries "<id>.<secret>"; only SHA-256(secret) is kept.
CREATE TABLE invitations (
	id text PRIMARY KEY,
	organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	secret_hash bytea NOT NULL,
	role text NOT NULL CHECK (role IN ('owner', 'member')),
	email citext,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL,
	accepted_at timestamptz,
	accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
	revoked_at timestamptz
);
CREATE INDEX invitations_organization_id_idx ON invitations (organization_id);

CREATE TABLE startup_profiles (
	organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
	summary text NOT NULL DEFAULT '',
	industries text[] NOT NULL DEFAULT '{}',
	tech_tags text[] NOT NULL DEFAULT '{}',
	stage text,
	founded_year int CHECK (founded_year IS NULL OR founded_year BETWEEN 1900 AND 2100),
	employees int CHECK (employees IS NULL OR employees >= 0),
	seeking text[] NOT NULL DEFAULT '{}',
	traction text NOT NULL DEFAULT '',
	pitch text NOT NULL DEFAULT '',
	links jsonb NOT NULL DEFAULT '[]',
	visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'members', 'private')),
	updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE corporate_profiles (
	organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
	industries text[] NOT NULL DEFAULT '{}',
	focus_areas text NOT NULL DEFAULT '',
	updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE challenges (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	slug text UNIQUE CHECK (slug IS NULL OR slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	corporate_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	host_center_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
	title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
	teaser text NOT NULL DEFAULT '',
	-- Confidential: never leaves the server for anyone not entitled (see catalog/visibility).
	details text NOT NULL DEFAULT '',
	industries text[] NOT NULL DEFAULT '{}',
	tech_tags text[] NOT NULL DEFAULT '{}',
	collaboration_types text[] NOT NULL DEFAULT '{}',
	preferred_stages text[] NOT NULL DEFAULT '{}',
	regions text[] NOT NULL DEFAULT '{}',
	budget_min_krw bigint CHECK (budget_min_krw IS NULL OR budget_min_krw >= 0),
	budget_max_krw bigint CHECK (budget_max_krw IS NULL OR budget_max_krw >= 0),
	status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'screening', 'closed', 'archived')),
	confidentiality text NOT NULL DEFAULT 'public' CHECK (confidentiality IN ('public', 'nda', 'invite')),
	closes_at timestamptz,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	CHECK (budget_min_krw IS NULL OR budget_max_krw IS NULL OR budget_min_krw <= budget_max_krw)
);
CREATE INDEX challenges_corporate_id_idx ON challenges (corporate_id);
CREATE INDEX challenges_status_idx ON challenges (status);

CREATE TABLE notifications (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	kind text NOT NULL,
	data jsonb NOT NULL DEFAULT '{}',
	created_at timestamptz NOT NULL DEFAULT now(),
	read_at timestamptz
);
CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC);

-- Without SMTP_URL, mail is written here and admins read it in the app; with SMTP_URL it is sent
-- and kept here as a record.
CREATE TABLE mail_outbox (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	to_address citext NOT NULL,
	subject text NOT NULL,
	body_text text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	sent_at timestamptz,
	error text
);

CREATE TABLE audit_log (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL DEFAULT now(),
	actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
	action text NOT NULL,
	subject_type text NOT NULL,
	subject_id text NOT NULL,
	data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);

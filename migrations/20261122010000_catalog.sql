-- Catalog: richer profiles, challenge confidentiality (NDA terms, invitations, disclosure record),
-- applications, and the search outbox.

ALTER TABLE startup_profiles ADD COLUMN business_number text;
CREATE UNIQUE INDEX startup_profiles_business_number_idx ON startup_profiles (business_number) WHERE business_number IS NOT NULL;

ALTER TABLE organizations ADD COLUMN logo_path text;

-- NDA terms a startup must accept before it sees a challenge's details; a new version needs a new acceptance.
ALTER TABLE challenges
	ADD COLUMN nda_terms text NOT NULL DEFAULT '',
	ADD COLUMN nda_terms_version int NOT NULL DEFAULT 1 CHECK (nda_terms_version >= 1);

CREATE TABLE challenge_nda_acceptances (
	challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	terms_version int NOT NULL,
	accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
	accepted_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (challenge_id, startup_id, terms_version)
);

-- For `invite` challenges: only these startups see the challenge at all.
CREATE TABLE challenge_invitations (
	challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (challenge_id, startup_id)
);
CREATE INDEX challenge_invitations_startup_idx ON challenge_invitations (startup_id);

-- The record of what confidential detail was shown to whom (first view per user and terms version).
CREATE TABLE challenge_disclosures (
	challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
	terms_version int NOT NULL,
	first_seen_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (challenge_id, user_id, terms_version)
);

CREATE TABLE applications (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	proposal text NOT NULL CHECK (length(proposal) BETWEEN 1 AND 10000),
	status text NOT NULL DEFAULT 'submitted'
		CHECK (status IN ('submitted', 'shortlisted', 'meetup', 'poc', 'contract', 'declined', 'withdrawn')),
	decline_reason text CHECK (
		decline_reason IS NULL
		OR decline_reason IN ('not_a_fit', 'too_early', 'budget', 'timing', 'duplicate', 'other')
	),
	decline_note text,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	-- One application per startup and challenge: a second attempt is a 409, decided by the database.
	UNIQUE (challenge_id, startup_id),
	CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
);
CREATE INDEX applications_startup_idx ON applications (startup_id);

-- Written in the same transaction as every catalog change; a worker drains it into the search index.
CREATE TABLE search_outbox (
	id bigserial PRIMARY KEY,
	index_name text NOT NULL CHECK (index_name IN ('startups', 'challenges')),
	entity_id uuid NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	attempts int NOT NULL DEFAULT 0,
	next_attempt_at timestamptz NOT NULL DEFAULT now(),
	last_error text
);
CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at);

-- Outcomes: the collaboration pipeline (startup × corporate, from a match or an application to a
-- contract or an investment), its history, the outcomes reported for the KPIs (with corrections kept
-- as history) and the follow-up check-ins sent after a meetup.
--
-- The choices the services rely on:
-- * A collaboration moves by compare-and-swap on `version`: of two moves made from the same version
--   one wins, the other updates nothing and is a 409. Every move is a row in collaboration_events.
-- * At most one active (not dropped) collaboration per startup, corporate and challenge (NULL counts as
--   one value): two hooks or two managers opening the same pair race on the unique index, not in code.
-- * Outcome figures are never updated in place. A correction inserts a new row and points the old one
--   at it (superseded_by), in one transaction, compare-and-swap on `superseded_by IS NULL`; the KPIs
--   read current (not superseded) confirmed rows only, so a corrected figure counts once.
-- * Which center's figures a row counts in is not stored: it follows from the organizations' home
--   centers and the hosting center of the challenge or event (API.md, "Reporting"), read at query time.

CREATE TABLE collaborations (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	corporate_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	challenge_id uuid REFERENCES challenges (id) ON DELETE SET NULL,
	application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
	-- What opened it: a mutual match, an application, a meetup held without either, or a manager.
	source text NOT NULL CHECK (source IN ('mutual_match', 'application', 'meetup', 'manual')),
	stage text NOT NULL DEFAULT 'matched'
		CHECK (stage IN ('matched', 'meetup_held', 'follow_up', 'poc', 'contract', 'investment', 'dropped')),
	drop_reason text CHECK (
		drop_reason IS NULL
		OR drop_reason IN ('not_a_fit', 'no_budget', 'timing', 'unresponsive', 'tech_mismatch', 'went_elsewhere', 'other')
	),
	-- What the person wrote beside the reason code.
	note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
	version int NOT NULL DEFAULT 0 CHECK (version >= 0),
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	stage_changed_at timestamptz NOT NULL DEFAULT now(),
	CHECK (startup_id <> corporate_id),
	CHECK ((stage = 'dropped') = (drop_reason IS NOT NULL))
);
CREATE UNIQUE INDEX collaborations_one_active_idx ON collaborations (startup_id, corporate_id, challenge_id)
	NULLS NOT DISTINCT WHERE stage <> 'dropped';
CREATE INDEX collaborations_corporate_idx ON collaborations (corporate_id, stage);
CREATE INDEX collaborations_challenge_idx ON collaborations (challenge_id) WHERE challenge_id IS NOT NULL;
CREATE INDEX collaborations_application_idx ON collaborations (application_id) WHERE application_id IS NOT NULL;
CREATE INDEX collaborations_created_idx ON collaborations (created_at);

-- The history of moves, including the opening one (from_stage NULL). actor NULL: the system (a hook).
CREATE TABLE collaboration_events (
	id bigserial PRIMARY KEY,
	collaboration_id uuid NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
	from_stage text,
	to_stage text NOT NULL,
	reason text,
	note text,
	-- The collaboration's version after the move.
	version int NOT NULL,
	actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
	at timestamptz NOT NULL DEFAULT now(),
	UNIQUE (collaboration_id, version)
);

-- Follow-up check-ins: one per meetup held, side and wave (2 weeks, 3 months, 6 months after it).
-- A worker claims due rows (FOR UPDATE SKIP LOCKED), mails the side's members a one-click link and
-- stores only SHA-256 of the link's token, so a database leak does not answer anyone's check-in.
CREATE TABLE followup_checkins (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	meetup_id uuid NOT NULL REFERENCES meetups (id) ON DELETE CASCADE,
	organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	side text NOT NULL CHECK (side IN ('startup', 'corporate')),
	wave text NOT NULL CHECK (wave IN ('2w', '3m', '6m')),
	due_at timestamptz NOT NULL,
	sent_at timestamptz,
	token_hash bytea UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 32),
	token_expires_at timestamptz,
	answered_at timestamptz,
	answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
	answers jsonb CHECK (answers IS NULL OR jsonb_typeof(answers) = 'object'),
	created_at timestamptz NOT NULL DEFAULT now(),
	UNIQUE (meetup_id, organization_id, wave),
	CHECK ((answered_at IS NULL) = (answers IS NULL)),
	CHECK ((token_hash IS NULL) = (token_expires_at IS NULL))
);
-- The worker's scan: unsent check-ins by due time.
CREATE INDEX followup_checkins_due_idx ON followup_checkins (due_at) WHERE sent_at IS NULL;
CREATE INDEX followup_checkins_org_idx ON followup_checkins (organization_id, due_at);

CREATE TABLE outcomes (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	collaboration_id uuid REFERENCES collaborations (id) ON DELETE SET NULL,
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	corporate_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
	challenge_id uuid REFERENCES challenges (id) ON DELETE SET NULL,
	-- Set when the outcome came from a check-in answer.
	checkin_id uuid REFERENCES followup_checkins (id) ON DELETE SET NULL,
	kind text NOT NULL CHECK (kind IN ('poc', 'contract', 'investment', 'hire')),
	-- Integer KRW; NULL when undisclosed (a confirmed investment must state it).
	amount_krw bigint CHECK (amount_krw IS NULL OR amount_krw >= 0),
	jobs int CHECK (jobs IS NULL OR jobs >= 0),
	occurred_at timestamptz NOT NULL,
	-- The evidence: where the figure comes from (a press release, the contract's date and number, …).
	note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
	-- reported: waiting for a manager; confirmed: counts in the KPIs; rejected: kept, never counted.
	status text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'confirmed', 'rejected')),
	superseded_by uuid REFERENCES outcomes (id),
	-- On a correction: why the figures changed.
	correction_note text CHECK (correction_note IS NULL OR length(correction_note) BETWEEN 1 AND 2000),
	recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
	decided_at timestamptz,
	CHECK (superseded_by IS NULL OR superseded_by <> id),
	CHECK (corporate_id IS NULL OR corporate_id <> startup_id),
	-- What a confirmed figure must carry: an investment its amount, a hire at least one job.
	CHECK (status <> 'confirmed' OR kind <> 'investment' OR amount_krw IS NOT NULL),
	CHECK (status <> 'confirmed' OR kind <> 'hire' OR jobs >= 1),
	CHECK ((status = 'reported') = (decided_at IS NULL))
);
-- A row is corrected at most once: history is a chain, never a fork.
CREATE UNIQUE INDEX outcomes_superseded_by_idx ON outcomes (superseded_by) WHERE superseded_by IS NOT NULL;
-- The KPIs and the lists read current rows by time.
CREATE INDEX outcomes_current_idx ON outcomes (occurred_at) WHERE superseded_by IS NULL;
CREATE INDEX outcomes_startup_idx ON outcomes (startup_id);
CREATE INDEX outcomes_corporate_idx ON outcomes (corporate_id) WHERE corporate_id IS NOT NULL;
CREATE INDEX outcomes_collaboration_idx ON outcomes (collaboration_id) WHERE collaboration_id IS NOT NULL;

-- The KPI queries count by creation time and by center.
CREATE INDEX IF NOT EXISTS applications_created_idx ON applications (created_at);
CREATE INDEX IF NOT EXISTS challenges_host_center_idx ON challenges (host_center_id) WHERE host_center_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS meetups_done_start_idx ON meetups (lower(period)) WHERE status = 'done';
CREATE INDEX IF NOT EXISTS audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX IF NOT EXISTS audit_log_actor_idx ON audit_log (actor_user_id, at DESC);

-- 1:1 meetups between a startup and a corporate, the times proposed for them, the organizations'
-- weekly availability, personal calendar feeds and the reminders already sent.
--
-- How time is held (the choices the service relies on):
-- * `period` is the one range a meetup holds. A request proposes up to three times; the first becomes
--   the period and all of them are listed in meetup_proposals. Confirming picks one and moves the
--   period there. Alternatives hold nothing: only the period counts against other meetups, so the
--   exclusion constraints below guard exactly one range per meetup, and a confirmation that picks an
--   alternative taken in the meantime fails on the constraint like any other clash.
-- * Active means `proposed` or `confirmed`: an unanswered request holds its time, so of two requests
--   for one slot the first wins at once (409 for the second) instead of both waiting and one side
--   later confirming into a clash.
-- * Every change raises `sequence` (iCalendar SEQUENCE, so subscribed calendars take the new version);
--   status changes are compare-and-swap on status and sequence.

CREATE TABLE meetups (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	startup_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	corporate_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	challenge_id uuid REFERENCES challenges (id) ON DELETE SET NULL,
	application_id uuid REFERENCES applications (id) ON DELETE SET NULL,
	-- Half-open [start, end), bounded on both sides; stored as instants, shown in each viewer's zone.
	period tstzrange NOT NULL CHECK (
		lower(period) IS NOT NULL
		AND upper(period) IS NOT NULL
		AND lower(period) < upper(period)
		AND lower_inc(period)
		AND NOT upper_inc(period)
		AND upper(period) - lower(period) <= interval '1 day'
	),
	location text CHECK (location IS NULL OR length(location) BETWEEN 1 AND 300),
	video_url text CHECK (video_url IS NULL OR length(video_url) BETWEEN 1 AND 2000),
	-- What the requester wrote to the other side.
	note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
	status text NOT NULL DEFAULT 'proposed'
		CHECK (status IN ('proposed', 'confirmed', 'done', 'cancelled', 'declined', 'no_show')),
	-- Why it was declined or cancelled, as the person wrote it.
	reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
	sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
	-- The side that asked for the meetup, and the side whose proposals (this round) await the other's answer.
	requested_by_org_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	proposed_by_org_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	requested_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
	updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
	-- Set for the meetups of a matchmaking day (the events table and its foreign key come later).
	event_id uuid,
	table_number int CHECK (table_number IS NULL OR table_number >= 1),
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	CHECK (startup_id <> corporate_id),
	CHECK (requested_by_org_id IN (startup_id, corporate_id)),
	CHECK (proposed_by_org_id IN (startup_id, corporate_id)),
	CHECK (table_number IS NULL OR event_id IS NOT NULL),
	-- No organization in two active meetups at once, and no event table used twice at once: decided by
	-- the database, so concurrent bookings of one slot leave exactly one standing. Checked per statement
	-- (INITIALLY IMMEDIATE); a matchmaking day's schedule is rewritten with them DEFERRED to the commit,
	-- so two meetings can swap places inside one transaction.
	CONSTRAINT meetups_startup_no_overlap EXCLUDE USING gist (startup_id WITH =, period WITH &&)
		WHERE (status IN ('proposed', 'confirmed')) DEFERRABLE INITIALLY IMMEDIATE,
	CONSTRAINT meetups_corporate_no_overlap EXCLUDE USING gist (corporate_id WITH =, period WITH &&)
		WHERE (status IN ('proposed', 'confirmed')) DEFERRABLE INITIALLY IMMEDIATE,
	CONSTRAINT meetups_table_no_overlap EXCLUDE USING gist (event_id WITH =, table_number WITH =, period WITH &&)
		WHERE (event_id IS NOT NULL AND table_number IS NOT NULL AND status IN ('proposed', 'confirmed'))
		DEFERRABLE INITIALLY IMMEDIATE
);
-- The exclusion constraints' gist indexes serve "this organization's meetups in a window"; these serve
-- lists without a window and the joins from challenges and events.
CREATE INDEX meetups_startup_idx ON meetups (startup_id, lower(period));
CREATE INDEX meetups_corporate_idx ON meetups (corporate_id, lower(period));
CREATE INDEX meetups_event_idx ON meetups (event_id) WHERE event_id IS NOT NULL;
-- The reminder worker looks for confirmed meetups starting soon.
CREATE INDEX meetups_confirmed_start_idx ON meetups (lower(period)) WHERE status = 'confirmed';

-- The times of the current proposal round (one to three; the service replaces them on a reschedule and
-- clears them on confirmation). One of them always equals the meetup's period while it is proposed.
CREATE TABLE meetup_proposals (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	meetup_id uuid NOT NULL REFERENCES meetups (id) ON DELETE CASCADE,
	period tstzrange NOT NULL CHECK (
		lower(period) IS NOT NULL
		AND upper(period) IS NOT NULL
		AND lower(period) < upper(period)
		AND lower_inc(period)
		AND NOT upper_inc(period)
		AND upper(period) - lower(period) <= interval '1 day'
	),
	created_at timestamptz NOT NULL DEFAULT now(),
	UNIQUE (meetup_id, period)
);

-- An organization's stated availability: one time zone, weekly hours in it, and blackout dates. An
-- organization without a row has stated nothing and is not restricted.
CREATE TABLE organization_availability (
	organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
	-- IANA zone the weekly hours and blackout dates are read in (checked by the service with Intl).
	time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
	updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);

-- Weekly hours in the organization's zone: weekday 0 = Sunday … 6 = Saturday (as Date#getDay), minutes
-- from local midnight, half-open; 1440 ends at the next midnight.
CREATE TABLE availability_rules (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	organization_id uuid NOT NULL REFERENCES organization_availability (organization_id) ON DELETE CASCADE,
	weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
	start_minute int NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
	end_minute int NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
	CHECK (start_minute < end_minute)
);
CREATE INDEX availability_rules_org_idx ON availability_rules (organization_id);

-- Whole local dates (in the organization's zone) when it takes no meetups, e.g. holidays or a trade fair.
CREATE TABLE availability_blackouts (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	organization_id uuid NOT NULL REFERENCES organization_availability (organization_id) ON DELETE CASCADE,
	dates daterange NOT NULL CHECK (NOT isempty(dates) AND NOT lower_inf(dates) AND NOT upper_inf(dates)),
	reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 200)
);
CREATE INDEX availability_blackouts_org_idx ON availability_blackouts (organization_id);

-- Personal calendar subscriptions: the URL carries "<id>.<secret>", the table only SHA-256(secret),
-- like sessions and API tokens. Revoking keeps the row (revoked_at) so the list shows what was shared.
CREATE TABLE calendar_feeds (
	id text PRIMARY KEY,
	user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
	secret_hash bytea NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	last_used_at timestamptz,
	revoked_at timestamptz
);
CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id);

-- One row per reminder sent (24 hours and 10 minutes before), keyed by the start it announced, so a
-- rescheduled meetup is reminded again and several app processes never send one twice: a worker
-- claims a reminder by inserting its row (ON CONFLICT DO NOTHING) in the transaction that notifies.
CREATE TABLE meetup_reminders (
	meetup_id uuid NOT NULL REFERENCES meetups (id) ON DELETE CASCADE,
	kind text NOT NULL CHECK (kind IN ('24h', '10m')),
	starts_at timestamptz NOT NULL,
	sent_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (meetup_id, kind, starts_at)
);

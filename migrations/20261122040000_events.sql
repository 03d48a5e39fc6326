-- Matchmaking days: a center's event with slots and numbered tables, the organizations taking part and
-- the times they are there, the meeting requests between them, and the scheduler's runs.
--
-- How a schedule is held (the choices the service relies on):
-- * A scheduled meeting is a meetup with event_id, table_number and request_id, status `confirmed`. So
--   the exclusion constraints on meetups guard the schedule too: nobody in two meetings at once, in
--   this event or against their other meetups, and no table used twice at once. The scheduler's output
--   is written in one transaction with those constraints DEFERRED, so meetings can swap places.
-- * events.schedule_version rises with every change to the schedule (a run, a move, a lock); the board
--   sends the version it saw and a stale one is a 409, so two managers never overwrite each other.
-- * Participants see their event meetings only once the schedule is published (published_at).

CREATE TABLE events (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	center_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
	venue text NOT NULL CHECK (length(venue) BETWEEN 1 AND 300),
	-- The day's opening hours, half-open; slots of slot_minutes run from its start.
	period tstzrange NOT NULL CHECK (
		lower(period) IS NOT NULL
		AND upper(period) IS NOT NULL
		AND lower(period) < upper(period)
		AND lower_inc(period)
		AND NOT upper_inc(period)
		AND upper(period) - lower(period) <= interval '3 days'
	),
	slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
	-- Breaks as [{ "startsAt": ISO, "endsAt": ISO }]: slots that overlap one are not offered.
	breaks jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(breaks) = 'array'),
	tables int NOT NULL CHECK (tables BETWEEN 1 AND 500),
	-- Halls for the "now and next" screens as [{ "name": text, "fromTable": int, "toTable": int }];
	-- empty means one hall with every table.
	halls jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(halls) = 'array'),
	-- IANA zone the day is shown in (checked by the service with Intl).
	time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
	phase text NOT NULL DEFAULT 'planning'
		CHECK (phase IN ('planning', 'requests_open', 'scheduled', 'live', 'done')),
	-- How many requests a participant may have waiting for an answer at once.
	pending_request_cap int NOT NULL DEFAULT 10 CHECK (pending_request_cap BETWEEN 1 AND 200),
	schedule_version int NOT NULL DEFAULT 0 CHECK (schedule_version >= 0),
	-- The last finished run's report (placed, requested, upper bound, moved, unplaced with reasons).
	last_run jsonb,
	published_at timestamptz,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_center_idx ON events (center_id, lower(period));

-- An organization taking part. `availability` is [{ "startsAt", "endsAt" }] inside the event, or NULL
-- when it has stated nothing and is there all day. `side` is the organization's kind, kept here so
-- the scheduler's input needs no join and a center cannot be a participant.
CREATE TABLE event_participants (
	event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	side text NOT NULL CHECK (side IN ('startup', 'corporate')),
	availability jsonb CHECK (availability IS NULL OR jsonb_typeof(availability) = 'array'),
	availability_updated_at timestamptz,
	-- What the participant's QR code carries; only the event's managers can check someone in with it.
	checkin_code text NOT NULL UNIQUE CHECK (length(checkin_code) BETWEEN 16 AND 64),
	checked_in_at timestamptz,
	-- Set on the day by a manager: late (meetings kept) or no-show (remaining meetings freed).
	floor_status text CHECK (floor_status IN ('late', 'no_show')),
	invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (event_id, organization_id)
);
CREATE INDEX event_participants_org_idx ON event_participants (organization_id);

-- A wish to meet at an event, from one participant to one of the other side. A request filed by the
-- event's manager is accepted at once; others wait for the other side. One per pair per event.
CREATE TABLE meeting_requests (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	from_org_id uuid NOT NULL,
	to_org_id uuid NOT NULL,
	startup_id uuid NOT NULL,
	corporate_id uuid NOT NULL,
	priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
	status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
	filed_by_manager boolean NOT NULL DEFAULT false,
	note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 1000),
	reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	decided_at timestamptz,
	UNIQUE (event_id, startup_id, corporate_id),
	CHECK (from_org_id <> to_org_id),
	CHECK (
		(from_org_id = startup_id AND to_org_id = corporate_id)
		OR (from_org_id = corporate_id AND to_org_id = startup_id)
	),
	FOREIGN KEY (event_id, from_org_id) REFERENCES event_participants (event_id, organization_id) ON DELETE CASCADE,
	FOREIGN KEY (event_id, to_org_id) REFERENCES event_participants (event_id, organization_id) ON DELETE CASCADE
);
CREATE INDEX meeting_requests_to_idx ON meeting_requests (event_id, to_org_id, status);
CREATE INDEX meeting_requests_from_idx ON meeting_requests (event_id, from_org_id, status);

-- One scheduler run at a time per event (the partial unique index), with its progress, so a run can
-- be left and come back to, and a second process or tab asking for a run gets the running one.
CREATE TABLE schedule_runs (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
	keep_locked boolean NOT NULL DEFAULT true,
	done int NOT NULL DEFAULT 0 CHECK (done >= 0),
	total int NOT NULL DEFAULT 0 CHECK (total >= 0),
	error text,
	started_by uuid REFERENCES users (id) ON DELETE SET NULL,
	started_at timestamptz NOT NULL DEFAULT now(),
	heartbeat_at timestamptz NOT NULL DEFAULT now(),
	finished_at timestamptz
);
CREATE UNIQUE INDEX schedule_runs_one_running ON schedule_runs (event_id) WHERE status = 'running';
CREATE INDEX schedule_runs_event_idx ON schedule_runs (event_id, started_at DESC);

ALTER TABLE meetups
	ADD CONSTRAINT meetups_event_fk FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
	ADD COLUMN request_id uuid REFERENCES meeting_requests (id) ON DELETE SET NULL,
	-- A manager's lock: the scheduler leaves a locked meeting where it is.
	ADD COLUMN locked boolean NOT NULL DEFAULT false,
	ADD CONSTRAINT meetups_locked_needs_event CHECK (NOT locked OR event_id IS NOT NULL),
	ADD CONSTRAINT meetups_request_needs_event CHECK (request_id IS NULL OR event_id IS NOT NULL);
-- A request is met by at most one active meeting.
CREATE UNIQUE INDEX meetups_request_active_idx ON meetups (request_id)
	WHERE request_id IS NOT NULL AND status IN ('proposed', 'confirmed');

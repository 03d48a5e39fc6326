-- Imports: a center brings in the startups it already knows from a spreadsheet (CSV or XLSX).
--
-- The choices the services rely on:
-- * The business registration number already lives on startup_profiles with a partial UNIQUE index
--   (20261122010000_catalog.sql); here it gains its format (10 digits, normalized without hyphens).
--   NOT VALID: enforced for every row written from now on without failing the migration on a row an
--   older build may have stored; every writer so far normalizes through zod, so none is expected.
-- * "Same name and region" is a duplicate for imports, not a rule for the whole catalog (two people
--   may register the same company by hand). The key ignores case, spaces, punctuation and legal-form
--   markers ((주), ㈜, 주식회사, Inc., Co., Ltd.), so "(주) 글루코헬스" and "글루코헬스" meet. An
--   expression index makes the lookup cheap; imports take a transaction-level advisory lock per batch,
--   so two imports running at once cannot both create the same company.
-- * A job keeps its uploaded file in `file` (bytea) between the steps, so any process can run it and
--   nothing lives outside the database; it is cleared when the job is done.
-- * A run writes in batches; each batch inserts its startups and advances done_rows in one
--   transaction, so after a crash done_rows says exactly which rows are in and the run resumes there.
--   Only one run per job: the step from dry_run to running is a compare-and-swap on status.

ALTER TABLE startup_profiles
	ADD CONSTRAINT startup_profiles_business_number_format CHECK (business_number ~ '^[0-9]{10}$') NOT VALID;

CREATE FUNCTION organization_name_key(name text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN regexp_replace(
		regexp_replace(lower(name), '\(주\)|㈜|주식회사|\m(inc|corp|co|ltd|llc)\M', '', 'g'),
		'[[:space:][:punct:]]', '', 'g'
	);

CREATE INDEX organizations_startup_name_key_idx ON organizations (organization_name_key(name), region)
	WHERE kind = 'startup';

CREATE TABLE import_jobs (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	center_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	kind text NOT NULL DEFAULT 'startups' CHECK (kind IN ('startups')),
	file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
	file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
	file_bytes int NOT NULL CHECK (file_bytes >= 0),
	-- The upload itself, until the job is done (then NULL).
	file bytea,
	-- uploaded: read, awaiting a mapping; dry_run: checked, report ready, nothing written;
	-- running: writing in batches; done; failed (error says why; a failed run may be resumed).
	status text NOT NULL DEFAULT 'uploaded'
		CHECK (status IN ('uploaded', 'dry_run', 'running', 'done', 'failed')),
	error text,
	-- The spreadsheet's header cells (in column order), the row number they stand on as the
	-- spreadsheet shows it (1-based), and the first data rows for the mapping step's preview.
	headers jsonb NOT NULL DEFAULT '[]',
	header_row int NOT NULL DEFAULT 1 CHECK (header_row >= 1),
	preview jsonb NOT NULL DEFAULT '[]',
	-- Field → column index, e.g. {"name": 0, "businessNumber": 3}.
	mapping jsonb NOT NULL DEFAULT '{}',
	visibility text NOT NULL DEFAULT 'members' CHECK (visibility IN ('public', 'members', 'private')),
	total_rows int NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
	-- Data rows handled by committed batches (created, skipped as duplicates, or refused as invalid).
	done_rows int NOT NULL DEFAULT 0 CHECK (done_rows BETWEEN 0 AND total_rows),
	valid_rows int NOT NULL DEFAULT 0 CHECK (valid_rows >= 0),
	error_rows int NOT NULL DEFAULT 0 CHECK (error_rows >= 0),
	duplicate_rows int NOT NULL DEFAULT 0 CHECK (duplicate_rows >= 0),
	created_count int NOT NULL DEFAULT 0 CHECK (created_count >= 0),
	-- {errors: [{row, column, field, message}], duplicates: [{row, reason, organizationId?, name, otherRow?}]},
	-- each list capped (the counts above are exact).
	report jsonb NOT NULL DEFAULT '{}',
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	started_at timestamptz,
	heartbeat_at timestamptz,
	finished_at timestamptz
);
CREATE INDEX import_jobs_center_idx ON import_jobs (center_id, created_at DESC);

-- Which import created an organization: the result page lists them, and it is the provenance a
-- claiming company and the center can see.
ALTER TABLE organizations ADD COLUMN import_job_id uuid REFERENCES import_jobs (id) ON DELETE SET NULL;
CREATE INDEX organizations_import_job_idx ON organizations (import_job_id) WHERE import_job_id IS NOT NULL;

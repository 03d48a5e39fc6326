-- Matching: stances one organization takes on another (or on a challenge), and per-center weights.

CREATE TABLE interests (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	from_org_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
	to_org_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
	challenge_id uuid REFERENCES challenges (id) ON DELETE CASCADE,
	stance text NOT NULL CHECK (stance IN ('must_meet', 'meet', 'no_thanks')),
	created_by uuid REFERENCES users (id) ON DELETE SET NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	CHECK (to_org_id IS NOT NULL OR challenge_id IS NOT NULL),
	CHECK (to_org_id IS NULL OR to_org_id <> from_org_id)
);
-- One stance per organization and target: a new one replaces the old (upsert on this index).
CREATE UNIQUE INDEX interests_one_stance_idx ON interests (from_org_id, to_org_id, challenge_id) NULLS NOT DISTINCT;
CREATE INDEX interests_to_org_idx ON interests (to_org_id);
CREATE INDEX interests_challenge_idx ON interests (challenge_id);

-- A center manager's tuning of the matcher for the challenges the center hosts.
CREATE TABLE matching_weights (
	center_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
	weights jsonb NOT NULL,
	updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);

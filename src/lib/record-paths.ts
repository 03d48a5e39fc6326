/**
 * Page URLs that name a record (`/startups/<id>/…`) by an id that cannot exist. They are sent to the
 * not-found page before any load runs (src/hooks.ts), so a typed or mangled URL gets the site's own
 * 404 instead of reaching Postgres as a malformed uuid (a 500). The JSON API checks its parameters in
 * hooks.server.ts.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sections whose second segment is a record's uuid, except for their static pages. */
const RECORD_SECTIONS = new Set([
	'startups',
	'challenges',
	'corporates',
	'organizations',
	'centers',
	'events',
	'meetups',
	'collaborations'
]);
const STATIC_CHILDREN = new Set(['new', 'mine', '__data.json']);

export function isMalformedRecordPath(pathname: string): boolean {
	// A NUL anywhere is never part of a record's address (Postgres cannot even compare it).
	if (/%00/.test(pathname)) return true;
	const [, section, id] = pathname.split('/');
	if (!section || !id || !RECORD_SECTIONS.has(section) || STATIC_CHILDREN.has(id)) return false;
	return !UUID.test(id);
}

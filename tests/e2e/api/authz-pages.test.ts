import { beforeAll, describe, expect, it } from 'vitest';
import { pageMatrix, type Access, type MatrixEntry } from '../../authz/page-matrix';
import { routeKey } from '../../authz/discover-pages';
import { dataOf, expectRefused, get, pathOf as pathIn, postForm } from './authz-pages-calls';
import { buildWorld, type Persona, type World } from './authz-pages-world';

/*
 * Every entry of the page matrix (tests/authz/page-matrix.ts), called as anonymous, as people its
 * rule leaves out and as someone it lets in, against the built server with demo data.
 */

/** Whom each rule lets in (one persona is enough) and whom it must keep out. */
const probes: Record<Access, { insider: Persona; outsiders: Persona[] }> = {
	public: { insider: 'anonymous', outsiders: [] },
	public_guest: { insider: 'anonymous', outsiders: [] },
	token_holder: { insider: 'anonymous', outsiders: [] },
	signed_in: { insider: 'stranger', outsiders: [] },
	startup_member: { insider: 'startup', outsiders: ['otherStartup', 'corporate'] },
	corporate_member: { insider: 'corporate', outsiders: ['otherCorporate', 'startup'] },
	applicant: { insider: 'otherStartup', outsiders: ['corporate'] },
	org_member: { insider: 'corporate', outsiders: ['otherCorporate', 'startup'] },
	org_owner: { insider: 'corporate', outsiders: ['otherCorporate', 'startup'] },
	center_manager: { insider: 'manager', outsiders: ['otherManager', 'corporate'] },
	any_center_manager: { insider: 'manager', outsiders: ['corporate', 'startup'] },
	event_manager: { insider: 'manager', outsiders: ['otherManager', 'startup'] },
	event_participant: { insider: 'startup', outsiders: ['otherStartup', 'otherManager'] },
	party_member: { insider: 'startup', outsiders: ['stranger'] },
	steward_manager: { insider: 'manager', outsiders: ['otherManager', 'startup'] },
	meetup_party: { insider: 'otherCorporate', outsiders: ['corporate', 'startup'] },
	collaboration_party: { insider: 'startup', outsiders: ['otherStartup', 'otherCorporate'] },
	admin: { insider: 'admin', outsiders: ['manager', 'startup'] }
};

interface Override {
	/** Someone else in, or nobody (`null`) when the one call in would change shared data. */
	insider?: Persona | null;
	/** The form sent by everyone; ids in it are the owning tenant's. */
	fields?: Record<string, string>;
	/** The form outsiders send, when an empty one would stop at validation before authorization. */
	outsiderFields?: Record<string, string>;
	/** What the insider gets, when it is known exactly. */
	status?: number;
}

/*
 * Exceptions to "the rule's insider, with an empty form". Actions that read the record they act on from
 * the form get that record's id and a stale version or a decision already made: the insider's 409 shows
 * authorization passed and nothing was written.
 */
function overrideOf(entry: MatrixEntry): Override | undefined {
	const { ids } = world;
	const staleMove = { id: ids.collaboration, to: 'investment', version: '999' };
	const overrides: Record<string, Override> = {
		// A stranger has no board to be sent to; a manager is sent to the center's.
		'page /pipeline': { insider: 'manager' },
		'action /collaborations/[id] move': { fields: staleMove, status: 409 },
		'action /corporates/[id]/pipeline move': { fields: staleMove, status: 409 },
		'action /centers/[id]/pipeline move': { fields: staleMove, status: 409 },
		'action /centers/[id]/pipeline decide': {
			fields: { outcomeId: ids.outcome, decision: 'confirmed' },
			status: 409
		},
		'action /collaborations/[id] decide': {
			fields: { outcomeId: ids.outcome, decision: 'confirmed' },
			status: 409
		},
		'action /collaborations/[id] correct': { fields: { outcomeId: ids.outcome }, status: 400 },
		// A corporate member names the demo startup: still not theirs to act for.
		'action /challenges/[id] acceptNda': { outsiderFields: { startupId: ids.startup, agree: 'on' } },
		'action /challenges/[id] apply': {
			outsiderFields: { startupId: ids.startup, proposal: 'Not theirs to send' }
		},
		// A participant is not the day's manager, whatever the form says.
		'action /events/[id] phase': { outsiderFields: { phase: 'planning' } },
		'action /events/[id]/participants add': { outsiderFields: { organizationId: ids.otherStartup } },
		'action /events/[id]/participants remove': { outsiderFields: { organizationId: ids.startup } },
		// Joining needs the token and a signed-in account; the invitee joins the second corporate.
		'action /invitations/[token] default': { insider: 'invitee', status: 303 },
		// Only the emailed link holds a real token, and the demo has no check-in question yet.
		'action /checkins/[token] answer': { insider: null },
		'action /checkins answer': { insider: null },
		// These would run or publish the demo day's schedule, which later test files rely on.
		'action /events/[id]/board run': { insider: null },
		'action /events/[id]/board publish': { insider: null },
		// Would end the insider's session, which the rest of this file still uses.
		'endpoint /logout POST': { insider: null }
	};
	return overrides[routeKey(entry)];
}

let world: World;

beforeAll(async () => {
	world = await buildWorld();
}, 60_000);

const isOpen = (access: Access) => ['public', 'public_guest', 'token_holder'].includes(access);

const pathOf = (entry: MatrixEntry) => pathIn(world, entry.route);

function actionPath(entry: MatrixEntry): string {
	return entry.name === 'default' ? pathOf(entry) : `${pathOf(entry)}?/${entry.name}`;
}

const post = (entry: MatrixEntry, persona: Persona, as: 'insider' | 'outsider' = 'insider') => {
	const path = entry.kind === 'action' ? actionPath(entry) : pathOf(entry);
	const override = overrideOf(entry);
	const fields = (as === 'outsider' ? override?.outsiderFields : undefined) ?? override?.fields ?? {};
	return postForm(path, persona === 'anonymous' ? undefined : world.cookies[persona], fields);
};

const pages = pageMatrix.filter((e) => e.kind === 'page');
const layouts = pageMatrix.filter((e) => e.kind === 'layout');
const actions = pageMatrix.filter((e) => e.kind === 'action' || (e.kind === 'endpoint' && e.name !== 'GET'));
const reads = pageMatrix.filter((e) => e.kind === 'endpoint' && e.name === 'GET');

describe.each(pages)('page $route ($access)', (entry) => {
	const { insider, outsiders } = probes[entry.access];

	if (!isOpen(entry.access))
		it('sends anonymous visitors to sign in, keeping the path', async () => {
			const path = pathOf(entry);
			const res = await get(world, path, 'anonymous');
			expect(res.status).toBe(303);
			expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
			const data = await dataOf(world, path, 'anonymous');
			expect(data).toEqual({ type: 'redirect', location: `/login?next=${encodeURIComponent(path)}` });
		});

	if (outsiders.length > 0)
		it(`refuses ${outsiders.join(' and ')}, in HTML and __data.json`, async () => {
			const path = pathOf(entry);
			for (const persona of outsiders) {
				const res = await get(world, path, persona);
				expect([403, 404], `${persona}: ${res.status}`).toContain(res.status);
				const data = await dataOf(world, path, persona);
				// The page's own node is an error, so none of its data went out.
				const last = data.nodes?.at(-1);
				expect(last?.type, persona).toBe('error');
				expect([403, 404]).toContain(last?.status);
			}
		});

	it(`lets its insider (${insider} unless overridden) in`, async () => {
		const override = overrideOf(entry);
		const persona = override?.insider ?? insider;
		const path = pathOf(entry);
		const res = await get(world, path, persona);
		if (override?.insider) {
			expect([200, 303]).toContain(res.status);
			expect(res.headers.get('location') ?? '').not.toMatch(/^\/login/);
			return;
		}
		expect(res.status).toBe(200);
		expect((await dataOf(world, path, persona)).nodes?.at(-1)?.type).toBe('data');
	});
});

describe.each(layouts)('layout load $route ($access)', (entry) => {
	const { insider, outsiders } = probes[entry.access];
	it('gives its data to those the rule lets in and an error to the others', async () => {
		const path = pathOf(entry);
		// The root layout is node 0; the one nested layout with a server load (/events/[id]) is node 1.
		const node = entry.route === '/' ? 0 : 1;
		expect((await dataOf(world, path, insider)).nodes?.[node]?.type).toBe('data');
		for (const persona of outsiders) {
			const data = await dataOf(world, path, persona);
			expect(data.nodes?.[1]?.type, persona).toBe('error');
		}
	});
});

describe.each(actions)('$kind $route $name ($access)', (entry) => {
	const { insider, outsiders } = probes[entry.access];

	if (!isOpen(entry.access))
		it('refuses anonymous callers', async () => {
			await expectRefused(await post(entry, 'anonymous', 'outsider'), 'anonymous');
		});

	if (outsiders.length > 0)
		it(`refuses ${outsiders.join(' and ')}`, async () => {
			for (const outsider of outsiders)
				await expectRefused(await post(entry, outsider, 'outsider'), outsider);
		});

	it(`lets its insider (${insider} unless overridden) past authorization`, async (context) => {
		const override = overrideOf(entry);
		const persona = override?.insider === undefined ? insider : override.insider;
		if (persona === null) return context.skip();
		const res = await post(entry, persona);
		const location = res.headers.get('location') ?? '';
		if (override?.status) expect(res.status, location).toBe(override.status);
		expect(res.status, `${res.status} ${location}`).toBeLessThan(500);
		expect([401, 403, 404]).not.toContain(res.status);
		expect(location).not.toMatch(/^\/login/);
	});
});

describe.each(reads)('GET $route ($access)', (entry) => {
	it('answers anyone', async () => {
		const res = await get(world, pathOf(entry), 'anonymous');
		// The logo probe names a file that does not exist.
		expect(res.status).toBe(entry.route === '/media/logos/[file]' ? 404 : 200);
	});
});

describe('logo files', () => {
	it('serve nothing outside the logo folder', async () => {
		for (const file of ['..%2F..%2Fpackage.json', '..%5C..%5Cpackage.json', '%2Fetc%2Fpasswd']) {
			const res = await get(world, `/media/logos/${file}`, 'anonymous');
			expect(res.status, file).toBe(404);
		}
	});
});

/*
 * Actions that take the record from the form rather than the URL: an outsider posts to a page that is
 * their own, naming the other tenant's record. The owner gets 409 for the same form (see above), so a
 * 404 here is the service refusing the stranger, not the form.
 */
describe('records named in a form body', () => {
	const refusedWith404 = async (path: string, persona: Persona, fields: Record<string, string>) => {
		const res = await postForm(path, world.cookies[persona as Exclude<Persona, 'anonymous'>], fields);
		expect(res.status, `${persona} ${path}: ${res.status} ${res.headers.get('location') ?? ''}`).toBe(404);
	};

	it('refuses to move another tenant’s collaboration from one’s own board', async () => {
		const { ids } = world;
		const move = { id: ids.collaboration, to: 'investment', version: '999' };
		await refusedWith404(`/corporates/${ids.otherCorporate}/pipeline?/move`, 'otherCorporate', move);
		await refusedWith404(`/centers/${ids.otherCenter}/pipeline?/move`, 'otherManager', move);
	});

	it('refuses to accept an NDA on behalf of another tenant’s startup', async () => {
		const { ids } = world;
		const res = await postForm(`/challenges/${ids.challenge}?/acceptNda`, world.cookies.otherStartup, {
			startupId: ids.startup,
			agree: 'on'
		});
		expect([403, 404], `${res.status}`).toContain(res.status);
	});

	it('refuses to confirm or correct another center’s outcome', async () => {
		const { ids } = world;
		const decide = { outcomeId: ids.outcome, decision: 'confirmed' };
		await refusedWith404(`/centers/${ids.otherCenter}/pipeline?/decide`, 'otherManager', decide);
		await refusedWith404(`/centers/${ids.center}/pipeline?/decide`, 'otherManager', decide);
	});
});

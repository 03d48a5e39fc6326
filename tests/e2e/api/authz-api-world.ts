import { call, tokenFor, uniqueEmail } from './client';

/**
 * The people and records the API authorization test needs: the demo tenants as the owners, and a
 * second startup, a second corporate, a signed-in stranger and the Seoul center's manager as the
 * outsiders. Every id names a record of the owning tenant, so a refused call truly hit someone
 * else's record. Writes touch only records created here.
 */

export type Persona =
	| 'anonymous'
	| 'admin'
	| 'manager'
	| 'otherManager'
	| 'corporate'
	| 'otherCorporate'
	| 'startup'
	| 'otherStartup'
	/** Signed in, belongs to no organization. */
	| 'stranger';

export interface ApiWorld {
	tokens: Record<Exclude<Persona, 'anonymous'>, string>;
	ids: {
		center: string;
		corporate: string;
		startup: string;
		/** A public challenge of the demo corporate. */
		challenge: string;
		/** The second startup's application to a challenge of the second corporate. */
		application: string;
		/** The Gangwon center's matchmaking day, where the demo startup takes part. */
		event: string;
		collaboration: string;
		outcome: string;
		/** A meetup between the second startup and the second corporate. */
		meetup: string;
		importJob: string;
		/** The stranger's calendar feed and API token, and a spare of each for the stranger to revoke. */
		feed: { id: string; token: string };
		spareFeed: string;
		strangerTokenId: string;
		spareTokenId: string;
	};
}

const PASSWORD = 'authz api probe password';

async function json<T>(res: Response, status: number): Promise<T> {
	if (res.status !== status) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
	return (await res.json()) as T;
}

async function newAccount(label: string) {
	const email = uniqueEmail(`authz-api-${label}`);
	await json(await call('/users', { json: { email, password: PASSWORD, name: `Authz ${label}` } }), 201);
	return { email, ...(await tokenFor(email, PASSWORD)) };
}

async function newOrganization(token: string, kind: 'startup' | 'corporate'): Promise<string> {
	const name = `Authz API ${kind} ${Date.now().toString(36)}`;
	return (await json<{ id: string }>(await call('/organizations', { token, json: { kind, name } }), 201)).id;
}

async function membership(token: string, kind: string): Promise<string> {
	const me = await json<{ memberships: { organization: { id: string; kind: string } }[] }>(
		await call('/me', { token }),
		200
	);
	const found = me.memberships.find((m) => m.organization.kind === kind);
	if (!found) throw new Error(`no ${kind} membership`);
	return found.organization.id;
}

/** Far in the future on a weekday, so no other test's meetups clash with it. */
function meetupTime() {
	const d = new Date(Date.now() + 270 * 24 * 3600_000);
	d.setUTCHours(2, 0, 0, 0);
	while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setTime(d.getTime() + 24 * 3600_000);
	return { startsAt: d.toISOString(), endsAt: new Date(d.getTime() + 3600_000).toISOString() };
}

async function publicChallengeOf(token: string, corporateId: string): Promise<string> {
	// The list has no corporate filter, and other test files add challenges: page through it.
	for (let page = 1; page <= 30; page++) {
		const body = await json<{ hits: { id: string; corporate: { id: string }; confidentiality: string }[] }>(
			await call(`/challenges?sort=newest&limit=100&page=${page}`, { token }),
			200
		);
		const hit = body.hits.find((c) => c.corporate.id === corporateId && c.confidentiality === 'public');
		if (hit) return hit.id;
		if (body.hits.length < 100) break;
	}
	// Another file may have taken the demo's public challenges out of the list: make one of our own.
	const created = await call('/challenges', {
		token,
		json: {
			corporateId,
			title: `Authz probe public ${Date.now().toString(36)}`,
			teaser: 'probe',
			industries: ['energy'],
			confidentiality: 'public',
			status: 'open'
		}
	});
	return (await json<{ id: string }>(created, 201)).id;
}

/** The demo data has no application; the second startup applies to a challenge of the second corporate. */
async function newApplication(corporate: string, corporateId: string, startup: string, startupId: string) {
	const challenge = await json<{ id: string }>(
		await call('/challenges', {
			token: corporate,
			json: { corporateId, title: 'Authz API probe', teaser: 'probe', status: 'open' }
		}),
		201
	);
	const application = await json<{ id: string }>(
		await call(`/challenges/${challenge.id}/applications`, {
			token: startup,
			json: { startupId, proposal: 'Authz API probe' }
		}),
		201
	);
	return application.id;
}

export async function buildApiWorld(): Promise<ApiWorld> {
	const demo = async (email: string) => (await tokenFor(email)).token;
	const [admin, manager, otherManager, corporate, startup] = await Promise.all(
		[
			'admin@example.com',
			'manager@example.com',
			'manager.seoul@example.com',
			'corporate@example.com',
			'startup@example.com'
		].map(demo)
	);
	const [otherCorporate, otherStartup, stranger] = await Promise.all(
		['corporate2', 'startup2', 'stranger'].map(newAccount)
	);
	const otherCorporateId = await newOrganization(otherCorporate!.token, 'corporate');
	const otherStartupId = await newOrganization(otherStartup!.token, 'startup');

	const center = await membership(manager!, 'center');
	const corporateId = await membership(corporate!, 'corporate');
	const events = await json<{ hits: { id: string; centerId: string }[] }>(
		await call('/events', { token: manager! }),
		200
	);
	const collaborations = await json<{ hits: { id: string }[] }>(
		await call('/collaborations', { token: startup! }),
		200
	);
	const collaboration = collaborations.hits[0]!.id;
	const outcomes = await json<{ hits: { id: string }[] }>(
		await call(`/outcomes?collaborationId=${collaboration}`, { token: startup! }),
		200
	);
	const meetup = await json<{ id: string }>(
		await call('/meetups', {
			token: otherCorporate!.token,
			json: { startupId: otherStartupId, corporateId: otherCorporateId, ...meetupTime() }
		}),
		201
	);
	const importJob = await json<{ id: string }>(
		await call(`/api/v1/imports/startups?centerId=${center}`, {
			token: manager!,
			headers: { 'content-type': 'text/csv' },
			body: 'name,summary\nAuthz API probe,a dry run only\n'
		}),
		200
	);
	const feed = await json<{ id: string; token: string }>(
		await call('/calendar/feeds', { token: stranger!.token, json: { name: 'authz' } }),
		201
	);
	const spareFeed = await json<{ id: string }>(
		await call('/calendar/feeds', { token: stranger!.token, json: { name: 'spare' } }),
		201
	);
	const spareToken = await tokenFor(stranger!.email, PASSWORD);
	return {
		tokens: {
			admin: admin!,
			manager: manager!,
			otherManager: otherManager!,
			corporate: corporate!,
			otherCorporate: otherCorporate!.token,
			startup: startup!,
			otherStartup: otherStartup!.token,
			stranger: stranger!.token
		},
		ids: {
			center,
			corporate: corporateId,
			startup: await membership(startup!, 'startup'),
			challenge: await publicChallengeOf(corporate!, corporateId),
			application: await newApplication(
				otherCorporate!.token,
				otherCorporateId,
				otherStartup!.token,
				otherStartupId
			),
			event: events.hits.find((ev) => ev.centerId === center)!.id,
			collaboration,
			outcome: outcomes.hits[0]!.id,
			meetup: meetup.id,
			importJob: importJob.id,
			feed,
			spareFeed: spareFeed.id,
			strangerTokenId: stranger!.id,
			spareTokenId: spareToken.id
		}
	};
}

import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, call, sessionCookieFor } from './client';
import { createStartup, newAccount, type Account } from './catalog-helpers';

// Tenant isolation with marker strings: organization A (a private startup and a corporate with an NDA
// challenge) writes unique markers into every private place it has — profile, confidential details,
// an application's proposal, a meetup's note, an outcome's evidence. Organization B (another startup
// and another corporate), watching with live sockets, must never meet a marker: not in pages, their
// __data.json, API answers, search hits or facet counts, socket events or exports. Each check has a
// positive control: the rightful viewer sees the marker in the same place.

const tag = Date.now().toString(36);
const M = {
	profile: `MKRPROFILE${tag}`,
	details: `MKRDETAILS${tag}`,
	proposal: `MKRPROPOSAL${tag}`,
	meetup: `MKRMEETUP${tag}`,
	outcome: `MKROUTCOME${tag}`
};
const ALL = Object.values(M);
const PASSWORD = 'correct horse battery staple';

interface Party extends Account {
	id: string;
	cookie: string;
}

let startupA: Party;
let corporateA: Party;
let startupB: Party;
let corporateB: Party;
let challengeId: string;
let meetupId: string;
const heardByB: unknown[] = [];
const sockets: Socket[] = [];

const leaks = (text: string) => ALL.filter((m) => text.includes(m));

async function org(
	kind: 'startup' | 'corporate',
	label: string,
	fields: Record<string, unknown> = {}
): Promise<Party> {
	const account = await newAccount(label);
	const cookie = await sessionCookieFor(account.email, PASSWORD);
	if (kind === 'startup') {
		const startup = await createStartup(account.token, { name: `격리 ${label} ${tag}`, ...fields });
		return { ...account, cookie, id: startup.id };
	}
	const res = await call('/organizations', {
		token: account.token,
		json: { kind, name: `격리 ${label} ${tag}` }
	});
	expect(res.status).toBe(201);
	return { ...account, cookie, id: ((await res.json()) as { id: string }).id };
}

function listen(party: Party): Promise<void> {
	const socket = io(base, {
		transports: ['websocket'],
		auth: { token: party.token },
		reconnection: false,
		forceNew: true
	});
	sockets.push(socket);
	socket.onAny((event, ...args) => heardByB.push({ event, args }));
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
}

async function text(path: string, party?: Party): Promise<{ status: number; body: string }> {
	const res = await fetch(`${base}${path}`, {
		headers: party ? { authorization: `Bearer ${party.token}`, cookie: party.cookie } : {},
		redirect: 'manual'
	});
	return { status: res.status, body: await res.text() };
}

/** A page as B's browser gets it, and its data as client-side navigation would fetch it. */
async function pageAndData(path: string, party: Party): Promise<string> {
	const [page, data] = await Promise.all([
		fetch(`${base}${path}`, { headers: { cookie: party.cookie }, redirect: 'manual' }),
		fetch(
			`${base}${path.split('?')[0]!.replace(/\/$/, '')}/__data.json${path.includes('?') ? `?${path.split('?')[1]}` : ''}`,
			{
				headers: { cookie: party.cookie },
				redirect: 'manual'
			}
		)
	]);
	return (await page.text()) + (await data.text());
}

let facetTotalBefore = -1;
async function startupTotal(party: Party): Promise<number> {
	const res = await call('/startups?limit=1', { token: party.token });
	return ((await res.json()) as { total: number }).total;
}

beforeAll(async () => {
	startupB = await org('startup', 'iso-b-startup');
	corporateB = await org('corporate', 'iso-b-corporate');
	await Promise.all([listen(startupB), listen(corporateB)]);
	// Counted once B's own startup is in the index (the outbox drains every 500 ms), so only A's
	// private startup could still change the total.
	for (let i = 0; i < 40; i++) {
		const res = await call(`/startups?q=${encodeURIComponent(`iso-b-startup ${tag}`)}`, {
			token: startupB.token
		});
		if (((await res.json()) as { hits: { id: string }[] }).hits.some((h) => h.id === startupB.id)) break;
		await new Promise((r) => setTimeout(r, 250));
	}
	facetTotalBefore = await startupTotal(startupB);

	startupA = await org('startup', 'iso-a-startup', {
		visibility: 'private',
		summary: `비공개 요약 ${M.profile}`
	});
	corporateA = await org('corporate', 'iso-a-corporate');
	const challenge = await call('/challenges', {
		token: corporateA.token,
		json: {
			corporateId: corporateA.id,
			title: `격리 검증 과제 ${tag}`,
			teaser: '공개 요약만 보여야 합니다.',
			details: `기밀 상세 ${M.details}`,
			industries: ['energy'],
			confidentiality: 'nda',
			status: 'open'
		}
	});
	expect(challenge.status, await challenge.clone().text()).toBe(201);
	challengeId = ((await challenge.json()) as { id: string }).id;
	expect(
		(
			await call(`/challenges/${challengeId}/nda`, {
				token: startupA.token,
				json: { startupId: startupA.id }
			})
		).status
	).toBe(200);
	const applied = await call(`/challenges/${challengeId}/applications`, {
		token: startupA.token,
		json: { startupId: startupA.id, proposal: `제안서 ${M.proposal}` }
	});
	expect(applied.status, await applied.clone().text()).toBe(201);
	const startsAt = new Date(Date.now() + 230 * 86_400_000);
	startsAt.setUTCHours(2, 0, 0, 0);
	// Asked for by the startup: a private startup is unknown to corporates until it reaches out.
	const meetup = await call('/meetups', {
		token: startupA.token,
		json: {
			startupId: startupA.id,
			corporateId: corporateA.id,
			startsAt: startsAt.toISOString(),
			endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
			location: '판교',
			note: `미팅 메모 ${M.meetup}`
		}
	});
	expect(meetup.status, await meetup.clone().text()).toBe(201);
	meetupId = ((await meetup.json()) as { id: string }).id;
	const outcome = await call('/outcomes', {
		token: startupA.token,
		json: {
			startupId: startupA.id,
			corporateId: corporateA.id,
			kind: 'poc',
			occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
			note: `근거 ${M.outcome}`
		}
	});
	expect(outcome.status, await outcome.clone().text()).toBe(201);
	await new Promise((r) => setTimeout(r, 1500)); // the search outbox drains every 500 ms
}, 120_000);

afterAll(() => sockets.forEach((s) => s.disconnect()));

describe('tenant isolation with markers', () => {
	it('the rightful viewers see every marker (so the checks below can fail)', async () => {
		expect((await text(`/api/v1/startups/${startupA.id}`, startupA)).body).toContain(M.profile);
		expect((await text(`/api/v1/challenges/${challengeId}`, corporateA)).body).toContain(M.details);
		expect((await text(`/api/v1/challenges/${challengeId}/applications`, corporateA)).body).toContain(
			M.proposal
		);
		expect((await text(`/api/v1/meetups/${meetupId}`, startupA)).body).toContain(M.meetup);
		expect((await text(`/api/v1/outcomes`, startupA)).body).toContain(M.outcome);
		expect(await pageAndData(`/startups/${startupA.id}`, startupA)).toContain(M.profile);
		expect(
			await pageAndData(`/startups?q=${encodeURIComponent(`비공개 요약 iso-a-startup ${tag}`)}`, startupA)
		).toContain(M.profile);
		expect(await pageAndData(`/challenges/${challengeId}`, corporateA)).toContain(M.details);
	});

	it('B never meets them in the API, search hits or facet counts', async () => {
		for (const party of [startupB, corporateB]) {
			for (const path of [
				`/api/v1/startups/${startupA.id}`,
				`/api/v1/challenges/${challengeId}`,
				`/api/v1/challenges/${challengeId}/applications`,
				`/api/v1/meetups/${meetupId}`,
				`/api/v1/meetups`,
				`/api/v1/outcomes`,
				`/api/v1/collaborations`,
				`/api/v1/organizations/${startupA.id}`,
				`/api/v1/organizations/${startupA.id}/export`,
				`/api/v1/kpis`,
				...ALL.flatMap((m) => [
					`/api/v1/startups?q=${m}`,
					`/api/v1/challenges?q=${m}`,
					`/api/v1/organizations?q=${m}`
				])
			]) {
				const { body } = await text(path, party);
				expect(leaks(body), `${path} as ${party.email}`).toEqual([]);
			}
		}
		// A private startup is not counted in the totals and facets B sees.
		expect(await startupTotal(startupB)).toBe(facetTotalBefore);
	});

	it('B never meets them in pages or their __data.json', async () => {
		for (const party of [startupB, corporateB]) {
			for (const path of [
				`/startups/${startupA.id}`,
				`/challenges/${challengeId}`,
				`/organizations/${startupA.id}`,
				`/meetups`,
				`/matches`,
				`/notifications`,
				`/pipeline`,
				// A search page repeats its query, so it searches for the words around the markers: a leaked hit
				// would show its card, marker and all.
				`/startups?q=${encodeURIComponent(`비공개 요약 iso-a-startup ${tag}`)}`,
				`/challenges?q=${encodeURIComponent(`기밀 상세 격리 검증 과제 ${tag}`)}`
			]) {
				expect(leaks(await pageAndData(path, party)), `${path} as ${party.email}`).toEqual([]);
			}
		}
	});

	it('B never meets them in exports or calendar feeds', async () => {
		for (const party of [startupB, corporateB]) {
			for (const path of [
				'/api/v1/exports/startups.csv',
				'/api/v1/exports/kpis.csv',
				`/api/v1/meetups/${meetupId}/ics`
			]) {
				expect(leaks((await text(path, party)).body), `${path} as ${party.email}`).toEqual([]);
			}
			const feed = await call('/calendar/feeds', { token: party.token, json: { name: 'isolation' } });
			const { url } = (await feed.json()) as { url: string };
			expect(leaks(await (await fetch(url.startsWith('http') ? url : `${base}${url}`)).text())).toEqual([]);
		}
	});

	it("B's sockets heard none of A's changes", () => {
		expect(leaks(JSON.stringify(heardByB))).toEqual([]);
	});
});

import { expect } from 'vitest';
import { postForm } from './authz-pages-calls';
import { base, call, DEMO_PASSWORD, sessionCookieFor, tokenFor, uniqueEmail } from './client';

/**
 * The people and records the page authorization test needs: the demo tenants (as the owners), and
 * a second startup, a second corporate, a signed-in stranger and another center's manager (as the
 * outsiders). Writes only touch records created here.
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
	| 'stranger'
	/** Signed in with no organization, until it accepts the second corporate's invitation. */
	| 'invitee';

export interface World {
	cookies: Record<Exclude<Persona, 'anonymous'>, string>;
	ids: {
		center: string;
		corporate: string;
		startup: string;
		challenge: string;
		event: string;
		checkinCode: string;
		collaboration: string;
		/** A confirmed outcome on that collaboration. */
		outcome: string;
		otherCorporate: string;
		otherStartup: string;
		otherCenter: string;
		meetup: string;
		importJob: string;
		invitationToken: string;
	};
}

const PASSWORD = 'authz pages probe password';

async function json<T>(res: Response, status: number): Promise<T> {
	if (res.status !== status) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
	return (await res.json()) as T;
}

/** A new account, signed in both ways: an API token for setup and a session cookie for the pages. */
async function newAccount(label: string) {
	const email = uniqueEmail(`authz-${label}`);
	await json(await call('/users', { json: { email, password: PASSWORD, name: `Authz ${label}` } }), 201);
	return { token: (await tokenFor(email, PASSWORD)).token, cookie: await sessionCookieFor(email, PASSWORD) };
}

async function newOrganization(token: string, kind: 'startup' | 'corporate'): Promise<string> {
	const name = `Authz ${kind} ${Date.now().toString(36)}`;
	return (await json<{ id: string }>(await call('/organizations', { token, json: { kind, name } }), 201)).id;
}

async function onlyMembership(token: string, kind: string): Promise<string> {
	const me = await json<{ memberships: { organization: { id: string; kind: string } }[] }>(
		await call('/me', { token }),
		200
	);
	const found = me.memberships.find((m) => m.organization.kind === kind);
	if (!found) throw new Error(`no ${kind} membership`);
	return found.organization.id;
}

/** A public challenge of the demo corporate, as its owner lists it. */
async function challengeOf(token: string, corporateId: string): Promise<string> {
	const body = await json<{ hits: { id: string; corporate: { id: string }; confidentiality: string }[] }>(
		await call(`/challenges?limit=100&corporateId=${corporateId}`, { token }),
		200
	);
	const hit = body.hits.find((h) => h.corporate.id === corporateId && h.confidentiality === 'public');
	if (!hit) throw new Error('the demo corporate has no public challenge');
	return hit.id;
}

/** The check-in code on the participant's QR page (the page's own data, as the browser gets it). */
async function checkinCode(cookie: string, eventId: string): Promise<string> {
	const res = await fetch(`${base}/events/${eventId}/qr/__data.json`, { headers: { cookie } });
	const code = /\/checkin\/([A-Za-z0-9_-]+)/.exec(await res.text())?.[1];
	if (!code) throw new Error('no check-in code on the QR page');
	return code;
}

/** Far in the future on a weekday, so no other test's meetups clash with it. */
function meetupTime() {
	const d = new Date(Date.now() + 260 * 24 * 3600_000);
	d.setUTCHours(1, 0, 0, 0);
	while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setTime(d.getTime() + 24 * 3600_000);
	return { startsAt: d.toISOString(), endsAt: new Date(d.getTime() + 3600_000).toISOString() };
}

export async function buildWorld(): Promise<World> {
	const demo = async (email: string) => ({
		token: (await tokenFor(email)).token,
		cookie: await sessionCookieFor(email, DEMO_PASSWORD)
	});
	const [admin, manager, otherManager, corporate, startup] = await Promise.all(
		[
			'admin@example.com',
			'manager@example.com',
			'manager.seoul@example.com',
			'corporate@example.com',
			'startup@example.com'
		].map(demo)
	);
	const [otherCorporate, otherStartup, stranger, invitee] = await Promise.all(
		['corporate2', 'startup2', 'stranger', 'invitee'].map(newAccount)
	);
	const otherCorporateId = await newOrganization(otherCorporate!.token, 'corporate');
	const otherStartupId = await newOrganization(otherStartup!.token, 'startup');

	const center = await onlyMembership(manager!.token, 'center');
	const corporateId = await onlyMembership(corporate!.token, 'corporate');
	const startupId = await onlyMembership(startup!.token, 'startup');
	const events = await json<{ hits: { id: string; centerId: string }[] }>(
		await call('/events', { token: manager!.token }),
		200
	);
	const event = events.hits.find((e) => e.centerId === center)!.id;
	const collaborations = await json<{ hits: { id: string }[] }>(
		await call('/collaborations', { token: startup!.token }),
		200
	);
	const outcomes = await json<{ hits: { id: string; status: string }[] }>(
		await call(`/outcomes?collaborationId=${collaborations.hits[0]!.id}`, { token: startup!.token }),
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
			token: manager!.token,
			headers: { 'content-type': 'text/csv' },
			body: 'name,summary\nAuthz probe,a dry run only\n'
		}),
		200
	);
	const invited = await postForm(
		`/organizations/${otherCorporateId}/members?/invite`,
		otherCorporate!.cookie,
		{ role: 'member' }
	);
	const invitationToken = /\/invitations\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(await invited.text())?.[1];
	expect(invitationToken, 'the invite action shows its link once').toBeTruthy();
	return {
		cookies: {
			admin: admin!.cookie,
			manager: manager!.cookie,
			otherManager: otherManager!.cookie,
			corporate: corporate!.cookie,
			otherCorporate: otherCorporate!.cookie,
			startup: startup!.cookie,
			otherStartup: otherStartup!.cookie,
			stranger: stranger!.cookie,
			invitee: invitee!.cookie
		},
		ids: {
			center,
			corporate: corporateId,
			startup: startupId,
			challenge: await challengeOf(corporate!.token, corporateId),
			event,
			checkinCode: await checkinCode(startup!.cookie, event),
			collaboration: collaborations.hits[0]!.id,
			outcome: outcomes.hits.find((o) => o.status === 'confirmed')!.id,
			otherCorporate: otherCorporateId,
			otherStartup: otherStartupId,
			otherCenter: await onlyMembership(otherManager!.token, 'center'),
			meetup: meetup.id,
			importJob: importJob.id,
			invitationToken: invitationToken!
		}
	};
}

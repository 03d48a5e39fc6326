import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Persona, World } from './authz-pages-world';
import { base } from './client';

/** How the page authorization test calls the site: as a browser would, with or without a session. */

// This file's own client address (believed with TRUST_PROXY=1), so its form posts use their own
// rate-limit buckets.
const address = `198.19.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 254)}`;

/** A form POST as a browser without JavaScript sends it: same origin, urlencoded, HTML wanted. */
export function postForm(path: string, cookie: string | undefined, fields: Record<string, string> = {}) {
	const headers: Record<string, string> = {
		origin: base,
		accept: 'text/html',
		'x-forwarded-for': address,
		'content-type': 'application/x-www-form-urlencoded'
	};
	if (cookie) headers.cookie = cookie;
	return fetch(base + path, {
		method: 'POST',
		headers,
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual'
	});
}

/** Which record fills a route's `[id]`, by the route's start: the owning tenant's, always. */
const idFor: [prefix: string, id: (ids: World['ids']) => string][] = [
	['/challenges/', (ids) => ids.challenge],
	['/startups/', (ids) => ids.startup],
	['/corporates/', (ids) => ids.corporate],
	['/organizations/[id]/matching', (ids) => ids.center],
	['/organizations/', (ids) => ids.corporate],
	['/centers/', (ids) => ids.center],
	['/events/', (ids) => ids.event],
	['/collaborations/', (ids) => ids.collaboration],
	['/meetups/', (ids) => ids.meetup]
];

/** The route's URL with the world's records in its parameters. */
export function pathOf(world: World, route: string): string {
	const { ids } = world;
	const id = () => {
		const found = idFor.find(([prefix]) => route.startsWith(prefix));
		if (!found) throw new Error(`no record for [id] in ${route}: add one to idFor`);
		return found[1](ids);
	};
	const token = route.startsWith('/invitations') ? ids.invitationToken : 'not-a-real-token-AAAAAAAAAAAAAAAA';
	return route
		.replace('[id]', route.includes('[id]') ? id() : '')
		.replace('[jobId]', ids.importJob)
		.replace('[code]', ids.checkinCode)
		.replace('[token]', token)
		.replace('[file]', 'not-a-logo.png');
}

function cookieOf(world: World, persona: Persona): Record<string, string> {
	return persona === 'anonymous' ? {} : { cookie: world.cookies[persona] };
}

/** A page as a browser asks for it. */
export const get = (world: World, path: string, persona: Persona) =>
	fetch(base + path, { headers: { accept: 'text/html', ...cookieOf(world, persona) }, redirect: 'manual' });

interface DataNode {
	type: string;
	status?: number;
}

/** The `__data.json` a client-side navigation fetches for the page. */
export async function dataOf(world: World, path: string, persona: Persona) {
	const res = await fetch(`${base}${path.replace(/\/$/, '')}/__data.json`, {
		headers: cookieOf(world, persona),
		redirect: 'manual'
	});
	expect(res.status).toBe(200);
	return (await res.json()) as { type: string; location?: string; nodes?: (DataNode | null)[] };
}

/** What a refused call may answer: sign-in first, the page is not yours, or the form is refused. */
export async function expectRefused(res: Response, label: string) {
	const location = res.headers.get('location') ?? '';
	const refused =
		[400, 403, 404, 422].includes(res.status) || (res.status === 303 && location.startsWith('/login?next='));
	expect(refused, `${label}: ${res.status} ${location}`).toBe(true);
}

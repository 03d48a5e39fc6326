/**
 * What the load run needs from the demo data, found through the app's own endpoints: a session cookie
 * and an API token of the demo startup founder, that startup's id and a demo corporate's id.
 */
export const DEMO_EMAIL = 'startup@example.com';
const DEMO_PASSWORD = 'innomatch-demo';

export interface Demo {
	cookie: string;
	token: string;
	startupId: string;
	corporateId: string;
}

export async function signInDemo(baseUrl: string): Promise<Demo> {
	const cookie = await sessionCookie(baseUrl);
	const token = await apiToken(baseUrl);
	const me = (await getJson(baseUrl, '/api/v1/me', token)) as {
		memberships: { organization: { id: string; kind: string } }[];
	};
	const startup = me.memberships.find((m) => m.organization.kind === 'startup');
	if (!startup) throw new Error(`${DEMO_EMAIL} belongs to no startup`);
	const challenges = (await getJson(baseUrl, '/api/v1/challenges', token)) as {
		hits: { corporate: { id: string } }[];
	};
	const corporateId = challenges.hits[0]?.corporate.id;
	if (!corporateId) throw new Error('the demo data has no open challenge');
	return { cookie, token, startupId: startup.organization.id, corporateId };
}

/** Signs in through the site's form, as a browser does, and keeps the `name=value` of the session cookie. */
async function sessionCookie(baseUrl: string): Promise<string> {
	const res = await fetch(`${baseUrl}/login`, {
		method: 'POST',
		headers: { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: DEMO_EMAIL, password: DEMO_PASSWORD }).toString(),
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`sign-in as ${DEMO_EMAIL} set no session cookie (${res.status})`);
	return cookie.split(';')[0]!;
}

async function apiToken(baseUrl: string): Promise<string> {
	const res = await fetch(`${baseUrl}/api/v1/tokens`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'npm run load' })
	});
	if (res.status !== 201) throw new Error(`API token for ${DEMO_EMAIL}: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { token: string }).token;
}

export async function getJson(baseUrl: string, path: string, token: string): Promise<unknown> {
	const res = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
	if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
	return res.json();
}

/** POSTs JSON with the token; fails loudly on anything but the expected status. */
export async function postJson(
	baseUrl: string,
	path: string,
	token: string,
	body: unknown,
	expected: number
): Promise<unknown> {
	const res = await fetch(baseUrl + path, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (res.status !== expected) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
	return res.json();
}

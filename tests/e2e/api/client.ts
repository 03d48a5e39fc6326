import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** Plain-fetch helpers for the JSON API tests; no browser involved. */

export const base = inject('baseUrl');

export const DEMO_PASSWORD = 'innomatch-demo';

/*
 * One made-up client address per test file, sent as X-Forwarded-For. The server believes it only
 * with TRUST_PROXY=1; then each file has its own per-address rate-limit buckets and cannot starve the
 * others. Without it the header is ignored and every file shares 127.0.0.1's buckets.
 */
const address = `198.18.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 254)}`;

/** An address nobody else in this run uses; the server's database persists across test files. */
export function uniqueEmail(label: string): string {
	return `${label}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@example.com`;
}

interface CallInit {
	method?: string;
	token?: string;
	json?: unknown;
	headers?: Record<string, string>;
	body?: string;
}

/** Calls `/api/v1<path>` (or a path starting with /api/ as is), with a bearer token and a JSON body if given. */
export function call(path: string, init: CallInit = {}): Promise<Response> {
	const headers: Record<string, string> = { 'x-forwarded-for': address, ...init.headers };
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	let body = init.body;
	if (init.json !== undefined) {
		headers['content-type'] ??= 'application/json';
		body = JSON.stringify(init.json);
	}
	const url = path.startsWith('/api/') ? base + path : `${base}/api/v1${path}`;
	return fetch(url, {
		method: init.method ?? (body === undefined ? 'GET' : 'POST'),
		headers,
		body,
		redirect: 'manual'
	});
}

export interface Problem {
	type: string;
	title: string;
	status: number;
	detail?: string;
	errors?: Record<string, string[]>;
}

/** The problem document of an error response, after checking it is one. */
export async function problemOf(res: Response): Promise<Problem> {
	const type = res.headers.get('content-type') ?? '';
	if (!type.startsWith('application/problem+json'))
		throw new Error(`expected a problem document, got ${res.status} ${type}`);
	const body = (await res.json()) as Problem;
	if (body.status !== res.status)
		throw new Error(`problem status ${body.status} differs from HTTP ${res.status}`);
	return body;
}

/** A fresh API token for an account, failing loudly if the credentials are refused. */
export async function tokenFor(
	email: string,
	password = DEMO_PASSWORD
): Promise<{ token: string; id: string }> {
	const res = await call('/tokens', { json: { email, password, name: 'e2e' } });
	if (res.status !== 201) throw new Error(`token for ${email}: ${res.status} ${await res.text()}`);
	return (await res.json()) as { token: string; id: string };
}

/** Signs in through the site's form and returns the session cookie, as a browser would hold it. */
export async function sessionCookieFor(email: string, password = DEMO_PASSWORD): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		headers: {
			'x-forwarded-for': address,
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password }).toString(),
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`sign-in for ${email} set no session cookie (${res.status})`);
	return cookie.split(';')[0]!;
}

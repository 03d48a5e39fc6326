import { expect } from 'vitest';
import { challenges as seededChallenges } from '../../../seeds/data/challenges';
import { call, tokenFor, uniqueEmail } from './client';

/** Helpers shared by the catalog API tests: fresh accounts and startups, seeded rows, index lag. */

const PASSWORD = 'correct horse battery staple';

export interface Account {
	token: string;
	email: string;
}

/** A brand-new account with an API token, belonging to no organization yet. */
export async function newAccount(label: string): Promise<Account> {
	const email = uniqueEmail(label);
	const res = await call('/users', { json: { email, password: PASSWORD, name: `E2E ${label}` } });
	if (res.status !== 201) throw new Error(`sign-up ${email}: ${res.status} ${await res.text()}`);
	return { email, token: (await tokenFor(email, PASSWORD)).token };
}

export interface StartupBody {
	id: string;
	name: string;
	summary: string;
	industries: string[];
	techTags: string[];
	stage: string | null;
	region: string | null;
	seeking: string[];
	visibility: string;
	canEdit: boolean;
	[key: string]: unknown;
}

/** Registers a startup through the API as `token`, failing loudly unless it answers 201. */
export async function createStartup(
	token: string,
	fields: Record<string, unknown> = {}
): Promise<StartupBody> {
	const res = await call('/startups', {
		token,
		json: {
			name: `E2E 스타트업 ${Date.now().toString(36)}`,
			summary: '배터리 열폭주를 조기에 감지하는 센서 모듈',
			industries: ['energy'],
			techTags: ['battery', 'bms'],
			stage: 'seed',
			region: 'gwangju',
			seeking: ['poc'],
			visibility: 'public',
			...fields
		}
	});
	if (res.status !== 201) throw new Error(`create startup: ${res.status} ${await res.text()}`);
	return (await res.json()) as StartupBody;
}

/** A new account owning a new public startup: the usual applicant. */
export async function newStartupAccount(label: string): Promise<Account & { startup: StartupBody }> {
	const account = await newAccount(label);
	return { ...account, startup: await createStartup(account.token) };
}

export interface ChallengeHit {
	id: string;
	title: string;
	teaser: string;
	corporate: { id: string; name: string };
	industries: string[];
	regions: string[];
	collaborationTypes: string[];
	status: string;
	confidentiality: string;
	[key: string]: unknown;
}

/** The seed's record of a challenge, by slug. */
export function seeded(slug: string) {
	const found = seededChallenges.find((c) => c.slug === slug);
	if (!found) throw new Error(`no seeded challenge ${slug}`);
	return found;
}

/** Confidential details of every seeded `nda` and `invite` challenge. */
export const confidentialDetails = seededChallenges
	.filter((c) => c.confidentiality !== 'public')
	.map((c) => ({ slug: c.slug, details: c.details }));

/**
 * Distinctive pieces of a confidential text: its clauses of 12 characters or more. A leak cut into
 * highlight runs or truncated would still show most of them whole.
 */
export function fragmentsOf(text: string): string[] {
	return text
		.split(/[.,()"“”]/)
		.map((s) => s.trim())
		.filter((s) => s.length >= 12);
}

/** The first confidential fragment found in `body`, naming its challenge, or undefined. */
export function leakIn(body: string, secrets = confidentialDetails): string | undefined {
	for (const { slug, details } of secrets) {
		const fragment = fragmentsOf(details).find((f) => body.includes(f));
		if (fragment) return `${slug}: ${fragment}`;
	}
	return undefined;
}

/** A seeded challenge's list entry, found by its title among everything an admin may see. */
export async function seededChallenge(slug: string, adminToken: string): Promise<ChallengeHit> {
	const { title } = seeded(slug);
	for (let page = 1; page <= 20; page++) {
		const statuses = ['draft', 'open', 'screening', 'closed', 'archived'].map((s) => `status=${s}`).join('&');
		const res = await call(`/challenges?sort=newest&limit=100&page=${page}&${statuses}`, {
			token: adminToken
		});
		expect(res.status).toBe(200);
		const body = (await res.json()) as { hits: ChallengeHit[] };
		const hit = body.hits.find((h) => h.title === title);
		if (hit) return hit;
		if (body.hits.length < 100) break;
	}
	throw new Error(`seeded challenge ${slug} not found`);
}

/**
 * Retries `check` until it stops throwing: the search index follows Postgres through an outbox that
 * a worker drains every half second, so a new row is searchable a moment after it is written.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await check();
		} catch (e) {
			if (Date.now() > deadline) throw e;
			await new Promise((r) => setTimeout(r, 250));
		}
	}
}

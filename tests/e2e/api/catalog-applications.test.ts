import { beforeAll, describe, expect, it } from 'vitest';
import { call, problemOf, tokenFor } from './client';
import {
	newAccount,
	newStartupAccount,
	seededChallenge,
	type Account,
	type ChallengeHit,
	type StartupBody
} from './catalog-helpers';

// Applications and screening through the API, on an open challenge of the demo corporate's company,
// and the corporate profiles.

interface Application {
	id: string;
	challengeId: string;
	startupId: string;
	proposal: string;
	status: string;
	declineReason: string | null;
}

let admin: string;
let corporate: string;
let corporateId: string;
let challenge: ChallengeHit;
let applicant: Account & { startup: StartupBody };
let application: Application;

async function move(id: string, token: string, json: Record<string, unknown>) {
	return call(`/applications/${id}`, { method: 'PATCH', token, json });
}

beforeAll(async () => {
	admin = (await tokenFor('admin@example.com')).token;
	corporate = (await tokenFor('corporate@example.com')).token;
	const me = await (await call('/me', { token: corporate })).json();
	// The demo corporate belongs to KEPCO (and to any corporates other tests created for it).
	const kepco = me.memberships.find(
		(m: { organization: { kind: string; nameEn: string | null } }) =>
			m.organization.kind === 'corporate' && m.organization.nameEn === 'KEPCO'
	);
	expect(kepco, 'the demo corporate is a member of KEPCO').toBeDefined();
	corporateId = kepco.organization.id;
	challenge = await seededChallenge('kepco-ev-smart-charging', admin);
	expect(challenge).toMatchObject({ status: 'open', corporate: { id: corporateId } });
	applicant = await newStartupAccount('applicant');
});

describe('POST /api/v1/challenges/:id/applications', () => {
	it('accepts an application with 201, and refuses a second one by the same startup with 409', async () => {
		const res = await call(`/challenges/${challenge.id}/applications`, {
			token: applicant.token,
			json: {
				startupId: applicant.startup.id,
				proposal: '충전 부하를 15분 단위로 예측해 분산합니다. PoC 6주.'
			}
		});
		expect(res.status).toBe(201);
		application = await res.json();
		expect(application).toMatchObject({
			challengeId: challenge.id,
			startupId: applicant.startup.id,
			status: 'submitted',
			declineReason: null
		});

		const again = await call(`/challenges/${challenge.id}/applications`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id, proposal: 'Once more' }
		});
		expect(again.status).toBe(409);
		expect((await problemOf(again)).errors?.startupId).toBeDefined();
	});

	it('refuses an application for a startup the caller does not belong to with 403', async () => {
		const other = await newStartupAccount('not-mine');
		const res = await call(`/challenges/${challenge.id}/applications`, {
			token: applicant.token,
			json: { startupId: other.startup.id, proposal: 'On their behalf' }
		});
		expect(res.status).toBe(403);
		await problemOf(res);
	});

	it('refuses an application to a challenge no longer open with 409', async () => {
		const screening = await seededChallenge('kepco-power-data-open', admin);
		expect(screening.status).toBe('screening');
		const res = await call(`/challenges/${screening.id}/applications`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id, proposal: 'Too late?' }
		});
		expect(res.status).toBe(409);
		await problemOf(res);
	});

	it('names every invalid field with 422', async () => {
		const res = await call(`/challenges/${challenge.id}/applications`, {
			token: applicant.token,
			json: { startupId: 'nope', proposal: '' }
		});
		expect(res.status).toBe(422);
		const problem = await problemOf(res);
		expect(problem.errors?.startupId).toBeDefined();
		expect(problem.errors?.proposal).toBeDefined();
	});
});

describe('screening', () => {
	it('lists the applications to the corporate that runs the challenge, and to nobody else', async () => {
		const res = await call(`/challenges/${challenge.id}/applications?limit=100`, { token: corporate });
		expect(res.status).toBe(200);
		const page = await res.json();
		expect(page).toMatchObject({ page: 1, limit: 100 });
		const mine = page.hits.find((h: Application) => h.id === application.id);
		expect(mine).toMatchObject({
			status: 'submitted',
			proposal: application.proposal,
			startup: { id: applicant.startup.id, name: applicant.startup.name }
		});
		const declined = await (
			await call(`/challenges/${challenge.id}/applications?status=declined&status=withdrawn`, {
				token: corporate
			})
		).json();
		expect(declined.hits.map((h: Application) => h.id)).not.toContain(application.id);

		expect((await call(`/challenges/${challenge.id}/applications`, { token: applicant.token })).status).toBe(
			404
		);
		expect((await call(`/challenges/${challenge.id}/applications`)).status).toBe(401);
	});

	it('lets the corporate shortlist an application', async () => {
		const res = await move(application.id, corporate, { status: 'shortlisted', expectedStatus: 'submitted' });
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ id: application.id, status: 'shortlisted' });
		const page = await (
			await call(`/challenges/${challenge.id}/applications?status=shortlisted`, { token: corporate })
		).json();
		expect(page.hits.map((h: Application) => h.id)).toContain(application.id);
	});

	it('refuses a change based on a status that is no longer current with 409', async () => {
		const res = await move(application.id, corporate, { status: 'shortlisted', expectedStatus: 'submitted' });
		expect(res.status).toBe(409);
		expect((await problemOf(res)).type).toMatch(/stale$/);
	});

	it('refuses a decline without a reason with 422 naming the field', async () => {
		const res = await move(application.id, corporate, { status: 'declined', expectedStatus: 'shortlisted' });
		expect(res.status).toBe(422);
		expect((await problemOf(res)).errors?.reason).toBeDefined();
	});

	it('keeps screening moves from the startup and the application from strangers', async () => {
		const bySelf = await move(application.id, applicant.token, { status: 'meetup' });
		expect(bySelf.status).toBe(403);
		await problemOf(bySelf);
		const stranger = await newAccount('screen-stranger');
		expect((await move(application.id, stranger.token, { status: 'withdrawn' })).status).toBe(404);
		expect((await move(crypto.randomUUID(), corporate, { status: 'shortlisted' })).status).toBe(404);
		expect((await move('not-a-uuid', corporate, { status: 'shortlisted' })).status).toBe(404);
	});

	it('declines with a reason code the startup sees, after which the application stays declined', async () => {
		const res = await move(application.id, corporate, {
			status: 'declined',
			reason: 'too_early',
			note: '양산 실적이 생기면 다시 이야기해요.',
			expectedStatus: 'shortlisted'
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'declined', declineReason: 'too_early' });
		const reopen = await move(application.id, corporate, { status: 'shortlisted' });
		expect(reopen.status).toBe(409);
		await problemOf(reopen);
	});

	it('lets a startup withdraw its own application', async () => {
		const second = await newStartupAccount('withdrawer');
		const applied = await call(`/challenges/${challenge.id}/applications`, {
			token: second.token,
			json: { startupId: second.startup.id, proposal: 'Second thoughts ahead' }
		});
		expect(applied.status).toBe(201);
		const { id } = await applied.json();
		const res = await move(id, second.token, { status: 'withdrawn', expectedStatus: 'submitted' });
		expect(res.status).toBe(200);
		expect((await res.json()).status).toBe('withdrawn');
	});
});

describe('corporate profiles', () => {
	it('shows a corporate to anyone, and says who may edit it', async () => {
		const res = await call(`/corporates/${corporateId}`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toMatchObject({ id: corporateId, name: '한국전력공사', nameEn: 'KEPCO', canEdit: false });
		expect(body.industries).toContain('energy');
		expect((await (await call(`/corporates/${corporateId}`, { token: corporate })).json()).canEdit).toBe(
			true
		);
		expect((await call(`/corporates/${applicant.startup.id}`)).status).toBe(404);
	});

	it('changes only the fields sent, for its own people only', async () => {
		const owner = await newAccount('corp-owner');
		const created = await call('/organizations', {
			token: owner.token,
			json: { kind: 'corporate', name: `E2E 오픈이노 ${Date.now()}`, region: 'busan' }
		});
		expect(created.status).toBe(201);
		const org = await created.json();
		const res = await call(`/corporates/${org.id}`, {
			method: 'PATCH',
			token: owner.token,
			json: { focusAreas: '물류 자동화, 항만 데이터', industries: ['logistics'] }
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			name: org.name,
			region: 'busan',
			focusAreas: '물류 자동화, 항만 데이터',
			industries: ['logistics']
		});

		const unknown = await call(`/corporates/${org.id}`, {
			method: 'PATCH',
			token: owner.token,
			json: { industries: ['piracy'] }
		});
		expect(unknown.status).toBe(422);
		expect((await problemOf(unknown)).errors?.['industries.0']).toBeDefined();
		const stranger = await call(`/corporates/${org.id}`, {
			method: 'PATCH',
			token: applicant.token,
			json: { name: 'Taken over' }
		});
		expect(stranger.status).toBe(403);
		expect((await (await call(`/corporates/${org.id}`)).json()).name).toBe(org.name);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeAccess, type ChallengeGate } from '../../src/lib/server/catalog/entitlement';
import { ANONYMOUS, type Viewer } from '../../src/lib/server/catalog/viewer';

const CORP = 'corp';
const CENTER = 'center';
const gate = (over: Partial<ChallengeGate> = {}): ChallengeGate => ({
	corporateId: CORP,
	hostCenterId: CENTER,
	status: 'open',
	confidentiality: 'public',
	ndaTermsVersion: 1,
	...over
});
const startupViewer: Viewer = {
	...ANONYMOUS,
	user: { id: 'u', email: 'u@x', name: 'u', locale: 'ko', timeZone: 'Asia/Seoul', isAdmin: false },
	organizationIds: ['s1'],
	startupIds: ['s1']
};
const none = { invitedStartupIds: [], ndaStartupIds: [] };

describe('challenge confidentiality rule', () => {
	it('gives managers everything, whatever the state', () => {
		const corpMember = { ...startupViewer, organizationIds: [CORP], startupIds: [], corporateIds: [CORP] };
		const centerManager = {
			...startupViewer,
			organizationIds: [CENTER],
			startupIds: [],
			managedCenterIds: [CENTER]
		};
		for (const status of ['draft', 'open', 'archived']) {
			for (const confidentiality of ['public', 'nda', 'invite']) {
				expect(challengeAccess(corpMember, gate({ status, confidentiality }), none)).toMatchObject({
					visible: true,
					details: true,
					manages: true
				});
				expect(challengeAccess(centerManager, gate({ status, confidentiality }), none).details).toBe(true);
			}
		}
	});

	it('hides drafts and archived challenges from everyone else', () => {
		expect(challengeAccess(startupViewer, gate({ status: 'draft' }), none).visible).toBe(false);
		expect(challengeAccess(ANONYMOUS, gate({ status: 'archived' }), none).visible).toBe(false);
	});

	it('offers NDA terms to a startup and opens details only after acceptance', () => {
		expect(challengeAccess(startupViewer, gate({ confidentiality: 'nda' }), none)).toMatchObject({
			visible: true,
			details: false,
			ndaOffered: true
		});
		expect(
			challengeAccess(startupViewer, gate({ confidentiality: 'nda' }), {
				invitedStartupIds: [],
				ndaStartupIds: ['s1']
			}).details
		).toBe(true);
		expect(challengeAccess(ANONYMOUS, gate({ confidentiality: 'nda' }), none)).toMatchObject({
			details: false,
			ndaOffered: false
		});
	});

	it('makes invite challenges exist only for invited startups', () => {
		expect(challengeAccess(startupViewer, gate({ confidentiality: 'invite' }), none).visible).toBe(false);
		expect(
			challengeAccess(startupViewer, gate({ confidentiality: 'invite' }), {
				invitedStartupIds: ['s1'],
				ndaStartupIds: []
			}).details
		).toBe(true);
	});

	it('never shows details without visibility, for any combination (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('draft', 'open', 'screening', 'closed', 'archived', 'weird'),
				fc.constantFrom('public', 'nda', 'invite', 'weird'),
				fc.boolean(),
				fc.boolean(),
				fc.boolean(),
				(status, confidentiality, invited, accepted, signedIn) => {
					const viewer = signedIn ? startupViewer : ANONYMOUS;
					const a = challengeAccess(viewer, gate({ status, confidentiality }), {
						invitedStartupIds: invited && signedIn ? ['s1'] : [],
						ndaStartupIds: accepted && signedIn ? ['s1'] : []
					});
					if (a.details) expect(a.visible).toBe(true);
					if (!signedIn) expect(a.details && confidentiality !== 'public').toBe(false);
					if (confidentiality === 'nda' && !(accepted && signedIn)) expect(a.details).toBe(false);
				}
			)
		);
	});
});

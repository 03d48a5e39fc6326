import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import {
	acceptInvitation,
	accessTo,
	createInvitation,
	createOrganization,
	listOrganizations,
	removeMember
} from '../../src/lib/server/accounts/organizations';
import { DomainError } from '../../src/lib/server/errors';
import { createTestDatabase } from './helpers/db';
import { createCenter, createOrg, createUser } from './helpers/factories';

let h: DatabaseHandle;
beforeAll(async () => {
	h = await createTestDatabase();
});
afterAll(async () => {
	await h.close();
});

describe('creating organizations', () => {
	it('makes the creator the owner of a new startup with an empty profile, all in one transaction', async () => {
		const founder = await createUser(h.db);
		const org = await createOrganization(h.db, founder, {
			kind: 'startup',
			name: '에코차지 EcoCharge',
			region: 'gangwon'
		});
		expect(await accessTo(h.db, founder, org.id)).toBe('owner');
		const profile = await h.db
			.selectFrom('startupProfiles')
			.select('visibility')
			.where('organizationId', '=', org.id)
			.executeTakeFirst();
		expect(profile?.visibility).toBe('public');
	});

	it('refuses an unknown region code with 422 and writes nothing', async () => {
		const founder = await createUser(h.db);
		await expect(
			createOrganization(h.db, founder, { kind: 'startup', name: 'Nowhere Inc', region: 'atlantis' })
		).rejects.toMatchObject({
			status: 422,
			field: 'region'
		});
		expect(
			await h.db.selectFrom('organizations').select('id').where('name', '=', 'Nowhere Inc').executeTakeFirst()
		).toBeUndefined();
	});

	it('lets a center manager register a company on its behalf as steward, and nobody else', async () => {
		const manager = await createUser(h.db);
		const center = await createCenter(h.db, manager);
		const org = await createOrganization(h.db, manager, {
			kind: 'startup',
			name: '강원 바이오랩',
			stewardCenterId: center.id
		});
		expect(await accessTo(h.db, manager, org.id)).toBe('steward');
		const row = await h.db
			.selectFrom('organizations')
			.select(['homeCenterId', 'stewardCenterId'])
			.where('id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ homeCenterId: center.id, stewardCenterId: center.id });

		const outsider = await createUser(h.db);
		await expect(
			createOrganization(h.db, outsider, { kind: 'startup', name: 'x', stewardCenterId: center.id })
		).rejects.toMatchObject({
			status: 403
		});
	});
});

describe('visibility', () => {
	it('hides private startups from outsiders and members-only ones from visitors', async () => {
		const owner = await createUser(h.db);
		const privateOrg = await createOrg(h.db, owner, 'startup', 'SecretCo-비공개');
		const membersOrg = await createOrg(h.db, owner, 'startup', 'MembersCo-회원공개');
		await h.db
			.updateTable('startupProfiles')
			.set({ visibility: 'private' })
			.where('organizationId', '=', privateOrg.id)
			.execute();
		await h.db
			.updateTable('startupProfiles')
			.set({ visibility: 'members' })
			.where('organizationId', '=', membersOrg.id)
			.execute();
		const names = async (viewer: Parameters<typeof listOrganizations>[1]) =>
			(await listOrganizations(h.db, viewer, { q: 'Co-', page: 1, limit: 100 })).hits.map((o) => o.name);

		expect(await names(undefined)).toEqual([]);
		const stranger = await createUser(h.db);
		expect(await names(stranger)).toEqual(['MembersCo-회원공개']);
		expect((await names(owner)).sort()).toEqual(['MembersCo-회원공개', 'SecretCo-비공개']);
	});
});

describe('invitations and members', () => {
	it('adds the invitee with the invited role, once', async () => {
		const owner = await createUser(h.db);
		const org = await createOrg(h.db, owner, 'corporate');
		const invitee = await createUser(h.db);
		const { token } = await createInvitation(h.db, owner, org.id, { role: 'member' });
		await acceptInvitation(h.db, invitee, token);
		expect(await accessTo(h.db, invitee, org.id)).toBe('member');
		const third = await createUser(h.db);
		await expect(acceptInvitation(h.db, third, token)).rejects.toMatchObject({ code: 'invitation_invalid' });
	});

	it('refuses invitations from a plain member, and links addressed to another email', async () => {
		const owner = await createUser(h.db);
		const org = await createOrg(h.db, owner, 'corporate');
		const member = await createUser(h.db);
		await acceptInvitation(
			h.db,
			member,
			(await createInvitation(h.db, owner, org.id, { role: 'member' })).token
		);
		await expect(createInvitation(h.db, member, org.id, { role: 'owner' })).rejects.toBeInstanceOf(
			DomainError
		);

		const addressed = await createInvitation(h.db, owner, org.id, {
			role: 'member',
			email: 'someone@test.example'
		});
		const wrongPerson = await createUser(h.db);
		await expect(acceptInvitation(h.db, wrongPerson, addressed.token)).rejects.toMatchObject({
			code: 'invitation_invalid'
		});
	});

	it('never removes the last owner', async () => {
		const owner = await createUser(h.db);
		const org = await createOrg(h.db, owner, 'startup');
		await expect(removeMember(h.db, owner, org.id, owner.id)).rejects.toMatchObject({
			code: 'last_owner',
			status: 409
		});
		expect(await accessTo(h.db, owner, org.id)).toBe('owner');
	});

	it('hands a stewarded company to its people when an owner accepts', async () => {
		const manager = await createUser(h.db);
		const center = await createCenter(h.db, manager);
		const org = await createOrganization(h.db, manager, {
			kind: 'startup',
			name: '청구 대기 스타트업',
			stewardCenterId: center.id
		});
		const founder = await createUser(h.db);
		await acceptInvitation(
			h.db,
			founder,
			(await createInvitation(h.db, manager, org.id, { role: 'owner' })).token
		);
		expect(await accessTo(h.db, founder, org.id)).toBe('owner');
		expect(await accessTo(h.db, manager, org.id)).toBeUndefined();
	});
});

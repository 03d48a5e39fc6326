import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { inviteInput } from '$lib/server/accounts/schema';
import {
	createInvitation,
	listInvitations,
	listMembers,
	removeMember,
	revokeInvitation
} from '$lib/server/accounts/organizations';
import { notFound } from '$lib/server/errors';
import { failFromDomain, parseForm } from '$lib/server/http/form';
import { announceMembership } from '$lib/server/notifications/service';
import { db, runtime } from '$lib/server/runtime';
import { requireOrganizationAccess } from '../access.server';

export const load = (async (event) => {
	const { user, org, access, canAdminister } = await requireOrganizationAccess(event);
	event.depends('app:members');
	const [members, invitations] = await Promise.all([
		listMembers(db(), org.id),
		canAdminister ? listInvitations(db(), org.id) : []
	]);
	return {
		org: {
			id: org.id,
			kind: org.kind,
			name: org.name,
			nameEn: org.nameEn,
			stewardCenterId: org.stewardCenterId
		},
		access,
		canAdminister,
		members,
		invitations,
		me: user.id,
		created: event.url.searchParams.has('created'),
		timeZone: user.timeZone
	};
}) satisfies PageServerLoad;

const revokeInput = z.object({ invitationId: z.string().min(1).max(100) });
const removeInput = z.object({ userId: z.uuid() });

export const actions = {
	invite: async (event) => {
		const { user, org } = await requireOrganizationAccess(event);
		const parsed = await parseForm(event, inviteInput);
		if ('failure' in parsed) return parsed.failure;
		try {
			const { token } = await createInvitation(db(), user, org.id, parsed.data);
			// Shown once: only a hash of the secret is stored.
			const link = `${runtime().config.origin ?? event.url.origin}/invitations/${token}`;
			return { invited: { link, role: parsed.data.role, email: parsed.data.email ?? null } };
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
	},
	revoke: async (event) => {
		const { user, org } = await requireOrganizationAccess(event);
		const parsed = await parseForm(event, revokeInput);
		if ('failure' in parsed) return parsed.failure;
		try {
			await revokeInvitation(db(), user, org.id, parsed.data.invitationId);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		return { revoked: true as const };
	},
	remove: async (event) => {
		const { user, org } = await requireOrganizationAccess(event);
		const parsed = await parseForm(event, removeInput);
		if ('failure' in parsed) return parsed.failure;
		const member = (await listMembers(db(), org.id)).find((m) => m.id === parsed.data.userId);
		if (!member) return failFromDomain(notFound(), event, parsed.values);
		try {
			await removeMember(db(), user, org.id, member.id);
		} catch (e) {
			return failFromDomain(e, event, parsed.values);
		}
		announceMembership(org, { userId: member.id, name: member.name, role: null });
		if (member.id === user.id) redirect(303, '/organizations/mine');
		return { removed: member.name };
	}
} satisfies Actions;

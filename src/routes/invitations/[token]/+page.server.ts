import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { acceptInvitation, previewInvitation, roleIn } from '$lib/server/accounts/organizations';
import { findOrganization, listOwnerIds } from '$lib/server/accounts/stats';
import { requireUser } from '$lib/server/auth/guards';
import { failFromDomain } from '$lib/server/http/form';
import { announceMembership, emitNotifications, notify } from '$lib/server/notifications/service';
import { db } from '$lib/server/runtime';

// The token is in the path: keep it out of Referer headers sent to other sites. Not `no-referrer`:
// with it browsers send `Origin: null` on the form's POST, which the same-origin check refuses.
const sameOriginReferrer = { 'referrer-policy': 'same-origin' };

export const load = (async ({ locals, params, setHeaders }) => {
	setHeaders(sameOriginReferrer);
	const preview = await previewInvitation(db(), params.token);
	if (!preview) return { invitation: null };
	const user = locals.user;
	const org = await findOrganization(db(), preview.organizationId);
	return {
		invitation: {
			organization: {
				id: preview.organizationId,
				name: preview.name,
				nameEn: org?.nameEn ?? null,
				kind: preview.kind
			},
			role: preview.role,
			// Whether it is addressed to one person, never to whom: the link may have been forwarded.
			addressed: preview.email !== null
		},
		alreadyMember: user ? (await roleIn(db(), user.id, preview.organizationId)) !== undefined : false,
		wrongAccount: Boolean(user && preview.email && preview.email.toLowerCase() !== user.email.toLowerCase())
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		let organizationId: string;
		try {
			({ organizationId } = await acceptInvitation(db(), user, event.params.token));
		} catch (e) {
			return failFromDomain(e, event, {});
		}
		// Committed: now tell the owners and everyone watching the organization's members.
		const [org, role, ownerIds] = await Promise.all([
			findOrganization(db(), organizationId),
			roleIn(db(), user.id, organizationId),
			listOwnerIds(db(), organizationId)
		]);
		if (org && role) {
			const rows = await notify(
				db(),
				ownerIds.filter((id) => id !== user.id),
				'membership.joined',
				{ organizationId, organizationName: org.name, userId: user.id, userName: user.name, role }
			);
			emitNotifications(rows);
			announceMembership(org, { userId: user.id, name: user.name, role });
		}
		redirect(303, `/organizations/${organizationId}?joined=1`);
	}
} satisfies Actions;

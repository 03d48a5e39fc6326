import { z } from 'zod';

// Shared by the forms and the JSON API, and the source of the OpenAPI document.

export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const personName = z.string().trim().min(1).max(100);
export const locale = z.enum(['ko', 'en']);
const newPassword = z.string().min(1).max(256);

export const signUpInput = z
	.object({ email, password: newPassword, name: personName, locale: locale.optional() })
	.meta({ id: 'SignUpInput' });
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z
	.object({ email, password: z.string().min(1).max(256) })
	.meta({ id: 'SignInInput' });

export const tokenInput = z
	.object({
		email,
		password: z.string().min(1).max(256),
		name: z.string().trim().min(1).max(100).optional()
	})
	.meta({ id: 'TokenInput' });

export const resetRequestInput = z.object({ email });
export const resetInput = z.object({ token: z.string().min(1).max(200), password: newPassword });
// Typed twice because the field is masked: a typo would otherwise lock the person out of their account.
export const changePasswordInput = z
	.object({ currentPassword: z.string().min(1).max(256), newPassword, confirmPassword: z.string().max(256) })
	.refine((p) => p.newPassword === p.confirmPassword, {
		message: 'passwords_differ',
		path: ['confirmPassword']
	})
	.meta({ id: 'ChangePasswordInput' });

export const profileInput = z.object({
	name: personName,
	locale,
	timeZone: z
		.string()
		.min(1)
		.max(64)
		.refine((tz) => {
			try {
				new Intl.DateTimeFormat('en', { timeZone: tz });
				return true;
			} catch {
				return false;
			}
		}, 'unknown time zone')
});

export const organizationKind = z.enum(['startup', 'corporate', 'center']);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.transform((v) => (v === '' ? undefined : v))
		.optional();

export const createOrganizationInput = z
	.object({
		kind: z.enum(['startup', 'corporate']),
		name: z.string().trim().min(1).max(120),
		nameEn: optionalText(120),
		region: optionalText(40),
		website: z
			.string()
			.trim()
			.max(300)
			.transform((v) => (v === '' ? undefined : v))
			.pipe(z.url({ protocol: /^https?$/ }).optional())
			.optional(),
		description: optionalText(4000),
		/** A center manager registering a company on its behalf names the center that will steward it. */
		stewardCenterId: z.uuid().optional()
	})
	.meta({ id: 'CreateOrganizationInput' });
export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;

export const updateOrganizationInput = createOrganizationInput.omit({ kind: true, stewardCenterId: true });

export const inviteInput = z.object({
	role: z.enum(['owner', 'member']).default('member'),
	email: z
		.string()
		.trim()
		.transform((v) => (v === '' ? undefined : v))
		.pipe(z.email().optional())
		.optional()
});

export const listQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	limit: z.coerce.number().int().min(1).max(100).default(20)
});

export const organizationsQuery = listQuery.extend({
	kind: organizationKind.optional(),
	q: z.string().trim().max(100).optional()
});

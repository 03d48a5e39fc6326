/**
 * What the matching endpoints read: a stance (`PUT /interests`) and the size of a ranking. The endpoints
 * validate with these and the OpenAPI document is generated from them.
 */
import 'zod-openapi'; // types the OpenAPI keys of `.meta()`
import { z } from 'zod';

export const stance = z.enum(['must_meet', 'meet', 'no_thanks']).meta({
	description:
		'`must_meet` and `meet` are positive; two positive stances make a mutual match. `no_thanks` removes the pair from both sides’ recommendations.'
});

/** One organization's stance on another organization, or on a challenge. */
export const interestInput = z
	.object({
		fromOrgId: z.uuid().meta({ description: 'The organization taking the stance; the caller acts for it.' }),
		toOrgId: z.uuid().optional().meta({
			description: 'The startup (from a corporate) or corporate (from a startup) the stance is about.'
		}),
		challengeId: z.uuid().optional().meta({
			description:
				'The challenge the stance is about: a startup’s stance on the challenge, or a corporate’s stance on a startup (`toOrgId`) for this challenge.'
		}),
		stance
	})
	.refine((i) => i.toOrgId !== undefined || i.challengeId !== undefined, {
		message: 'required',
		path: ['toOrgId']
	})
	.meta({ id: 'InterestInput' });
export type InterestInput = z.infer<typeof interestInput>;

/** How many matches to return, best first. */
export const matchesQuery = z.object({
	limit: z.coerce.number().int().min(1).max(100).default(20)
});

const weightField = z.coerce.number().int().min(0).max(100);

/** The weights page's fields (and `PUT /centers/:id/matching-weights`): one whole number 0–100 per factor. */
export const weightsInput = z
	.object({
		industry: weightField,
		techOverlap: weightField,
		text: weightField,
		stage: weightField,
		collaboration: weightField,
		region: weightField,
		stance: weightField
	})
	.meta({ id: 'MatchingWeightsInput' });
export type WeightsInput = z.infer<typeof weightsInput>;

/** True when every weight is zero: nothing would rank (saving such weights is refused). */
export const allZero = (w: WeightsInput) => Object.values(w).every((v) => v === 0);

import { z } from 'zod';
import type {
	oas31,
	ZodOpenApiRequestBodyObject,
	ZodOpenApiResponseObject,
	ZodOpenApiResponsesObject
} from 'zod-openapi';
import { problem } from './schemas';

/** Building blocks the per-feature path modules share, so every operation documents errors alike. */

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
	400: 'Malformed JSON.',
	401: 'Not signed in: pass a bearer token or a session cookie.',
	403: 'Not allowed, or a cross-site request carrying a session cookie.',
	404: 'Not found, or not visible to the caller.',
	409: 'Conflicts with the current state.',
	413: 'The body is larger than 256 KiB.',
	415: 'The body is not `application/json`.',
	422: 'Some fields are invalid; `errors` names each one.',
	429: 'Too many attempts; retry after `Retry-After` seconds.'
};

const retryAfter = z.object({
	'retry-after': z.int().min(1).meta({ description: 'Seconds until the next attempt is allowed.' })
});

/** A problem response; `description` replaces the generic one where the operation says more. */
export function problemResponse(
	status: ProblemStatus,
	description = PROBLEM_DESCRIPTIONS[status]
): ZodOpenApiResponseObject {
	return {
		description,
		content: { 'application/problem+json': { schema: problem } },
		...(status === 429 ? { headers: retryAfter } : {})
	};
}

/** Problem responses for several statuses at once, with the generic descriptions. */
export function problems(...statuses: ProblemStatus[]): ZodOpenApiResponsesObject {
	return Object.fromEntries(statuses.map((s) => [String(s), problemResponse(s)]));
}

/** The failures any JSON body can cause before the handler looks at it. */
export const bodyProblems = (): ZodOpenApiResponsesObject => problems(400, 413, 415, 422);

export function jsonBody(schema: z.ZodType): ZodOpenApiRequestBodyObject {
	return { required: true, content: { 'application/json': { schema } } };
}

export function jsonResponse(description: string, schema: z.ZodType): ZodOpenApiResponseObject {
	return { description, content: { 'application/json': { schema } } };
}

/** Who may call an operation; the document-wide default is `signedIn`. */
const signedIn: oas31.SecurityRequirementObject[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

export const access = {
	/** Anyone; credentials are ignored. */
	public: [] as oas31.SecurityRequirementObject[],
	/** Anyone; what comes back depends on who is asking. */
	optional: [{}, ...signedIn],
	signedIn
} satisfies Record<string, oas31.SecurityRequirementObject[]>;

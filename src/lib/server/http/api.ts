import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError } from '$lib/server/errors';
import { logger } from '$lib/server/log';
import type { SessionUser } from '$lib/server/auth/session';
import { ApiProblem, problem, STATUS_TITLES } from './problem';
import { domainMessage, fieldErrors } from './messages';
import { clientAddress } from './client-address';
import { fieldsWithNul } from './nul';
import type { RateLimiter } from '$lib/server/auth/rate-limit';
import { m } from '$lib/paraglide/messages';

/** JSON bodies above this are refused with 413 before they are read. */
export const MAX_JSON_BYTES = 256 * 1024;

type ApiHandler = (event: RequestEvent) => Promise<Response>;

/** Wraps an endpoint so every thrown error becomes a problem document, never a bare 500 page. */
export function api(handler: ApiHandler): ApiHandler {
	return async (event) => {
		try {
			return await handler(event);
		} catch (e) {
			return toProblem(e, event);
		}
	};
}

export function toProblem(e: unknown, event: RequestEvent): Response {
	const locale = event.locals.locale ?? 'ko';
	if (e instanceof ApiProblem) return problem(e.status, e.init);
	if (e instanceof DomainError) {
		const detail = domainMessage(e, locale);
		const headers: Record<string, string> = {};
		if (e.code === 'rate_limited') headers['retry-after'] = String(e.details.retryAfterSeconds ?? 60);
		return problem(e.status, {
			title: STATUS_TITLES[e.status] ?? 'Error',
			detail,
			type: `https://innomatch.dev/problems/${e.code}`,
			...(e.field ? { errors: { [e.field]: [detail] } } : {}),
			headers
		});
	}
	logger.error({ err: e, errorId: event.locals.requestId, path: event.url.pathname }, 'api error');
	return problem(500, { title: STATUS_TITLES[500]!, detail: `Error id ${event.locals.requestId}` });
}

export function requireApiUser(event: RequestEvent): SessionUser {
	if (!event.locals.user) {
		throw new ApiProblem(401, {
			title: STATUS_TITLES[401]!,
			detail: m.api_unauthorized({}, { locale: event.locals.locale ?? 'ko' }),
			headers: { 'www-authenticate': 'Bearer' }
		});
	}
	return event.locals.user;
}

/** Reads and validates a JSON body: 415 for another media type, 413 when too large, 400 when malformed, 422 when invalid. */
export async function readJson<S extends z.ZodType>(event: RequestEvent, schema: S): Promise<z.infer<S>> {
	const type = event.request.headers.get('content-type') ?? '';
	if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
		throw new ApiProblem(415, { title: STATUS_TITLES[415]!, detail: 'Send application/json.' });
	}
	const declared = Number(event.request.headers.get('content-length') ?? '0');
	if (declared > MAX_JSON_BYTES)
		throw new ApiProblem(413, { title: STATUS_TITLES[413]!, detail: `At most ${MAX_JSON_BYTES} bytes.` });
	let text: string;
	try {
		text = await event.request.text();
	} catch {
		throw new ApiProblem(400, { title: STATUS_TITLES[400]!, detail: 'Unreadable body.' });
	}
	if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
		throw new ApiProblem(413, { title: STATUS_TITLES[413]!, detail: `At most ${MAX_JSON_BYTES} bytes.` });
	}
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw new ApiProblem(400, { title: STATUS_TITLES[400]!, detail: 'Malformed JSON.' });
	}
	return validate(schema, body, event.locals.locale ?? 'ko');
}

export function readQuery<S extends z.ZodType>(event: RequestEvent, schema: S): z.infer<S> {
	return validate(schema, Object.fromEntries(event.url.searchParams), event.locals.locale ?? 'ko');
}

/**
 * Like readQuery, but a key given more than once (`?industry=a&industry=b`) keeps every value as an
 * array, and a key the schema declares as an array is always read as one, even when given once. Other
 * keys read as strings; a repeated one reaches the schema as an array and fails there with 422.
 */
export function readQueryMulti<S extends z.ZodObject>(event: RequestEvent, schema: S): z.infer<S> {
	const params = event.url.searchParams;
	// No prototype: `?__proto__=x` must stay a plain key (the schema then ignores it), and must not be
	// looked up on Object.prototype as if the schema declared it.
	const raw: Record<string, string | string[]> = Object.create(null);
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		const field = Object.hasOwn(schema.shape, key) ? schema.shape[key] : undefined;
		raw[key] = values.length > 1 || isArrayField(field) ? values : values[0]!;
	}
	return validate(schema, raw, event.locals.locale ?? 'ko');
}

/** Whether a field, under its optional/default/nullable wrappers, is an array. */
function isArrayField(field: z.core.$ZodType | undefined): boolean {
	// `?.` after _zod too: a hostile key such as `toString` or `__proto__` can find a non-schema value.
	let def = field?._zod?.def;
	while (
		def &&
		'innerType' in def &&
		(def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
	) {
		def = (def.innerType as z.core.$ZodType)._zod.def;
	}
	return def?.type === 'array';
}

function validate<S extends z.ZodType>(schema: S, value: unknown, locale: 'ko' | 'en'): z.infer<S> {
	const withNul = fieldsWithNul(value);
	if (withNul.length > 0) {
		throw new ApiProblem(422, {
			title: STATUS_TITLES[422]!,
			detail: m.form_invalid({}, { locale }),
			errors: Object.fromEntries(withNul.map((f) => [f, [m.validation_nul({}, { locale })]]))
		});
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		throw new ApiProblem(422, {
			title: STATUS_TITLES[422]!,
			detail: m.form_invalid({}, { locale }),
			errors: fieldErrors(parsed.error, locale)
		});
	}
	return parsed.data;
}

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(data), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}

/** Spends a rate-limit token or throws 429 with Retry-After. */
export function spend(limiter: RateLimiter, key: string): void {
	const waitMs = limiter.consume(key);
	if (waitMs > 0)
		throw new DomainError('rate_limited', 429, undefined, { retryAfterSeconds: Math.ceil(waitMs / 1000) });
}

export { clientAddress };

/** RFC 9457 problem documents, the error shape of the whole JSON API. */
export interface ProblemInit {
	title: string;
	detail?: string;
	type?: string;
	errors?: Record<string, string[]>;
	headers?: Record<string, string>;
}

export function problem(status: number, init: ProblemInit): Response {
	const body = {
		type: init.type ?? 'about:blank',
		title: init.title,
		status,
		...(init.detail !== undefined ? { detail: init.detail } : {}),
		...(init.errors ? { errors: init.errors } : {})
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8', ...init.headers }
	});
}

/** Thrown inside API handlers to end the request with a problem document. */
export class ApiProblem extends Error {
	constructor(
		readonly status: number,
		readonly init: ProblemInit
	) {
		super(init.title);
	}
}

export const STATUS_TITLES: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	413: 'Content Too Large',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Content',
	429: 'Too Many Requests',
	500: 'Internal Server Error'
};

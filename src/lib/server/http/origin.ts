const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The same-origin check for state-changing requests (forms and JSON alike). A browser always sends
 * `Origin` or `Sec-Fetch-Site` with a cross-site POST, so either one naming another site is refused.
 * A request with neither comes from a non-browser client; it is allowed only when it carries no
 * session cookie, because without ambient credentials there is nothing to forge.
 */
export function isCrossSiteRequest(request: Request, ownOrigin: string, hasSessionCookie: boolean): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	if (request.headers.get('authorization')?.startsWith('Bearer ')) return false;
	const origin = request.headers.get('origin');
	const site = request.headers.get('sec-fetch-site');
	if (origin !== null) return origin !== ownOrigin;
	if (site !== null) return site !== 'same-origin' && site !== 'none';
	return hasSessionCookie;
}

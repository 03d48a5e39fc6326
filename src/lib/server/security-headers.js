// Headers every response of ours carries, pages, the API, static files and Socket.IO's polling alike
// (set in server.js, before anything else answers). The page-specific Content-Security-Policy comes
// from SvelteKit's `csp` option in svelte.config.js.

/**
 * @param {{ production: boolean, https: boolean }} where
 * @returns {Record<string, string>}
 */
export function securityHeaders({ production, https }) {
	/** @type {Record<string, string>} */
	const headers = {
		// Browsers must not guess a type: an uploaded logo served as image/png is never run as a script.
		'x-content-type-options': 'nosniff',
		// frame-ancestors 'none' in the CSP says the same to current browsers; this is for older ones.
		'x-frame-options': 'DENY',
		'referrer-policy': 'strict-origin-when-cross-origin',
		// No page of ours uses these; the check-in QR is scanned by the phone's own camera app, which opens
		// the check-in link, so even the camera stays off here.
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'cross-origin-opener-policy': 'same-origin'
	};
	// HSTS only where it is true: a production site served over https. Sent over plain http (a laptop,
	// the e2e run) it would teach the browser to refuse that host without TLS for two years.
	if (production && https) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
	return headers;
}

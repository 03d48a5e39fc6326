import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | undefined;
			session: Session | undefined;
			/** Set when the request authenticated with a bearer API token rather than the cookie. */
			apiTokenId: string | undefined;
			locale: 'ko' | 'en';
			requestId: string;
		}
		interface Error {
			message: string;
			errorId?: string;
		}
		interface PageData {
			user?: { id: string; name: string; email: string; isAdmin: boolean } | undefined;
		}
	}
}

export {};

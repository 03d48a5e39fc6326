import { z } from 'zod';
import { RateLimiter } from '$lib/server/auth/rate-limit';

/** Path parameters of the matchmaking-day endpoints; a malformed one reads as unknown (404). */
export const eventPath = z.object({ id: z.uuid() });
export const eventOrgPath = z.object({ id: z.uuid(), orgId: z.uuid() });
export const eventRequestPath = z.object({ id: z.uuid(), requestId: z.uuid() });

/** Meeting requests per person and hour: enough for a manager filing a big day's requests, not a flood (participants also have the pending cap). */
export const eventRequestLimiter = new RateLimiter(600, 60 * 60 * 1000);

export const NO_STORE = { 'cache-control': 'private, no-store' };

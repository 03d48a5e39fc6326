import type { RequestHandler } from './$types';
import { meetupAction } from '$lib/server/http/meetup-api';
import { reasonInput } from '$lib/server/meetups/schema';
import { cancelMeetup } from '$lib/server/meetups/transitions';

/** Cancels a request (by the side that made it) or a confirmed meetup (by either side). */
export const POST: RequestHandler = meetupAction(reasonInput, cancelMeetup);

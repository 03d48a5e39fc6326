import type { RequestHandler } from './$types';
import { meetupAction } from '$lib/server/http/meetup-api';
import { confirmInput } from '$lib/server/meetups/schema';
import { confirmMeetup } from '$lib/server/meetups/transitions';

/** The side the request waits for confirms the current time or one of the proposals. */
export const POST: RequestHandler = meetupAction(confirmInput, confirmMeetup);

import type { RequestHandler } from './$types';
import { meetupAction } from '$lib/server/http/meetup-api';
import { reasonInput } from '$lib/server/meetups/schema';
import { declineMeetup } from '$lib/server/meetups/transitions';

/** The side the request waits for declines it. */
export const POST: RequestHandler = meetupAction(reasonInput, declineMeetup);

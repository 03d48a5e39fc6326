import type { RequestHandler } from './$types';
import { meetupAction } from '$lib/server/http/meetup-api';
import { rescheduleInput } from '$lib/server/meetups/schema';
import { rescheduleMeetup } from '$lib/server/meetups/transitions';

/** New proposed times from either side; the meetup waits for the other side again. */
export const POST: RequestHandler = meetupAction(rescheduleInput, rescheduleMeetup);

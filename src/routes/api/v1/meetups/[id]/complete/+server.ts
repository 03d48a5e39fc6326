import type { RequestHandler } from './$types';
import { meetupAction } from '$lib/server/http/meetup-api';
import { completeInput } from '$lib/server/meetups/schema';
import { completeMeetup } from '$lib/server/meetups/transitions';

/** Records, once it has started, that the meetup took place or that the other side did not come. */
export const POST: RequestHandler = meetupAction(completeInput, completeMeetup);

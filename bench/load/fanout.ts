/**
 * Socket.IO fan-out through the app itself: N clients signed in as the demo startup founder (so all are
 * in the startup's `org:<id>` room), then a real broadcast caused over HTTP, repeated: the founder
 * proposes a new time for a meetup, and the server sends `meetup:updated` (the whole meetup, its note
 * padded so the payload is about 1 KB) to both organizations' rooms.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { MeetupPayload } from '../../src/lib/realtime/events';
import { percentile } from '../support';
import { postJson, type Demo } from './demo';
import { ClientThread } from './client-thread';

export interface FanoutOptions {
	baseUrl: string;
	clients: number;
	/** threads the clients are spread over */
	threads: number;
	broadcasts: number;
	payloadBytes: number;
}

export interface FanoutResult {
	clients: number;
	threads: number;
	broadcasts: number;
	/** the `meetup:updated` payload as JSON, in bytes */
	payloadBytes: number;
	connectSeconds: number;
	/** per client and broadcast: receipt − the first client's receipt of the same broadcast */
	spreadMs: { p50: number; p99: number; max: number };
	/** per client and broadcast: receipt − the moment the HTTP call that causes it was sent */
	endToEndMs: { p50: number; p99: number; max: number };
	/** the HTTP call's own time, until its response arrived */
	triggerMs: { p50: number; p99: number };
	/** deliveries expected (clients × broadcasts) that did not arrive within 10 s */
	lost: number;
}

const DELIVERY_TIMEOUT_MS = 10_000;
const DAY = 24 * 60 * 60 * 1000;
const now = () => performance.timeOrigin + performance.now();

export async function runFanout(options: FanoutOptions, demo: Demo): Promise<FanoutResult> {
	const connectStart = now();
	const shares = Array.from({ length: options.threads }, (_, i) =>
		Math.floor((options.clients + i) / options.threads)
	).filter((n) => n > 0);
	const workers = shares.map(
		(clients) => new ClientThread({ baseUrl: options.baseUrl, token: demo.token, clients })
	);
	const calibration = await connect(options.baseUrl, demo.token);
	try {
		await Promise.all(workers.map((w) => w.connected));
		const connectSeconds = (now() - connectStart) / 1000;
		const meetup = await paddedMeetup(options, demo, calibration);
		calibration.disconnect();
		for (const w of workers) w.send({ type: 'watch', meetupId: meetup.id });
		return { ...(await broadcastAndMeasure(options, demo, workers, meetup)), connectSeconds };
	} finally {
		calibration.disconnect();
		for (const w of workers) w.close();
	}
}

async function broadcastAndMeasure(
	options: FanoutOptions,
	demo: Demo,
	workers: ClientThread[],
	meetup: MeetupPayload
) {
	const spreads: number[] = [];
	const endToEnd: number[] = [];
	const triggers: number[] = [];
	let lost = 0;
	let payloadBytes = 0;
	let sequence = meetup.sequence;
	for (let i = 0; i < options.broadcasts; i++) {
		const sentAt = now();
		const updated = (await postJson(
			options.baseUrl,
			`/api/v1/meetups/${meetup.id}/reschedule`,
			demo.token,
			{ proposals: [slot(i + 1)], sequence },
			200
		)) as MeetupPayload;
		triggers.push(now() - sentAt);
		sequence = updated.sequence;
		const reports = await Promise.all(workers.map((w) => w.receipts(sequence)));
		const times = reports.flatMap((r) => r.times);
		payloadBytes = Math.max(payloadBytes, ...reports.map((r) => r.payloadBytes));
		lost += options.clients - times.length;
		if (times.length === 0) continue;
		const first = Math.min(...times);
		for (const t of times) {
			spreads.push(t - first);
			endToEnd.push(t - sentAt);
		}
	}
	const summary = (v: number[]) => ({ p50: percentile(v, 50), p99: percentile(v, 99), max: Math.max(...v) });
	return {
		clients: options.clients,
		threads: workers.length,
		broadcasts: options.broadcasts,
		payloadBytes,
		spreadMs: summary(spreads),
		endToEndMs: summary(endToEnd),
		triggerMs: { p50: percentile(triggers, 50), p99: percentile(triggers, 99) },
		lost
	};
}

function connect(baseUrl: string, token: string): Promise<Socket> {
	const socket = io(baseUrl, {
		path: '/socket.io',
		transports: ['websocket'],
		auth: { token },
		reconnection: false,
		forceNew: true
	});
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', (e) => reject(new Error(`socket refused: ${e.message}`)));
	});
}

/**
 * A meetup whose `meetup:updated` payload is about `payloadBytes`: a first request with no note,
 * rescheduled once, shows the size of everything else in such a payload; it is cancelled and a second
 * one made with the note that fills the difference (ASCII, one byte a character).
 */
async function paddedMeetup(options: FanoutOptions, demo: Demo, probe: Socket): Promise<MeetupPayload> {
	const request = (note: string | undefined) =>
		postJson(
			options.baseUrl,
			'/api/v1/meetups',
			demo.token,
			{ startupId: demo.startupId, corporateId: demo.corporateId, ...slot(0), note },
			201
		) as Promise<MeetupPayload>;
	const bare = await request(undefined);
	const rescheduled = nextEvent<MeetupPayload>(probe, 'meetup:updated');
	await postJson(
		options.baseUrl,
		`/api/v1/meetups/${bare.id}/reschedule`,
		demo.token,
		{ proposals: [slot(1)] },
		200
	);
	const bareBytes = Buffer.byteLength(JSON.stringify(await rescheduled));
	await postJson(options.baseUrl, `/api/v1/meetups/${bare.id}/cancel`, demo.token, {}, 200);
	// `"note":null` becomes `"note":"xx…"`: two quotes replace the four letters of null.
	return request('x'.repeat(Math.max(1, options.payloadBytes - bareBytes + 2)));
}

/** 20-minute meetings on a weekday 200 days ahead, from 09:00 Seoul: nothing else in the run is then. */
function slot(index: number): { startsAt: string; endsAt: string } {
	const day = new Date(Date.now() + 200 * DAY);
	day.setUTCHours(0, 0, 0, 0);
	while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setTime(day.getTime() + DAY);
	const start = day.getTime() + index * 20 * 60_000;
	return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 20 * 60_000).toISOString() };
}

function nextEvent<T>(socket: Socket, event: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${event} within 10 s`)), DELIVERY_TIMEOUT_MS);
		socket.once(event, (payload: T) => {
			clearTimeout(timer);
			resolve(payload);
		});
	});
}

/**
 * One share of the fan-out clients, in its own thread so that receiving 1,000 messages is not timed on
 * one event loop (which would measure the client's decoding as much as the server's sending). Receipt
 * times are `performance.timeOrigin + performance.now()`: one clock for all threads of the process.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import type { MeetupPayload } from '../../src/lib/realtime/events';

export interface WorkerInput {
	baseUrl: string;
	token: string;
	clients: number;
}

export type ToWorker =
	{ type: 'watch'; meetupId: string } | { type: 'report'; sequence: number } | { type: 'close' };

export type FromWorker =
	| { type: 'connected' }
	| { type: 'failed'; error: string }
	| { type: 'received'; sequence: number; times: number[]; payloadBytes: number; complete: boolean };

const CONNECT_BATCH = 50;
const { baseUrl, token, clients } = workerData as WorkerInput;
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
const now = () => performance.timeOrigin + performance.now();

const sockets: Socket[] = [];
const receipts = new Map<number, number[]>();
let payloadBytes = 0;
let meetupId: string | undefined;

function connect(): Promise<Socket> {
	const socket = io(baseUrl, {
		path: '/socket.io',
		transports: ['websocket'],
		auth: { token },
		reconnection: false,
		forceNew: true
	});
	socket.on('meetup:updated', (payload: MeetupPayload) => {
		const at = now();
		if (payload.id !== meetupId) return;
		payloadBytes = Buffer.byteLength(JSON.stringify(payload));
		const list = receipts.get(payload.sequence) ?? [];
		list.push(at);
		receipts.set(payload.sequence, list);
		if (list.length === sockets.length)
			post({ type: 'received', sequence: payload.sequence, times: list, payloadBytes, complete: true });
	});
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', (e) => reject(new Error(`socket refused: ${e.message}`)));
	});
}

port.on('message', (m: ToWorker) => {
	if (m.type === 'watch') meetupId = m.meetupId;
	else if (m.type === 'report')
		post({
			type: 'received',
			sequence: m.sequence,
			times: receipts.get(m.sequence) ?? [],
			payloadBytes,
			complete: false
		});
	else {
		for (const s of sockets) s.disconnect();
		port.close();
	}
});

try {
	for (let i = 0; i < clients; i += CONNECT_BATCH) {
		const batch = Array.from({ length: Math.min(CONNECT_BATCH, clients - i) }, connect);
		sockets.push(...(await Promise.all(batch)));
	}
	post({ type: 'connected' });
} catch (e) {
	post({ type: 'failed', error: e instanceof Error ? e.message : String(e) });
}

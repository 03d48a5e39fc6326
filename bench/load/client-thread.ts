/** The parent's side of a fan-out client thread (fanout-worker.ts): start it, ask it for receipt times. */
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerInput } from './fanout-worker';

const DELIVERY_TIMEOUT_MS = 10_000;

type Receipts = { times: number[]; payloadBytes: number };

/** A worker thread holding some of the clients (fanout-worker.ts). */
export class ClientThread {
	readonly connected: Promise<void>;
	private readonly worker: Worker;
	private readonly waiting = new Map<number, (r: Receipts) => void>();
	/** complete reports that came before anyone asked (the event can beat the HTTP response) */
	private readonly arrived = new Map<number, Receipts>();

	constructor(input: WorkerInput) {
		this.worker = new Worker(new URL('./fanout-worker.ts', import.meta.url), { workerData: input });
		this.connected = new Promise((resolve, reject) => {
			this.worker.once('error', reject);
			this.worker.on('message', (m: FromWorker) => {
				if (m.type === 'connected') resolve();
				else if (m.type === 'failed') reject(new Error(m.error));
				else if (this.waiting.has(m.sequence)) this.waiting.get(m.sequence)!(m);
				else this.arrived.set(m.sequence, m);
			});
		});
	}

	send(message: ToWorker): void {
		this.worker.postMessage(message);
	}

	/** This thread's receipt times of one broadcast: when all its clients have it, or what it has after 10 s. */
	receipts(sequence: number): Promise<Receipts> {
		const early = this.arrived.get(sequence);
		if (early) return Promise.resolve(early);
		return new Promise((resolve) => {
			const timer = setTimeout(() => this.send({ type: 'report', sequence }), DELIVERY_TIMEOUT_MS);
			this.waiting.set(sequence, (r) => {
				clearTimeout(timer);
				this.waiting.delete(sequence);
				resolve(r);
			});
		});
	}

	close(): void {
		this.send({ type: 'close' });
	}
}

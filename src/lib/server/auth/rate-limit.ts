/**
 * Token buckets kept in this process's memory: each key may spend `capacity` tokens, refilled at
 * `capacity` per `refillMs`. Consume a token only after input validation, so typos in a form do not
 * lock a person out. Several processes each keep their own buckets (a deliberate, documented limit).
 */
export class RateLimiter {
	private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

	constructor(
		readonly capacity: number,
		readonly refillMs: number
	) {}

	/** Spends one token; returns 0 when allowed, else the milliseconds until one is available. */
	consume(key: string, now = Date.now()): number {
		const bucket = this.refill(key, now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		const perMs = this.capacity / this.refillMs;
		return Math.ceil((1 - bucket.tokens) / perMs);
	}

	reset(key: string): void {
		this.buckets.delete(key);
	}

	private refill(key: string, now: number) {
		let bucket = this.buckets.get(key);
		if (!bucket) {
			bucket = { tokens: this.capacity, updatedAt: now };
			this.buckets.set(key, bucket);
			if (this.buckets.size > 50_000) this.sweep(now);
			return bucket;
		}
		const refilled = ((now - bucket.updatedAt) * this.capacity) / this.refillMs;
		bucket.tokens = Math.min(this.capacity, bucket.tokens + refilled);
		bucket.updatedAt = now;
		return bucket;
	}

	/** Forget full buckets so a flood of distinct keys cannot grow memory without bound. */
	private sweep(now: number) {
		for (const [key, b] of this.buckets) {
			if (b.tokens + ((now - b.updatedAt) * this.capacity) / this.refillMs >= this.capacity)
				this.buckets.delete(key);
		}
	}
}

const MINUTE = 60_000;

/** The limits of the account endpoints, shared by forms and the JSON API. */
export const limits = {
	signInPerAccount: new RateLimiter(10, 15 * MINUTE),
	signInPerAddress: new RateLimiter(30, 15 * MINUTE),
	signUpPerAddress: new RateLimiter(10, 60 * MINUTE),
	resetPerAccount: new RateLimiter(3, 60 * MINUTE),
	resetPerAddress: new RateLimiter(10, 60 * MINUTE)
};

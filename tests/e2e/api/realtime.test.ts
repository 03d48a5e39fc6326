import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { base, call, tokenFor } from './client';
import { newStartupAccount, seededChallenge } from './catalog-helpers';

// Real socket.io-client connections against the running server: the handshake is authenticated and
// events reach exactly the rooms entitled to them.

const sockets: Socket[] = [];
afterEach(() => {
	for (const s of sockets.splice(0)) s.disconnect();
});

function connect(auth?: { token: string }): Socket {
	const socket = io(base, {
		path: '/socket.io',
		transports: ['websocket'],
		auth,
		reconnection: false,
		forceNew: true
	});
	sockets.push(socket);
	return socket;
}

function waitFor<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
		socket.once(event, (payload: T) => {
			clearTimeout(timer);
			resolve(payload);
		});
	});
}

describe('Socket.IO', () => {
	it('refuses a connection without credentials or with a forged token', async () => {
		const anonymous = await waitFor<Error>(connect(), 'connect_error');
		expect(anonymous.message).toBe('unauthorized');
		const forged = await waitFor<Error>(
			connect({ token: `${'a'.repeat(24)}.${'b'.repeat(24)}` }),
			'connect_error'
		);
		expect(forged.message).toBe('unauthorized');
	});

	it("tells a corporate's sockets live when a startup applies to its challenge, and nobody else", async () => {
		const admin = (await tokenFor('admin@example.com')).token;
		const corporateToken = (await tokenFor('corporate@example.com')).token;
		const challenge = await seededChallenge('kepco-ev-smart-charging', admin);
		const applicant = await newStartupAccount('live-applicant');
		const bystander = await newStartupAccount('bystander');

		const corporate = connect({ token: corporateToken });
		const other = connect({ token: bystander.token });
		await Promise.all([waitFor(corporate, 'connect'), waitFor(other, 'connect')]);
		let bystanderHeard = false;
		other.on('application:updated', () => (bystanderHeard = true));

		const heard = waitFor<{ challengeId: string; startupId: string; status: string }>(
			corporate,
			'application:updated'
		);
		const notified = waitFor<{ kind: string }>(corporate, 'notification:created');
		const res = await call(`/challenges/${challenge.id}/applications`, {
			token: applicant.token,
			json: { startupId: applicant.startup.id, proposal: '실시간 알림 확인용 제안서' }
		});
		expect(res.status).toBe(201);
		expect(await heard).toMatchObject({
			challengeId: challenge.id,
			startupId: applicant.startup.id,
			status: 'submitted'
		});
		expect((await notified).kind).toBe('application.submitted');
		expect(bystanderHeard).toBe(false);
	});
});

import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiWorld, type ApiWorld, type Persona } from './authz-api-world';
import { base } from './client';

// The Socket.IO half of the authorization matrix: the handshake refuses anonymous callers, and
// `room:join` (the only event a client sends) admits each room's entitled users and nobody else.

let world: ApiWorld;
const sockets: Socket[] = [];
beforeAll(async () => {
	world = await buildApiWorld();
}, 60_000);
afterAll(() => sockets.forEach((s) => s.disconnect()));

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

function once<T>(socket: Socket, event: string): Promise<T> {
	return new Promise((resolve) => socket.once(event, resolve));
}

async function join(persona: Exclude<Persona, 'anonymous'>, room: string) {
	const socket = connect({ token: world.tokens[persona] });
	await once(socket, 'connect');
	const ack = await socket.emitWithAck('room:join', { room });
	socket.disconnect();
	return ack as { ok: boolean; error?: string };
}

describe('Socket.IO authorization', () => {
	it('refuses an anonymous handshake', async () => {
		expect((await once<Error>(connect(), 'connect_error')).message).toBe('unauthorized');
	});

	it.each([
		['a participant of the day', 'startup', true],
		['its center manager', 'manager', true],
		['the platform admin', 'admin', true],
		['a startup not taking part', 'otherStartup', false],
		['a corporate not taking part', 'otherCorporate', false],
		["another center's manager", 'otherManager', false],
		['a user with no organization', 'stranger', false]
	] as const)('event:<id> admits %s: %s', async (_, persona, admitted) => {
		const ack = await join(persona, `event:${world.ids.event}`);
		expect(ack).toEqual(admitted ? { ok: true } : { ok: false, error: 'forbidden' });
	});

	it.each([
		['its center manager', 'manager', true],
		['the platform admin', 'admin', true],
		['a participant of the day', 'startup', false],
		["another center's manager", 'otherManager', false],
		['a startup not taking part', 'otherStartup', false]
	] as const)('event:<id>:manage admits %s: %s', async (_, persona, admitted) => {
		const ack = await join(persona, `event:${world.ids.event}:manage`);
		expect(ack).toEqual(admitted ? { ok: true } : { ok: false, error: 'forbidden' });
	});

	it("refuses to join any other room, even an organization's own, which the server joins for it", async () => {
		expect(await join('corporate', `org:${world.ids.corporate}`)).toEqual({ ok: false, error: 'forbidden' });
		expect(await join('otherCorporate', `org:${world.ids.corporate}`)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await join('startup', `event:${world.ids.event}:anything`)).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});
});

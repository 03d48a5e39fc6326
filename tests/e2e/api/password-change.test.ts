import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { base, call, tokenFor, uniqueEmail } from './client';

// Changing the password ends the account's other sessions and closes the sockets opened with them,
// while the session that asked, and its socket, carry on.

const OLD = 'correct horse battery staple';
const NEW = 'a brand new and unusual passphrase 9';
const sockets: Socket[] = [];
afterAll(() => sockets.forEach((s) => s.disconnect()));

async function signIn(email: string, password: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, accept: 'text/html' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`no session for ${email}: ${res.status}`);
	return cookie.split(';')[0]!;
}

function connect(cookie: string): Promise<Socket> {
	const socket = io(base, {
		transports: ['websocket'],
		extraHeaders: { cookie },
		reconnection: false,
		forceNew: true
	});
	sockets.push(socket);
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', reject);
	});
}

function changePassword(
	cookie: string,
	currentPassword: string,
	newPassword: string,
	confirmPassword = newPassword
) {
	return fetch(`${base}/settings?/password`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: 'text/html',
			cookie
		},
		body: new URLSearchParams({ currentPassword, newPassword, confirmPassword }),
		redirect: 'manual'
	});
}

describe('changing the password', () => {
	it('closes the other sessions and their sockets, keeps this one, and retires the old password', async () => {
		const email = uniqueEmail('pw-change');
		expect((await call('/users', { json: { email, password: OLD, name: '비밀번호 변경' } })).status).toBe(
			201
		);
		const here = await signIn(email, OLD);
		const elsewhere = await signIn(email, OLD);
		const [hereSocket, elsewhereSocket] = await Promise.all([connect(here), connect(elsewhere)]);
		const closed = new Promise<string>((resolve) => elsewhereSocket.once('disconnect', resolve));

		const wrong = await changePassword(here, 'not my password at all', NEW);
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toMatch(/현재 비밀번호가 맞지 않습니다|The current password is not right/);
		const mistyped = await changePassword(here, OLD, NEW, `${NEW}x`);
		expect(mistyped.status).toBe(400);
		expect(await mistyped.text()).toMatch(/새 비밀번호와 확인이 같지 않습니다|confirmation differ/);

		const res = await changePassword(here, OLD, NEW);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/settings?password=1');
		expect(await closed).toBe('io server disconnect');
		await new Promise((r) => setTimeout(r, 300));
		expect(hereSocket.connected).toBe(true);

		expect((await call('/me', { headers: { cookie: here } })).status).toBe(200);
		expect((await call('/me', { headers: { cookie: elsewhere } })).status).toBe(401);
		expect((await call('/tokens', { json: { email, password: OLD } })).status).toBe(401);
		expect((await call('/tokens', { json: { email, password: NEW } })).status).toBe(201);

		// Audited: who changed it, and that one other session ended.
		const me = (await (await call('/me', { headers: { cookie: here } })).json()) as { user: { id: string } };
		const admin = await tokenFor('admin@example.com');
		const audit = await call(`/audit?action=user.password_changed&subjectId=${me.user.id}`, {
			token: admin.token
		});
		expect(audit.status).toBe(200);
		const { hits } = (await audit.json()) as { hits: { actor: { id: string } | null; data: unknown }[] };
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({ actor: { id: me.user.id }, data: { sessionsEnded: 1 } });
	});
});

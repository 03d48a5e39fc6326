import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from './events';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The browser's single Socket.IO connection and its state, for the offline indicator. */
class RealtimeConnection {
	status = $state<'idle' | 'connecting' | 'online' | 'offline'>('idle');
	socket: AppSocket | undefined;

	/** Connects with the session cookie (same origin); Socket.IO reconnects with backoff by itself. */
	connect(): AppSocket {
		if (this.socket) return this.socket;
		this.status = 'connecting';
		const socket: AppSocket = io({
			path: '/socket.io',
			withCredentials: true,
			transports: ['websocket', 'polling']
		});
		socket.on('connect', () => (this.status = 'online'));
		socket.on('disconnect', () => (this.status = 'offline'));
		socket.on('connect_error', () => (this.status = 'offline'));
		this.socket = socket;
		return socket;
	}

	disconnect(): void {
		this.socket?.disconnect();
		this.socket = undefined;
		this.status = 'idle';
	}
}

export const realtime = new RealtimeConnection();

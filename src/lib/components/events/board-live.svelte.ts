import { invalidate } from '$app/navigation';
import { m } from '$lib/paraglide/messages';
import { realtime } from '$lib/realtime/client.svelte';
import type { ScheduleProgressPayload, ScheduleUpdatedPayload } from '$lib/realtime/events';
import { BOARD } from './board-forms.svelte';
import type { BoardState } from './board-state.svelte';

/** How long a meeting another manager just changed stays highlighted, in ms. */
const FLASH_MS = 3000;

/**
 * The board's live side: joins the managers' room (`event:<id>:manage`, again after a reconnect),
 * applies other managers' changes in place (a finished run or a missed change reloads), marks
 * what changed for a moment, says so to screen readers, and follows a run's progress.
 */
export class BoardLive {
	progress = $state<ScheduleProgressPayload | null>(null);
	announcement = $state('');
	flashed = $state<readonly string[]>([]);

	constructor(private readonly board: BoardState) {}

	/** Starts listening; returns the cleanup, so it fits an `$effect`. */
	follow(eventId: string): () => void {
		const socket = realtime.connect();
		const join = () => socket.emit('room:join', { room: `event:${eventId}:manage` }, () => {});
		const onUpdated = (p: ScheduleUpdatedPayload) => {
			if (p.eventId !== eventId) return;
			const outcome = this.board.apply(p);
			if (outcome === 'reload') void invalidate(BOARD);
			if (outcome !== 'applied') return;
			this.announcement = m.board_live_update();
			this.flashed = p.meetings.map((mt) => mt.id);
			setTimeout(() => (this.flashed = []), FLASH_MS);
		};
		const onProgress = (p: ScheduleProgressPayload) => {
			if (p.eventId !== eventId) return;
			this.progress = p;
			if (p.status !== 'running') void invalidate(BOARD);
		};
		if (socket.connected) join();
		socket.on('connect', join);
		socket.on('schedule:updated', onUpdated);
		socket.on('schedule:progress', onProgress);
		return () => {
			socket.off('connect', join);
			socket.off('schedule:updated', onUpdated);
			socket.off('schedule:progress', onProgress);
		};
	}
}

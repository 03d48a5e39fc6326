import { tick } from 'svelte';
import { applyAction } from '$app/forms';
import { invalidate } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';
import type { ScheduleUpdatedPayload } from '$lib/realtime/events';
import type { BoardState } from './board-state.svelte';

/** The page's dependency key for the board's load. */
export const BOARD = 'app:board';

/**
 * The board's enhanced forms (run, edit, publish): which one is being sent, the answer shown in the
 * page's message area (focused after a refusal, so it is read out), and the board patched in place
 * from an edit's answer, without reloading. A stale board (409 `stale`) and a finished run reload.
 */
export class BoardForms {
	pending = $state<string | null>(null);

	constructor(private readonly board: BoardState) {}

	enhance(key: string, options: { confirm?: () => string | undefined } = {}): SubmitFunction {
		return ({ cancel }) => {
			const question = options.confirm?.();
			if (question && !confirm(question)) return cancel();
			this.pending = key;
			return async ({ result }) => {
				this.pending = null;
				if (result.type === 'redirect' || result.type === 'error') return applyAction(result);
				await applyAction(result);
				const answer = result.data as { change?: ScheduleUpdatedPayload; stale?: boolean } | undefined;
				if (result.type === 'success') {
					const outcome = answer?.change ? this.board.apply(answer.change) : 'reload';
					if (outcome === 'reload') await invalidate(BOARD);
					return;
				}
				if (answer?.stale) await invalidate(BOARD);
				await tick();
				document.querySelector<HTMLElement>('[data-board-alert]')?.focus();
			};
		};
	}
}

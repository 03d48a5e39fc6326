import { tick } from 'svelte';
import { invalidate } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * The meetup page's enhanced forms: which one is being sent (to disable its button), an optional
 * confirmation first, typed values kept, and after a refusal focus on the page's message. A change
 * someone made meanwhile (409 `stale`) reloads the meetup so the page shows what is current.
 */
export class MeetupForms {
	key = $state<string | null>(null);

	enhance(key: string, confirmText?: string): SubmitFunction {
		return ({ cancel }) => {
			if (confirmText && !confirm(confirmText)) return cancel();
			this.key = key;
			return async ({ update, result }) => {
				await update({ reset: false });
				this.key = null;
				if (result.type !== 'failure') return;
				if ((result.data as { stale?: boolean } | undefined)?.stale) await invalidate('app:meetup');
				await tick();
				document.querySelector<HTMLElement>('[data-form-alert]')?.focus();
			};
		};
	}
}

import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Enhancement for a long form: keeps what was typed (`reset: false`), reports whether it is being
 * sent, and after a refusal moves focus to the form's message (`data-form-alert`), so someone who
 * pressed "save" at the bottom of the page is taken to what went wrong and hears it.
 */
export function keepValues(onPending: (pending: boolean) => void): SubmitFunction {
	return () => {
		onPending(true);
		return async ({ update, result }) => {
			await update({ reset: false });
			onPending(false);
			if (result.type === 'failure') {
				await tick();
				document.querySelector<HTMLElement>('[data-form-alert]')?.focus();
			}
		};
	};
}

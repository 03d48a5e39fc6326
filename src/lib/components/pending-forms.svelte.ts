import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Which of a page's enhanced forms is being sent, so only its button is disabled; optionally asks
 * for confirmation first. Forms keep what was typed (`reset: false`). Without JavaScript none of
 * this runs and the forms post normally.
 */
export class PendingForms {
	key = $state<string | null>(null);

	enhance(key: string, confirmText?: string): SubmitFunction {
		return ({ cancel }) => {
			if (confirmText && !confirm(confirmText)) return cancel();
			this.key = key;
			return async ({ update }) => {
				await update({ reset: false });
				this.key = null;
			};
		};
	}
}

import { goto } from '$app/navigation';

const TYPING_DEBOUNCE_MS = 200;

/**
 * Turns a GET search form into search-as-you-type: typing in its search box updates the URL (and so
 * the results) after a short pause, without moving focus or scrolling; ticking a filter or changing
 * the sort applies at once. Without JavaScript the form simply submits. Empty fields, default values
 * and the page number are left out of the URL, so a new search starts on page 1.
 *
 * Put it on an element holding the form and any controls tied to it with `form="<id>"` (the facets
 * beside the results), so their events reach it too.
 */
export function liveSearch(node: HTMLElement, options: { form: string; defaults?: Record<string, string> }) {
	let timer: ReturnType<typeof setTimeout> | undefined;

	function go(replaceState: boolean) {
		clearTimeout(timer);
		const form = document.getElementById(options.form);
		if (!(form instanceof HTMLFormElement)) return;
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) {
			if (typeof value !== 'string' || value.trim() === '' || key === 'page') continue;
			if (options.defaults?.[key] === value) continue;
			params.append(key, key === 'q' ? value.trim() : value);
		}
		const query = params.toString();
		void goto(query ? `${location.pathname}?${query}` : location.pathname, {
			keepFocus: true,
			noScroll: true,
			replaceState
		});
	}

	function onInput(event: Event) {
		if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
		clearTimeout(timer);
		timer = setTimeout(() => go(true), TYPING_DEBOUNCE_MS);
	}

	function onChange(event: Event) {
		const target = event.target;
		if (
			target instanceof HTMLSelectElement ||
			(target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'))
		) {
			go(false);
		}
	}

	function onSubmit(event: SubmitEvent) {
		if (!(event.target instanceof HTMLFormElement) || event.target.id !== options.form) return;
		event.preventDefault();
		go(false);
	}

	node.addEventListener('input', onInput);
	node.addEventListener('change', onChange);
	node.addEventListener('submit', onSubmit);
	return {
		destroy() {
			clearTimeout(timer);
			node.removeEventListener('input', onInput);
			node.removeEventListener('change', onChange);
			node.removeEventListener('submit', onSubmit);
		}
	};
}

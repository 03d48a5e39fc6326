import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/server/http/messages';
import { availabilityInput, type AvailabilityInput } from '$lib/server/meetups/schema';
import { blackoutField, hourField, RANGES_PER_DAY, WEEK } from './availability-values';

/**
 * The form's values as the availability the service takes, or errors keyed by the form's own field
 * names (the schema's `weekly.3.end` is the fourth filled range, which is `weekly.<day>.<n>.end` here).
 * An end of 00:00 after a start means midnight (24:00). A blackout without an end is one day.
 */
export function readAvailability(
	values: Record<string, string>,
	locale: 'ko' | 'en'
): { data: AvailabilityInput } | { errors: Record<string, string[]> } {
	const errors: Record<string, string[]> = {};
	const required = (key: string) => (errors[key] ??= []).push(m.validation_required({}, { locale }));
	const get = (key: string) => values[key]?.trim() ?? '';
	const weekly: { weekday: number; start: string; end: string }[] = [];
	const weeklyKeys: string[] = [];
	for (const weekday of WEEK)
		for (let n = 0; n < RANGES_PER_DAY; n++) {
			const start = get(hourField(weekday, n, 'start'));
			let end = get(hourField(weekday, n, 'end'));
			if (!start && !end) continue;
			if (!start) required(hourField(weekday, n, 'start'));
			if (!end) required(hourField(weekday, n, 'end'));
			if (!start || !end) continue;
			if (end === '00:00' && start !== '00:00') end = '24:00';
			weekly.push({ weekday, start, end });
			weeklyKeys.push(`weekly.${weekday}.${n}`);
		}
	const blackouts: { from: string; to: string; reason: string }[] = [];
	const blackoutKeys: string[] = [];
	for (
		let n = 0;
		values[blackoutField(n, 'from')] !== undefined || values[blackoutField(n, 'to')] !== undefined;
		n++
	) {
		const from = get(blackoutField(n, 'from'));
		const to = get(blackoutField(n, 'to'));
		const reason = get(blackoutField(n, 'reason'));
		if (!from && !to && !reason) continue;
		if (!from) {
			required(blackoutField(n, 'from'));
			continue;
		}
		blackouts.push({ from, to: to || from, reason });
		blackoutKeys.push(`blackouts.${n}`);
	}
	const parsed = availabilityInput.safeParse({ timeZone: get('timeZone'), weekly, blackouts });
	if (parsed.success && Object.keys(errors).length === 0) return { data: parsed.data };
	if (!parsed.success)
		Object.assign(errors, rekey(fieldErrors(parsed.error as z.ZodError, locale), weeklyKeys, blackoutKeys));
	return { errors };
}

function rekey(errors: Record<string, string[]>, weeklyKeys: string[], blackoutKeys: string[]) {
	const out: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(errors)) {
		const [list, index, ...rest] = key.split('.');
		const keys = list === 'weekly' ? weeklyKeys : list === 'blackouts' ? blackoutKeys : undefined;
		const base = keys?.[Number(index)];
		const part = rest.join('.') || (list === 'weekly' ? 'start' : 'from');
		(out[base ? `${base}.${part}` : key] ??= []).push(...messages);
	}
	return out;
}

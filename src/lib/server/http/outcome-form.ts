/**
 * Reading the outcome and check-in forms: figures typed as people type them ("1,500,000,000",
 * "3000만원" is not accepted: integer won only, with separators) and dates from a date field, turned
 * into what the outcome schemas read. Validation stays the schemas' and the services'.
 */
import { fromLocalInput } from '$lib/zoned-time';

/** "1,500,000,000" / "1 500 000 000원" → 1500000000; "" → undefined; anything else → NaN (refused as invalid). */
export function readInteger(value: string | undefined): number | undefined {
	const text = (value ?? '').replace(/[\s,_원₩]/g, '');
	if (text === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * A date field's "2026-11-02" as the start of that day in the person's time zone (so "today" is never
 * in the future); undefined when empty or malformed (the schema then names the field).
 */
export function readDay(value: string | undefined, timeZone: string): string | undefined {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	return fromLocalInput(`${value}T00:00`, timeZone)?.toISOString();
}

const text = (v: string | undefined) => (v?.trim() ? v : undefined);

/** The "record an outcome" form of a card, as `outcomeInput` reads it. */
export function readOutcomeForm(
	values: Record<string, string>,
	card: { id: string; startupId: string; corporateId: string },
	timeZone: string
) {
	return {
		startupId: card.startupId,
		corporateId: card.corporateId,
		collaborationId: card.id,
		kind: values.kind,
		amountKrw: readInteger(values.amountKrw),
		jobs: readInteger(values.jobs),
		occurredAt: readDay(values.occurredAt, timeZone),
		note: text(values.note)
	};
}

/** The "correct" form, as `correctionInput` reads it: an empty figure is left as it was. */
export function readCorrectionForm(values: Record<string, string>, timeZone: string) {
	return {
		amountKrw: readInteger(values.amountKrw),
		jobs: readInteger(values.jobs),
		occurredAt: readDay(values.occurredAt, timeZone),
		note: text(values.note),
		reason: values.reason ?? ''
	};
}

/** A check-in answer: ticked boxes (or a one-click button's hidden field) and the optional figures. */
export function readCheckinForm(values: Record<string, string>) {
	const yes = (k: string) => values[k] === 'on' || values[k] === 'yes';
	// "We hired" in one click counts one person until a number is given (a manager can correct it).
	const hires = readInteger(values.hires) ?? (yes('hire') ? 1 : undefined);
	return {
		poc: yes('poc'),
		contract: yes('contract'),
		contractKrw: yes('contract') ? readInteger(values.contractKrw) : undefined,
		investment: yes('investment'),
		investmentKrw: yes('investment') ? readInteger(values.investmentKrw) : undefined,
		hires: hires === 0 ? undefined : hires,
		comment: text(values.comment)
	};
}

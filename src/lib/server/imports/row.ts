/**
 * One spreadsheet row as a startup: each mapped cell parsed with zod into what the catalog stores.
 * Issue messages are codes (`required`, `unknown_value` …) that the pages and the API localize; the
 * limits are those of the catalog's own startup input (catalog/schema.ts) and the database's checks.
 */
import { z } from 'zod';
import { techTag } from '$lib/server/catalog/schema';
import { splitList, countOf, regionCode, taxonomyCode, withScheme, yearOf } from './values';

export type RowIssueCode =
	| 'required'
	| 'too_long'
	| 'unknown_value'
	| 'too_many'
	| 'out_of_range'
	| 'business_number'
	| 'url'
	| 'not_a_number'
	| 'not_a_year'
	| 'invalid';

type Ctx = z.core.$RefinementCtx;
const issue = (ctx: Ctx, code: RowIssueCode, value?: string) =>
	ctx.addIssue({ code: 'custom', message: code, params: value === undefined ? {} : { value } });

const optionalText = (max: number) =>
	z.string().transform((v, ctx) => {
		if (v.length > max) issue(ctx, 'too_long');
		return v === '' ? null : v;
	});

const codeList = (kind: 'industries' | 'seeking', max: number) =>
	z.string().transform((v, ctx) => {
		const codes: string[] = [];
		for (const part of splitList(v)) {
			const code = taxonomyCode(kind, part);
			if (code === undefined) issue(ctx, 'unknown_value', part);
			else if (!codes.includes(code)) codes.push(code);
		}
		if (codes.length > max) issue(ctx, 'too_many');
		return codes;
	});

const BUSINESS_NUMBER = /^\d{10}$/;

export const importRow = z.object({
	name: z.string().transform((v, ctx) => {
		if (v === '') issue(ctx, 'required');
		else if (v.length > 120) issue(ctx, 'too_long');
		return v;
	}),
	nameEn: optionalText(120),
	// "123-45-67890" as printed on the certificate, or the 10 digits alone.
	businessNumber: z.string().transform((v, ctx) => {
		const digits = v.replace(/[\s-]/g, '');
		if (digits === '') return null;
		if (!BUSINESS_NUMBER.test(digits)) issue(ctx, 'business_number', v);
		return digits;
	}),
	region: z.string().transform((v, ctx) => {
		if (v === '') return null;
		const code = regionCode(v);
		if (code === undefined) issue(ctx, 'unknown_value', v);
		return code ?? null;
	}),
	industries: codeList('industries', 5),
	techTags: z.string().transform((v, ctx) => {
		const tags: string[] = [];
		for (const part of splitList(v)) {
			const parsed = techTag.safeParse(part);
			if (!parsed.success) issue(ctx, 'invalid', part);
			else if (!tags.includes(parsed.data)) tags.push(parsed.data);
		}
		if (tags.length > 15) issue(ctx, 'too_many');
		return tags;
	}),
	stage: z.string().transform((v, ctx) => {
		if (v === '') return null;
		const code = taxonomyCode('stages', v);
		if (code === undefined) issue(ctx, 'unknown_value', v);
		return code ?? null;
	}),
	seeking: codeList('seeking', 5),
	foundedYear: z.string().transform((v, ctx) => {
		if (v === '') return null;
		const year = yearOf(v);
		if (year === undefined) issue(ctx, 'not_a_year', v);
		else if (year < 1900 || year > 2100) issue(ctx, 'out_of_range', v);
		return year ?? null;
	}),
	employees: z.string().transform((v, ctx) => {
		if (v === '') return null;
		const count = countOf(v);
		if (count === undefined) issue(ctx, 'not_a_number', v);
		else if (count > 1_000_000) issue(ctx, 'out_of_range', v);
		return count ?? null;
	}),
	website: z.string().transform((v, ctx) => {
		if (v === '') return null;
		const url = withScheme(v);
		if (url.length > 300 || !z.url({ protocol: /^https?$/ }).safeParse(url).success) issue(ctx, 'url', v);
		return url;
	}),
	summary: optionalText(200),
	description: optionalText(4000)
});

export type ImportRow = z.output<typeof importRow>;

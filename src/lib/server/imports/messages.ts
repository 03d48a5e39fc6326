/** Localized sentences for import refusals and row issues (the report stores codes, not sentences). */
import { m } from '$lib/paraglide/messages';
import type { ImportErrorCode } from '$lib/server/errors';
import type { RowIssueCode } from './row';
import type { ImportField } from './fields';

type Locale = 'ko' | 'en';

const ERRORS: Record<ImportErrorCode, (o: { locale: Locale }) => string> = {
	import_unsupported_file: (o) => m.import_error_unsupported_file({}, o),
	import_too_large: (o) => m.import_error_too_large({}, o),
	import_too_many_rows: (o) => m.import_error_too_many_rows({}, o),
	import_empty: (o) => m.import_error_empty({}, o),
	import_encoding: (o) => m.import_error_encoding({}, o),
	import_no_header: (o) => m.import_error_no_header({}, o),
	import_mapping_name: (o) => m.import_error_mapping_name({}, o),
	import_mapping_invalid: (o) => m.import_error_mapping_invalid({}, o),
	import_state: (o) => m.import_error_state({}, o)
};

export function importErrorMessage(code: ImportErrorCode, locale: Locale): string {
	return ERRORS[code]({ locale });
}

/** One row issue as a sentence, e.g. `알 수 없는 값 "부산광역시청"`. */
export function rowIssueMessage(code: RowIssueCode, value: string | undefined, locale: Locale): string {
	const o = { locale };
	const v = { value: value ?? '' };
	switch (code) {
		case 'required':
			return m.import_issue_required({}, o);
		case 'too_long':
			return m.import_issue_too_long({}, o);
		case 'unknown_value':
			return m.import_issue_unknown_value(v, o);
		case 'too_many':
			return m.import_issue_too_many({}, o);
		case 'out_of_range':
			return m.import_issue_out_of_range(v, o);
		case 'business_number':
			return m.import_issue_business_number(v, o);
		case 'url':
			return m.import_issue_url(v, o);
		case 'not_a_number':
			return m.import_issue_not_a_number(v, o);
		case 'not_a_year':
			return m.import_issue_not_a_year(v, o);
		default:
			return m.import_issue_invalid({}, o);
	}
}

const FIELDS: Record<ImportField, (o: { locale: Locale }) => string> = {
	name: (o) => m.import_field_name({}, o),
	nameEn: (o) => m.import_field_nameEn({}, o),
	businessNumber: (o) => m.import_field_businessNumber({}, o),
	region: (o) => m.import_field_region({}, o),
	industries: (o) => m.import_field_industries({}, o),
	techTags: (o) => m.import_field_techTags({}, o),
	stage: (o) => m.import_field_stage({}, o),
	seeking: (o) => m.import_field_seeking({}, o),
	foundedYear: (o) => m.import_field_foundedYear({}, o),
	employees: (o) => m.import_field_employees({}, o),
	website: (o) => m.import_field_website({}, o),
	summary: (o) => m.import_field_summary({}, o),
	description: (o) => m.import_field_description({}, o)
};

export function fieldLabel(field: ImportField, locale: Locale): string {
	return FIELDS[field]({ locale });
}

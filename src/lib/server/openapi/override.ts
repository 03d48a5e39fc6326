import { z } from 'zod';
import type { ZodOpenApiOverrideContext } from 'zod-openapi';

const SELF_EXPLAINING_FORMATS = new Set(['uuid', 'email', 'date-time', 'uri']);

/**
 * Tidies what zod renders so the document reads like one written by hand, without changing meaning:
 * - a request field normalised before it is checked (`z.string().trim().pipe(z.email())`) renders
 *   only its input side, a bare string; it gets the format and length of the check it is piped into;
 * - zod's regexes for uuid, email, date-time and url repeat what `format` says, at 200 characters;
 * - `z.int()` adds ±2^53 bounds that say nothing;
 * - responses drop `additionalProperties: false`, because the contract lets fields be added.
 */
export function tidySchema({ jsonSchema, zodSchema, io }: ZodOpenApiOverrideContext): void {
	const def = zodSchema._zod.def;
	if (io === 'input' && def.type === 'pipe' && jsonSchema.type === 'string' && !jsonSchema.format) {
		const target = z.toJSONSchema(def.out as z.ZodType, { unrepresentable: 'any', io: 'input' });
		if (target.type === 'string' && typeof target.format === 'string') {
			jsonSchema.format = target.format;
			if (
				typeof target.maxLength === 'number' &&
				!(typeof jsonSchema.maxLength === 'number' && jsonSchema.maxLength < target.maxLength)
			) {
				jsonSchema.maxLength = target.maxLength;
			}
		}
	}
	if (typeof jsonSchema.format === 'string' && SELF_EXPLAINING_FORMATS.has(jsonSchema.format))
		delete jsonSchema.pattern;
	if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
	if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
	if (io === 'output' && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
}

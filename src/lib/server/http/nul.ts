/**
 * Where a value holds a NUL character (U+0000). Postgres cannot store one in text, so such input would
 * end in a database error; it is refused at the edge instead, naming the field. Paths are dotted, as
 * zod names fields (`links.0.url`); `_` is the value itself.
 */
export function fieldsWithNul(value: unknown, path: string[] = [], found: string[] = []): string[] {
	if (typeof value === 'string') {
		// A `__proto__` field is reported as the form's own ('_'): SvelteKit refuses to serialize that key.
		const name = path.join('.') || '_';
		if (value.includes('\u0000')) found.push(name === '__proto__' ? '_' : name);
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => fieldsWithNul(v, [...path, String(i)], found));
	} else if (value && typeof value === 'object') {
		for (const key of Object.keys(value))
			fieldsWithNul((value as Record<string, unknown>)[key], [...path, key], found);
	}
	return found;
}

/** The messages for a field, including those of its items ("techTags.2" belongs to "techTags"). */
export function errorsFor(errors: Record<string, string[]> | undefined, field: string): string[] | undefined {
	if (!errors) return undefined;
	const found = Object.entries(errors)
		.filter(([key]) => key === field || key.startsWith(`${field}.`))
		.flatMap(([, messages]) => messages);
	return found.length ? [...new Set(found)] : undefined;
}

/** Steps with each one's share of the step before (null for the first step, or after an empty one). */
export function rateOf<T extends { count: number }>(
	steps: readonly T[]
): (T & { conversion: number | null })[] {
	return steps.map((s, i) => {
		const previous = i === 0 ? 0 : steps[i - 1]!.count;
		return { ...s, conversion: previous > 0 ? s.count / previous : null };
	});
}

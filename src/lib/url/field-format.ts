// Writes URL values (numbers at their step's precision, comma lists) without valibot, so the links a first visit writes do not load the readers' schemas (field-schemas.ts).

/** The number of decimal places of `step` (0 for 10, 1 for 0.5, 2 for 0.25), at most 10. */
export function decimalPlacesOf(step: number): number {
	let places = 0;
	while (places < 10 && Math.abs(Math.round(step * 10 ** places) - step * 10 ** places) > 1e-9)
		places += 1;
	return places;
}

/**
 * Rounds `value` to the precision of the spec's step (not to a multiple of the step): with the
 * current steps (10, 100, 50) that is a whole number, so `k2=185` stays 185 and `k2=185.4` becomes
 * 185. A link to a value the slider cannot reach still shows that value. -0 becomes 0.
 */
export function roundToStepPrecision(value: number, step: number): number {
	const scale = 10 ** decimalPlacesOf(step);
	return Math.round(value * scale) / scale + 0;
}

/** Writes a number rounded to the step's precision without exponent or trailing zeros (`185`, `0.5`). */
export function formatToStepPrecision(value: number, step: number): string {
	const text = roundToStepPrecision(value, step).toFixed(decimalPlacesOf(step));
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Value of a comma list that selects nothing. An empty value is 'malformed', not "nothing". */
export const EMPTY_LIST_WORD = 'none';

/** Writes a list chosen from `options` in their order, or `none` when empty. */
export function formatList(words: readonly string[], options: readonly string[]): string {
	const ordered = options.filter((option) => words.includes(option));
	return ordered.length === 0 ? EMPTY_LIST_WORD : ordered.join(',');
}

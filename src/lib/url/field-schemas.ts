// valibot schemas for one URL value each: numbers from the parameter spec, words from a list, 1/0 switches, comma lists.
import * as v from 'valibot';
import type { NumericInputSpec } from '$lib/model/parameters';

/**
 * Plain decimals only: optional minus, digits, optional fraction (`180`, `-3`, `0.5`, `.5`, `5.`).
 * No exponent, hex, `Infinity`, `NaN`, whitespace or empty string: these are 'malformed'.
 */
const PLAIN_DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** Plain unsigned whole numbers (`3`, `012`). */
const PLAIN_WHOLE_NUMBER = /^\d+$/;

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

/**
 * A numeric input: a plain decimal, rounded to the step's precision, then checked against
 * [min, max] (rounding first, so `k2=1000.3` reads as 1000). Out of range is an error, not clamped.
 * Digits too many for a double read as ±Infinity and so fail the bounds (out of range).
 */
export function numberFieldSchema(spec: NumericInputSpec): v.GenericSchema<string, number> {
	return v.pipe(
		v.string(),
		v.regex(PLAIN_DECIMAL),
		v.transform(Number),
		v.transform((value: number) => roundToStepPrecision(value, spec.step)),
		v.minValue(spec.min),
		v.maxValue(spec.max),
		v.finite()
	);
}

/** A whole number in [min, max] (for the tour step). A fraction is 'malformed'. */
export function wholeNumberFieldSchema(min: number, max: number): v.GenericSchema<string, number> {
	return v.pipe(
		v.string(),
		v.regex(PLAIN_WHOLE_NUMBER),
		v.transform(Number),
		v.finite(),
		v.integer(),
		v.minValue(min),
		v.maxValue(max)
	);
}

/** One word out of `options`, exactly as written (case matters). */
export function wordFieldSchema<const Word extends string>(
	options: readonly Word[]
): v.GenericSchema<string, Word> {
	return v.picklist(options);
}

/** `1` or `0`. */
export function switchFieldSchema(): v.GenericSchema<string, boolean> {
	return v.pipe(
		v.picklist(['1', '0']),
		v.transform((text) => text === '1')
	);
}

/** Value of a comma list that selects nothing. An empty value is 'malformed', not "nothing". */
export const EMPTY_LIST_WORD = 'none';

/**
 * A comma list of words out of `options` (`k2,d3`), or `none` for an empty list. Any unknown word
 * rejects the whole list ('malformed'). Repeats are dropped and the result follows the order of `options`.
 */
export function listFieldSchema<const Word extends string>(
	options: readonly Word[]
): v.GenericSchema<string, Word[]> {
	const word = wordFieldSchema(options);
	return v.pipe(
		v.string(),
		v.minLength(1),
		v.transform((text: string) => (text === EMPTY_LIST_WORD ? [] : text.split(','))),
		v.array(word),
		v.transform((words: Word[]) => options.filter((option) => words.includes(option)))
	);
}

/** Writes a list chosen from `options` in their order, or `none` when empty. */
export function formatList(words: readonly string[], options: readonly string[]): string {
	const ordered = options.filter((option) => words.includes(option));
	return ordered.length === 0 ? EMPTY_LIST_WORD : ordered.join(',');
}

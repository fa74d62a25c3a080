// valibot schemas for one URL value each: numbers from the parameter spec, words from a list, 1/0 switches, comma lists (field-format.ts writes them).
import * as v from 'valibot';
import type { NumericInputSpec } from '$lib/model/parameters';
import { EMPTY_LIST_WORD, roundToStepPrecision } from './field-format';

export {
	decimalPlacesOf,
	EMPTY_LIST_WORD,
	formatList,
	formatToStepPrecision,
	roundToStepPrecision
} from './field-format';

/**
 * Plain decimals only: optional minus, digits, optional fraction (`180`, `-3`, `0.5`, `.5`, `5.`).
 * No exponent, hex, `Infinity`, `NaN`, whitespace or empty string: these are 'malformed'.
 */
const PLAIN_DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** Plain unsigned whole numbers (`3`, `012`). */
const PLAIN_WHOLE_NUMBER = /^\d+$/;

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

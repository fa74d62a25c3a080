// Unit tests of the per-value schemas: number grammar, rounding to the step's precision, lists.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { k2Spec, type NumericInputSpec } from '$lib/model/parameters';
import {
	decimalPlacesOf,
	formatList,
	formatToStepPrecision,
	listFieldSchema,
	numberFieldSchema,
	roundToStepPrecision,
	wholeNumberFieldSchema
} from './field-schemas';

const k2 = numberFieldSchema(k2Spec);
const halfStep: NumericInputSpec = { ...k2Spec, min: -5, max: 5, step: 0.5 };

describe('number values', () => {
	it('writes a number without trailing zeros, however many the step allows', () => {
		expect(formatToStepPrecision(1.5, 0.001)).toBe('1.5');
		expect(formatToStepPrecision(2, 0.001)).toBe('2');
		expect(formatToStepPrecision(1.05, 0.01)).toBe('1.05');
		expect(formatToStepPrecision(100, 10)).toBe('100');
	});

	it.each([
		['180', 180],
		['0', 0],
		['1000', 1000],
		['0180', 180],
		['185', 185],
		['185.4', 185],
		['185.5', 186],
		['.5', 1],
		['5.', 5],
		['1000.3', 1000],
		['-0.2', 0]
	])('reads %s as %d', (text, expected) => {
		expect(v.parse(k2, text)).toBe(expected);
	});

	it('turns -0 into 0', () => {
		expect(Object.is(v.parse(k2, '-0'), 0)).toBe(true);
	});

	it.each([
		'',
		' ',
		' 5',
		'5 ',
		'+5',
		'1e3',
		'1E3',
		'0x10',
		'Infinity',
		'NaN',
		'1,0',
		'1_0',
		'--1',
		'١٠',
		'5abc'
	])('rejects %j as malformed', (text) => {
		const result = v.safeParse(k2, text);
		expect(result.success).toBe(false);
		expect(
			result.issues?.some((issue) => issue.type === 'min_value' || issue.type === 'max_value')
		).toBe(false);
	});

	it.each(['-1', '1001', '9'.repeat(400)])('rejects %s as out of range', (text) => {
		const result = v.safeParse(k2, text);
		expect(result.success).toBe(false);
		expect(result.issues?.map((issue) => issue.type)).toContain(
			text.startsWith('-') ? 'min_value' : 'max_value'
		);
	});

	it('keeps one decimal for a half step', () => {
		expect(decimalPlacesOf(0.5)).toBe(1);
		expect(decimalPlacesOf(0.25)).toBe(2);
		expect(decimalPlacesOf(50)).toBe(0);
		expect(v.parse(numberFieldSchema(halfStep), '1.26')).toBe(1.3);
		expect(roundToStepPrecision(2.04, 0.1)).toBe(2);
		expect(formatToStepPrecision(1.5, 0.5)).toBe('1.5');
		expect(formatToStepPrecision(2, 0.5)).toBe('2');
		expect(formatToStepPrecision(1e-7, 0.5)).toBe('0');
		expect(formatToStepPrecision(1200, 100)).toBe('1200');
	});
});

describe('whole numbers', () => {
	const tour = wholeNumberFieldSchema(1, 20);
	it('accepts 1..20 and tells fractions from out-of-range values', () => {
		expect(v.parse(tour, '20')).toBe(20);
		expect(v.safeParse(tour, '2.5').issues?.[0].type).toBe('regex');
		expect(v.safeParse(tour, '0').issues?.[0].type).toBe('min_value');
		expect(v.safeParse(tour, '21').issues?.[0].type).toBe('max_value');
	});
});

describe('comma lists', () => {
	const list = listFieldSchema(['a', 'b', 'c']);
	it('returns the words in canonical order without repeats', () => {
		expect(v.parse(list, 'c,a,c')).toStrictEqual(['a', 'c']);
		expect(v.parse(list, 'none')).toStrictEqual([]);
	});

	it.each(['', 'a,', ',a', 'a,,b', 'a,d', 'A', 'a b'])('rejects %j as malformed', (text) => {
		expect(v.safeParse(list, text).success).toBe(false);
	});

	it('writes lists in canonical order, and none when empty', () => {
		expect(formatList(['c', 'a'], ['a', 'b', 'c'])).toBe('a,c');
		expect(formatList([], ['a', 'b', 'c'])).toBe('none');
	});
});

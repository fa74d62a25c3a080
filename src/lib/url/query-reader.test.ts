// Unit tests of the generic query reader: limits, duplicates, unknown names, name cleaning, odd inputs.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	cleanParamName,
	MAX_NAME_LENGTH,
	MAX_PARAMS_INSPECTED,
	readQuery,
	type FieldSchema
} from './query-reader';

const schemas = new Map<string, FieldSchema>([
	['n', v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number), v.minValue(1), v.maxValue(9))],
	['w', v.picklist(['a', 'b'])]
]);

describe('readQuery', () => {
	it('accepts valid values and reports nothing', () => {
		const { values, rejected } = readQuery('?n=5&w=b', schemas);
		expect(Object.fromEntries(values)).toStrictEqual({ n: 5, w: 'b' });
		expect(rejected).toStrictEqual([]);
	});

	it('reads URLSearchParams as well as strings', () => {
		const { values } = readQuery(new URLSearchParams([['n', '3']]), schemas);
		expect(values.get('n')).toBe(3);
	});

	it('tells malformed from out-of-range values', () => {
		const { values, rejected } = readQuery('n=x&w=c', schemas);
		expect(values.size).toBe(0);
		expect(rejected).toStrictEqual([
			{ name: 'n', reason: 'malformed' },
			{ name: 'w', reason: 'malformed' }
		]);
		expect(readQuery('n=10', schemas).rejected).toStrictEqual([
			{ name: 'n', reason: 'out-of-range' }
		]);
	});

	it('reports unknown names, except those another reader handles', () => {
		expect(readQuery('zz=1&n=2', schemas).rejected).toStrictEqual([
			{ name: 'zz', reason: 'unknown' }
		]);
		expect(readQuery('zz=1&n=2', schemas, new Set(['zz'])).rejected).toStrictEqual([]);
	});

	it('keeps the first of repeated names and reports the repeat once', () => {
		const { values, rejected } = readQuery('n=2&n=3&n=4', schemas);
		expect(values.get('n')).toBe(2);
		expect(rejected).toStrictEqual([{ name: 'n', reason: 'duplicate' }]);
	});

	it('rejects values longer than 64 characters unread', () => {
		expect(readQuery(`w=${'a'.repeat(65)}`, schemas).rejected).toStrictEqual([
			{ name: 'w', reason: 'too-long' }
		]);
		expect(readQuery(`w=${'a'.repeat(64)}`, schemas).rejected).toStrictEqual([
			{ name: 'w', reason: 'malformed' }
		]);
	});

	it(`reads only the first ${MAX_PARAMS_INSPECTED} parameters and reports the rest as one entry`, () => {
		const filler = Array.from({ length: MAX_PARAMS_INSPECTED }, (_, index) => `f${index}=1`);
		const { values, rejected } = readQuery(
			[...filler, 'n=5', 'w=a', 'q=1'].join('&'),
			schemas,
			new Set(filler.map((pair) => pair.slice(0, -2)))
		);
		expect(values.size).toBe(0);
		expect(rejected).toStrictEqual([{ name: 'n', reason: 'too-many', count: 3 }]);
	});

	it('never throws and reads nothing from inputs that are not queries', () => {
		for (const input of [undefined, null, 42, {}, [], Symbol('s')]) {
			expect(readQuery(input, schemas)).toStrictEqual({ values: new Map(), rejected: [] });
		}
	});

	it('decodes broken escapes as browsers do instead of failing', () => {
		expect(readQuery('n=%&w=%E0%A4%A', schemas).rejected).toStrictEqual([
			{ name: 'n', reason: 'malformed' },
			{ name: 'w', reason: 'malformed' }
		]);
	});

	it('never creates properties from names like __proto__', () => {
		const prototypeNamesBefore = Object.getOwnPropertyNames(Object.prototype);
		const { values, rejected } = readQuery('__proto__=1&constructor=2&toString=3', schemas);
		expect(values.size).toBe(0);
		expect(rejected.map((entry) => entry.name)).toStrictEqual([
			'__proto__',
			'constructor',
			'toString'
		]);
		expect(Object.getOwnPropertyNames(Object.prototype)).toStrictEqual(prototypeNamesBefore);
	});
});

describe('cleanParamName', () => {
	it('removes control, bidi and zero-width characters', () => {
		expect(cleanParamName('a\u0000b\u202ec\u200fd\u200be\u2028f\u0085g\ud800')).toBe('abcdefg');
	});

	it(`cuts names to ${MAX_NAME_LENGTH} units with an ellipsis, never splitting a character`, () => {
		expect(cleanParamName('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`);
		expect(cleanParamName('x'.repeat(40))).toBe('x'.repeat(40));
		const emoji = cleanParamName('x' + '😀'.repeat(30));
		expect(emoji.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
		expect(emoji).toBe(`x${'😀'.repeat(19)}…`);
	});

	it('keeps markup as plain text for the UI to show as text', () => {
		expect(cleanParamName('<b>')).toBe('<b>');
	});
});

// The written-out number formatter writes every figure exactly as Intl.NumberFormat does, in every app language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { formatFixed } from './number-format';

function intl(locale: string, value: number, digits: number, signed: boolean): string {
	return new Intl.NumberFormat(locale, {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits,
		signDisplay: signed ? 'exceptZero' : 'auto'
	}).format(value);
}

const awkward = [
	0,
	-0,
	0.04,
	-0.04,
	0.05,
	-0.05,
	0.5,
	2.5,
	-2.5,
	1.005,
	1.45,
	0.125,
	9.995,
	99.95,
	999.5,
	999.95,
	1000,
	9999.5,
	10000,
	123456.789,
	-1234567.891,
	1e-7,
	5e-7,
	1e21,
	1.5e21,
	0.1 + 0.2,
	1 / 3,
	2 / 3
];

describe('formatFixed', () => {
	it('matches Intl.NumberFormat on rounding edges, grouping thresholds, signs and exponents', () => {
		for (const locale of locales)
			for (const value of awkward)
				for (const digits of [0, 1, 2, 3])
					for (const signed of [false, true])
						expect(
							formatFixed(locale, value, digits, signed),
							`${locale} ${value} ${digits} ${signed}`
						).toBe(intl(locale, value, digits, signed));
	});

	it('groups thousands as each language does (Spanish from five digits, French with a narrow space)', () => {
		expect(formatFixed('en', 1000, 0, false)).toBe('1,000');
		expect(formatFixed('es', 1000, 0, false)).toBe('1000');
		expect(formatFixed('es', 10000, 0, false)).toBe('10.000');
		expect(formatFixed('fr', 1200.5, 1, false)).toBe('1\u202f200,5');
	});

	it('matches Intl.NumberFormat for any finite number the screen could show', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...locales),
				fc.oneof(
					fc.double({ min: -1e7, max: 1e7, noNaN: true }),
					fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
					fc.integer({ min: -100000, max: 100000 }).map((n) => n / 200)
				),
				fc.integer({ min: 0, max: 3 }),
				fc.boolean(),
				(locale, value, digits, signed) => {
					expect(formatFixed(locale, value, digits, signed)).toBe(
						intl(locale, value, digits, signed)
					);
				}
			),
			{ numRuns: 3000 }
		);
	});
});

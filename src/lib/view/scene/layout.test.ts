// The flux arrows' width scale gives what d3-scale's clamped scaleSqrt gives.
import fc from 'fast-check';
import { scaleSqrt } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { fluxWidth } from './layout';

describe('fluxWidth', () => {
	it('equals scaleSqrt().domain([0, 1200]).range([1.5, 22]).clamp(true)', () => {
		const d3 = scaleSqrt().domain([0, 1200]).range([1.5, 22]).clamp(true);
		fc.assert(
			fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (mgPerDay) => {
				expect(fluxWidth(mgPerDay)).toBeCloseTo(d3(mgPerDay), 9);
			})
		);
		expect(fluxWidth.range()).toStrictEqual(d3.range());
	});
});

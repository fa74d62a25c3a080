// The charts' linear scale gives exactly what d3-scale's scaleLinear gives: mapped values, the nice domain and the ticks.
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linear-scale';

/** Chart-like values: hundredths between ±10,000 (d3 itself fails on subnormal domains). */
const finite = fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100);

describe('linearScale', () => {
	it('matches d3-scale’s scaleLinear, nice or not', () => {
		fc.assert(
			fc.property(
				finite,
				finite,
				finite,
				finite,
				finite,
				fc.boolean(),
				fc.integer({ min: 1, max: 12 }),
				(a, b, r0, r1, value, nice, count) => {
					const ours = linearScale([a, b], [r0, r1], { nice });
					const d3 = scaleLinear().domain([a, b]).range([r0, r1]);
					if (nice) d3.nice();
					expect(ours.domain()).toStrictEqual(d3.domain());
					expect(ours.range()).toStrictEqual(d3.range());
					const [mine, theirs] = [ours(value), d3(value)];
					if (Number.isNaN(theirs)) expect(mine).toBeNaN();
					else expect(Math.abs(mine - theirs)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(theirs)));
					expect(ours.ticks(count)).toStrictEqual(d3.ticks(count));
				}
			)
		);
	});

	it('maps a one-value domain to the middle of the range', () => {
		expect(linearScale([3, 3], [0, 100])(42)).toBe(50);
	});
});

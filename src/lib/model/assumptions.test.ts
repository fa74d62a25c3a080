// The uncertain parameters: three named sets, anything else read as central.
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_VALUES, ASSUMPTIONS, assumptionValues, type Assumption } from './assumptions';

describe('assumptionValues', () => {
	it('gives each named set its own values and falls back to central for anything else', () => {
		expect(ASSUMPTIONS).toEqual(['low', 'central', 'high']);
		for (const assume of ASSUMPTIONS)
			expect(assumptionValues(assume)).toBe(ASSUMPTION_VALUES[assume]);
		expect(assumptionValues(undefined)).toBe(ASSUMPTION_VALUES.central);
		expect(assumptionValues('extreme' as Assumption)).toBe(ASSUMPTION_VALUES.central);
		// AVADEC's low brake, Luo 1997's high one (assumptions.ts).
		expect(assumptionValues('low').mgpBrakeStrength).toBe(0.1);
		expect(assumptionValues('high').mgpBrakeStrength).toBe(1);
	});

	it('orders every effect low ≤ central ≤ high', () => {
		const { low, central, high } = ASSUMPTION_VALUES;
		for (const key of Object.keys(central) as (keyof typeof central)[]) {
			expect(low[key], key).toBeLessThanOrEqual(central[key]);
			expect(central[key], key).toBeLessThanOrEqual(high[key]);
			expect(low[key], key).toBeLessThan(high[key]);
		}
	});
});

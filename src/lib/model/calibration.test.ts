// The reference adult's steady state lands inside the published ranges (doc/reference-values.md §1).
import { describe, expect, it } from 'vitest';
import { defaultInputs } from './parameters';
import { steadyState } from './simulate';
import { initialState } from './state';
import { snapshotOf } from './snapshot';

/** Computed inside each test, never while Vitest collects the file (stryker.config.mjs: static mutants). */
const reference = () => steadyState(defaultInputs());

describe('the default steady state', () => {
	it('absorbs about a quarter of the calcium (IOM 2011)', () => {
		const adult = reference();
		expect(adult.fractionalAbsorption).toBeGreaterThanOrEqual(0.22);
		expect(adult.fractionalAbsorption).toBeLessThanOrEqual(0.3);
	});

	it.each([
		['grossAbsorptionMgPerDay', 250, 400],
		['secretionMgPerDay', 100, 200],
		['netAbsorptionMgPerDay', 150, 250],
		['urineMgPerDay', 100, 200],
		['boneFormationMgPerDay', 400, 600],
		['boneResorptionMgPerDay', 400, 600],
		['bloodCalciumMmolL', 2.2, 2.6],
		['ecfCalciumMg', 850, 950]
	] as const)('%s lies within %d–%d', (field, low, high) => {
		const adult = reference();
		expect(adult[field]).toBeGreaterThanOrEqual(low);
		expect(adult[field]).toBeLessThanOrEqual(high);
	});

	it('keeps bone in balance and passes net absorption into the urine', () => {
		const adult = reference();
		expect(adult.boneFormationMgPerDay - adult.boneResorptionMgPerDay).toBeCloseTo(0, 6);
		expect(Math.abs(adult.urineMgPerDay - adult.netAbsorptionMgPerDay)).toBeLessThan(1);
		expect(adult.intakeMgPerDay - adult.faecalMgPerDay - adult.urineMgPerDay).toBeCloseTo(
			adult.arterialDepositionMgPerDay,
			6
		);
	});

	it('is where every run starts: the initial state is this steady state', () => {
		const adult = reference();
		const start = initialState(defaultInputs());
		const snapshot = snapshotOf(start, defaultInputs(), start);
		for (const field of [
			'ecfCalciumMg',
			'gutLumenCalciumMg',
			'serum25OHDNmolL',
			'urineMgPerDay'
		] as const) {
			expect(snapshot[field]).toBeCloseTo(adult[field], 6);
		}
	});

	it('keeps nearly all body calcium in bone', () => {
		const adult = reference();
		const bodyMg = adult.boneCalciumG * 1000 + adult.ecfCalciumMg + adult.gutLumenCalciumMg;
		expect((adult.boneCalciumG * 1000) / bodyMg).toBeGreaterThan(0.99);
	});
});

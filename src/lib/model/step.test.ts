// Invariants of one step and of many: exact mass balance, no NaN or negative pools, calcium kept in range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from './parameters';
import { advance } from './simulate';
import { snapshotOf } from './snapshot';
import { initialState, massBalanceErrorMg, type ModelState } from './state';
import { assumptionValues } from './assumptions';
import { copyState } from './state';
import { integrateInPlace, step } from './step';
import { inputsArbitrary } from './testing';

const poolFields = [
	'gutLumenMg',
	'ecfCalciumMg',
	'boneMg',
	'arterialMg',
	'serum25OHDNmolL',
	'mk7SerumNgPerMl',
	'pthGlandCapacity',
	'calcitriolPmolL',
	'gutTransportCapacity',
	'remodellingSpaceMg'
] as const;

function expectHealthy(state: ModelState): void {
	for (const value of Object.values(state)) expect(Number.isFinite(value)).toBe(true);
	for (const field of poolFields) expect(state[field]).toBeGreaterThanOrEqual(0);
}

describe('step', () => {
	it('returns a new state and leaves the old one untouched', () => {
		const start = initialState();
		const frozen = { ...start };
		const next = step(start, { ...defaultInputs(), k2McgPerDay: 360 }, 1);
		expect(start).toEqual(frozen);
		expect(next).not.toBe(start);
		expect(next.timeDays).toBe(1);
	});

	it('rejects a step that is not a positive finite number of days', () => {
		for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => step(initialState(), defaultInputs(), bad)).toThrow(RangeError);
		}
	});

	it('conserves calcium exactly: intake = faecal + urinary + change in every pool (any inputs, any step)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						inputsArbitrary,
						fc.double({ min: 0.01, max: 2, noNaN: true }),
						fc.integer({ min: 1, max: 60 })
					),
					{
						minLength: 1,
						maxLength: 4
					}
				),
				(segments) => {
					const origin = initialState();
					let state = origin;
					for (const [inputs, dtDays, steps] of segments) {
						for (let index = 0; index < steps; index++) state = step(state, inputs, dtDays);
					}
					expect(Math.abs(massBalanceErrorMg(state, origin))).toBeLessThan(1e-6);
					expect(state.cumulativeIntakeMg).toBeGreaterThan(0);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('never produces NaN or a negative pool, and keeps blood calcium within 2.2–2.6 mmol/L, for any inputs in range', () => {
		fc.assert(
			fc.property(inputsArbitrary, fc.constantFrom(1, 5, 30), (inputs, dtDays) => {
				const origin = initialState();
				const state = advance(origin, inputs, 2 * 365, dtDays);
				expectHealthy(state);
				const snapshot = snapshotOf(state, inputs, origin);
				for (const value of Object.values(snapshot)) expect(Number.isFinite(value)).toBe(true);
				expect(snapshot.bloodCalciumMmolL).toBeGreaterThanOrEqual(2.2);
				expect(snapshot.bloodCalciumMmolL).toBeLessThanOrEqual(2.6);
				expect(snapshot.fractionalAbsorption).toBeGreaterThan(0);
				expect(snapshot.fractionalAbsorption).toBeLessThan(1);
				expect(snapshot.arterialCalciumIndex).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 16 }
		);
	}, 30_000);

	it('stays within range at the corners of the input space, including the first days after a jump', () => {
		const corners = [
			{
				k2McgPerDay: 0,
				d3IuPerDay: 0,
				calciumMgPerDay: 200,
				lifeStage: 'postmenopausal',
				warfarin: true,
				sunExposure: 'none'
			},
			{
				k2McgPerDay: 1000,
				d3IuPerDay: 10_000,
				calciumMgPerDay: 3000,
				lifeStage: 'postmenopausal',
				warfarin: false,
				sunExposure: 'high'
			},
			{
				k2McgPerDay: 0,
				d3IuPerDay: 10_000,
				calciumMgPerDay: 3000,
				lifeStage: 'adult',
				warfarin: true,
				sunExposure: 'low'
			}
		] as const;
		for (const corner of corners) {
			const inputs = { ...defaultInputs(), ...corner };
			const origin = initialState();
			let state = origin;
			for (let day = 0; day < 400; day++) {
				state = step(state, inputs, 1);
				const calcium = snapshotOf(state, inputs, origin).bloodCalciumMmolL;
				expect(calcium).toBeGreaterThanOrEqual(2.2);
				expect(calcium).toBeLessThanOrEqual(2.6);
			}
		}
	});

	it('clamps out-of-range inputs instead of using them', () => {
		const wild = {
			...defaultInputs(),
			calciumMgPerDay: 1e9,
			d3IuPerDay: Number.NaN,
			k2McgPerDay: -5
		};
		const state = step(initialState(), wild, 1);
		expectHealthy(state);
		expect(state.cumulativeIntakeMg).toBe(3000);
	});
});

describe('integrateInPlace', () => {
	it('uses the step and the assumption it is given, even when the same inputs object repeats (its per-run values are cached)', () => {
		const inputs = { ...defaultInputs(), d3IuPerDay: 4000, lifeStage: 'postmenopausal' as const };
		const central = assumptionValues('central');
		const high = assumptionValues('high');
		const run = (dtDays: number, assumption = central, same = inputs) => {
			const state = copyState(initialState());
			integrateInPlace(state, same, dtDays, assumption);
			return state;
		};
		const day = run(1);
		expect(run(0.5)).toEqual(run(0.5, central, { ...inputs }));
		expect(run(0.5).serum25OHDNmolL).toBeLessThan(day.serum25OHDNmolL);
		expect(run(1, high)).toEqual(run(1, high, { ...inputs }));
		expect(run(1, high).boneMg).not.toBe(day.boneMg);
		expect(run(1).daysSinceMenopause).toBe(1);
		expect(run(1, central, { ...inputs, lifeStage: 'adult' }).daysSinceMenopause).toBe(0);
	});

	it('takes any step up to 30 days, and no longer', () => {
		expect(step(initialState(), defaultInputs(), 30).timeDays).toBe(30);
		expect(() => step(initialState(), defaultInputs(), 30.5)).toThrow(RangeError);
	});
});

// Invariants of one step and of many: exact mass balance, no NaN or negative pools, calcium kept in range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs, type ModelInputs } from './parameters';
import { advance } from './simulate';
import { snapshotOf } from './snapshot';
import { initialState, massBalanceErrorMg, type ModelState } from './state';
import { assumptionValues } from './assumptions';
import { CALCITRIOL_REFERENCE_PMOL_L, ECF_CALCIUM_SET_POINT_MG } from './constants';
import { serum25OHDTargetNmolL } from './life-course-vitamins';
import { mk7SerumTargetNgPerMl } from './vitamin-k-forms';
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
		const inputs: ModelInputs = {
			...defaultInputs(),
			d3IuPerDay: 4000,
			lifeStage: 'postmenopausal'
		};
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
		run(1);
		const highAfterCentral = run(1, high);
		expect(highAfterCentral).toEqual(run(1, high, { ...inputs }));
		expect(highAfterCentral.boneMg).not.toBe(day.boneMg);
		expect(run(1).daysSinceMenopause).toBe(1);
		expect(run(1, central, { ...inputs, lifeStage: 'adult' }).daysSinceMenopause).toBe(0);
	});

	it('takes any step up to 30 days, and no longer', () => {
		expect(step(initialState(), defaultInputs(), 30).timeDays).toBe(30);
		expect(() => step(initialState(), defaultInputs(), 30.5)).toThrow(RangeError);
	});
});

describe('one step, pool by pool', () => {
	it('moves 25(OH)D (τ = 75/ln 10 days, Heaney 2003) and MK-7 (68 h half-life) exactly toward their targets, never past them', () => {
		const inputs = { ...defaultInputs(), d3IuPerDay: 4000, k2McgPerDay: 360 };
		const start = initialState();
		const next = step(start, inputs, 1);
		const serumTarget = serum25OHDTargetNmolL(inputs);
		expect(next.serum25OHDNmolL).toBeCloseTo(
			serumTarget + (start.serum25OHDNmolL - serumTarget) * Math.exp(-Math.LN10 / 75),
			10
		);
		const mk7Target = mk7SerumTargetNgPerMl(inputs);
		expect(next.mk7SerumNgPerMl).toBeCloseTo(
			mk7Target + (start.mk7SerumNgPerMl - mk7Target) * Math.exp(-Math.LN2 / (68 / 24)),
			10
		);
	});

	it('lets calcitriol (τ ≈ 1 day), gut transport (τ ≈ 10 days) and the gut lumen (1-day transit) relax toward their targets without overshooting', () => {
		const start: ModelState = {
			...initialState(),
			calcitriolPmolL: 2 * CALCITRIOL_REFERENCE_PMOL_L,
			gutTransportCapacity: 2
		};
		const next = step(start, defaultInputs(), 1);
		expect(next.calcitriolPmolL).toBeLessThan(start.calcitriolPmolL);
		expect(next.calcitriolPmolL).toBeGreaterThan(CALCITRIOL_REFERENCE_PMOL_L);
		// Ten-day adaptation: after one day ~90% (e^(−0.1)) of the excess capacity is still there.
		expect(next.gutTransportCapacity).toBeGreaterThan(1.85);
		expect(next.gutTransportCapacity).toBeLessThan(2);
		expect(next.ecfCalciumMg).toBeGreaterThan(0.95 * ECF_CALCIUM_SET_POINT_MG);
		// An empty lumen refills to ~(1 − e^(−1)) of a day's unabsorbed calcium (~830 mg/day at the defaults).
		const lumen = step({ ...initialState(), gutLumenMg: 0 }, defaultInputs(), 1).gutLumenMg;
		expect(lumen).toBeGreaterThan(0.6 * 830);
		expect(lumen).toBeLessThan(0.66 * 830);
	});

	it('lays down growth in proportion to the step: a child keeps ~7% a year (200 mg/day into 1000 g, Bailey 2000)', () => {
		const child = { ...defaultInputs(), lifeStage: 'child' as const, calciumMgPerDay: 1300 };
		const year = advance(initialState(), child, 365, 0.5);
		const gainPct = ((year.boneMg - initialState().boneMg) / initialState().boneMg) * 100;
		expect(gainPct).toBeGreaterThan(6);
		expect(gainPct).toBeLessThan(8);
	});

	it('names the allowed range when it refuses a step', () => {
		expect(() => step(initialState(), defaultInputs(), 0)).toThrow(
			'dtDays must be a number in (0, 30]; got 0'
		);
	});
});

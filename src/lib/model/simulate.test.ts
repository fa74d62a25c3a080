// Whole runs: the clock, the starting state, and the outcomes the reference asks for (doc/reference-values.md §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from './constants';
import { defaultInputs, type ModelInputs } from './parameters';
import { advance, assumptionBand, simulate, simulateAssumptions, steadyState } from './simulate';
import { snapshotOf } from './snapshot';
import { initialState } from './state';
import { inputsArbitrary } from './testing';

const adult = defaultInputs();
const postmenopausal: ModelInputs = { ...adult, lifeStage: 'postmenopausal' };

/** Bone change (%) after each whole year of a run. */
function boneByYear(inputs: ModelInputs, years: number): number[] {
	const run = simulate(inputs, { days: Math.round(years * DAYS_PER_YEAR) });
	return Array.from(
		{ length: years + 1 },
		(_, year) => run[Math.round(year * DAYS_PER_YEAR)].boneMineralChangePct
	);
}

function finalSnapshot(inputs: ModelInputs, days: number) {
	return simulate(inputs, { days, every: days }).at(-1)!;
}

describe('advance', () => {
	it('gives the same state for fractional days as for whole days', () => {
		fc.assert(
			fc.property(inputsArbitrary, fc.constantFrom(0.1, 0.25, 0.5, 1 / 3), (inputs, piece) => {
				const start = initialState();
				let byPieces = start;
				const pieces = Math.round(20 / piece);
				for (let index = 0; index < pieces; index++) byPieces = advance(byPieces, inputs, piece);
				const whole = advance(start, inputs, 20);
				expect(byPieces.timeDays).toBeCloseTo(20, 9);
				for (const field of [
					'ecfCalciumMg',
					'boneMg',
					'arterialMg',
					'gutLumenMg',
					'serum25OHDNmolL'
				] as const) {
					expect(byPieces[field]).toBeCloseTo(whole[field], 9);
				}
			}),
			{ numRuns: 25 }
		);
	});

	it('keeps the clock exact between steps and catches up on the step grid', () => {
		const state = advance(initialState(), adult, 0.1, 0.25);
		expect(state.timeDays).toBeCloseTo(0.1, 12);
		expect(state.cumulativeIntakeMg).toBe(0);
		const later = advance(state, adult, 0.15, 0.25);
		expect(later.cumulativeIntakeMg).toBeCloseTo(250, 9);
	});

	it('leaves the reference adult where it started: nothing drifts at default inputs', () => {
		const start = initialState(adult);
		const end = snapshotOf(advance(start, adult, 10 * DAYS_PER_YEAR), adult, start);
		expect(Math.abs(end.boneMineralChangePct)).toBeLessThan(1e-6);
		expect(end.bloodCalciumMmolL).toBeCloseTo(2.35, 6);
		expect(end.serum25OHDNmolL).toBeCloseTo(snapshotOf(start, adult, start).serum25OHDNmolL, 9);
	});

	it('rejects negative or non-finite days', () => {
		expect(() => advance(initialState(), adult, -1)).toThrow(RangeError);
		expect(() => advance(initialState(), adult, Number.NaN)).toThrow(RangeError);
	});
});

describe('simulate', () => {
	it('returns day 0, every `every` days, and the last day', () => {
		const run = simulate(adult, { days: 100, every: 30 });
		expect(run.map((snapshot) => snapshot.day)).toEqual([0, 30, 60, 90, 100]);
		expect(simulate(adult, { days: 10 }).map((snapshot) => snapshot.day)).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
		]);
	});

	it('starts every run from the same typical adult, whatever the inputs', () => {
		const natto = simulate({ ...adult, k2McgPerDay: 350 }, { days: 0 })[0];
		expect(natto.mk7SerumNgPerMl).toBeCloseTo(steadyState(adult).mk7SerumNgPerMl, 9);
		expect(initialState({ ...adult, calciumMgPerDay: 3000 })).toEqual(initialState(adult));
	});
});

describe('outcomes (doc/reference-values.md §4)', () => {
	it('loses ~2–3% of bone a year for ~3 years after menopause, then ~1% a year (SWAN)', () => {
		const bone = boneByYear(postmenopausal, 6);
		const earlyPerYear = (bone[0] - bone[3]) / 3;
		expect(earlyPerYear).toBeGreaterThan(2);
		expect(earlyPerYear).toBeLessThan(3);
		// The remodelling transient (Heaney 1994): the first year loses most, then loss slows.
		expect(bone[0] - bone[1]).toBeGreaterThan(bone[2] - bone[3]);
		const lateLoss = bone[5] - bone[6];
		expect(lateLoss).toBeGreaterThan(0.7);
		expect(lateLoss).toBeLessThan(1.5);
	});

	it('does not let any vitamin slider cancel menopausal bone loss', () => {
		const untreated = boneByYear(postmenopausal, 3)[3];
		const k2 = boneByYear({ ...postmenopausal, k2McgPerDay: 1000 }, 3)[3];
		const d3 = boneByYear({ ...postmenopausal, d3IuPerDay: 10_000 }, 3)[3];
		const everything = boneByYear(
			{ ...postmenopausal, k2McgPerDay: 1000, d3IuPerDay: 10_000, calciumMgPerDay: 3000 },
			3
		)[3];
		expect(k2).toBeGreaterThan(untreated);
		expect(k2 - untreated).toBeLessThan(3 * 0.5);
		expect(d3 - untreated).toBeLessThan(3 * 0.5);
		expect(everything).toBeLessThan(-3);
	});

	it('slows bone loss with K2 by only a fraction of a percent a year (Knapen 2013)', () => {
		const untreated = boneByYear(postmenopausal, 3)[3];
		const k2 = boneByYear({ ...postmenopausal, k2McgPerDay: 180 }, 3)[3];
		const perYear = (k2 - untreated) / 3;
		expect(perYear).toBeGreaterThan(0);
		expect(perYear).toBeLessThan(0.5);
	});

	it('grows the arterial index more slowly with K2, by as much as the assumed MGP brake allows', () => {
		const without = finalSnapshot(adult, 365).arterialCalciumIndex;
		const withK2 = finalSnapshot({ ...adult, k2McgPerDay: 180 }, 365).arterialCalciumIndex;
		expect(without).toBeGreaterThan(0.9);
		expect(withK2).toBeLessThan(without);
		// Central brake 0.3: a ~25% fall in inactive MGP slows progression by ~8%, well inside AVADEC's interval.
		expect(withK2).toBeGreaterThan(without * 0.85);
	});

	it('grows the arterial index faster with high calcium and D3 and no K2', () => {
		const typical = finalSnapshot(adult, 365).arterialCalciumIndex;
		const loaded = finalSnapshot(
			{ ...adult, calciumMgPerDay: 2000, d3IuPerDay: 4000 },
			365
		).arterialCalciumIndex;
		expect(loaded).toBeGreaterThan(typical);
	});

	it('lowers carboxylation and raises arterial deposition on warfarin', () => {
		const typical = finalSnapshot(adult, 30);
		const warfarin = finalSnapshot({ ...adult, warfarin: true }, 30);
		expect(warfarin.carboxylatedOsteocalcinFraction).toBeLessThan(
			typical.carboxylatedOsteocalcinFraction / 2
		);
		expect(warfarin.carboxylatedMgpFraction).toBeLessThan(typical.carboxylatedMgpFraction / 2);
		expect(warfarin.arterialDepositionMgPerDay).toBeGreaterThan(typical.arterialDepositionMgPerDay);
	});

	it('keeps the arterial index at 0 on day 0 and never below 0', () => {
		const run = simulate({ ...adult, k2McgPerDay: 1000 }, { days: 60 });
		expect(run[0].arterialCalciumIndex).toBe(0);
		for (const snapshot of run) expect(snapshot.arterialCalciumIndex).toBeGreaterThanOrEqual(0);
	});
});

describe('values relative to a non-zero origin', () => {
	it('reports bone, artery and totals as changes since the origin, not since day 0', () => {
		const inputs = { ...adult, lifeStage: 'postmenopausal' as const, calciumMgPerDay: 400 };
		const origin = advance(initialState(), inputs, 365, 1);
		const later = advance(origin, inputs, 365, 1);
		const snapshot = snapshotOf(later, inputs, origin);
		expect(snapshot.boneMineralChangePct).toBeCloseTo(
			((later.boneMg - origin.boneMg) / origin.boneMg) * 100,
			12
		);
		expect(snapshot.boneMineralChangePct).toBeLessThan(0);
		expect(snapshot.cumulativeIntakeMg).toBeCloseTo(400 * 365, 6);
		expect(snapshot.arterialCalciumIndex).toBeGreaterThan(0.9);
		expect(snapshot.arterialCalciumIndex).toBeLessThan(2);
		expect(Math.abs(snapshot.massBalanceErrorMg)).toBeLessThan(1e-6);
	});
});

describe('run options', () => {
	it('refuses a step or a snapshot interval that is not a usable number of days, and accepts 0 days and 30-day steps', () => {
		for (const every of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
			expect(() => simulate(adult, { days: 10, every })).toThrow(RangeError);
		for (const dtDays of [0, 31])
			expect(() => simulate(adult, { days: 10, dtDays })).toThrow(RangeError);
		expect(() => advance(initialState(), adult, Number.POSITIVE_INFINITY)).toThrow(
			'days must be a finite number ≥ 0; got Infinity'
		);
		expect(() => simulate(adult, { days: 10, every: 0 })).toThrow(
			'every must be a number > 0; got 0'
		);
		expect(simulate(adult, { days: 60, dtDays: 30, every: 30 }).map((s) => s.day)).toEqual([
			0, 30, 60
		]);
		const start = initialState();
		expect(advance(start, adult, 0)).toEqual(start);
	});

	it('applies a change scheduled for day 0 before the first snapshot, and one on a snapshot day before that snapshot', () => {
		const run = simulate(adult, {
			days: 20,
			every: 10,
			schedule: [
				{ day: 10, calciumMgPerDay: 2000 },
				{ day: 0, calciumMgPerDay: 500 }
			]
		});
		expect(run.map((snapshot) => snapshot.intakeMgPerDay)).toEqual([500, 2000, 2000]);
		expect(run[2].cumulativeIntakeMg).toBeCloseTo(10 * 500 + 10 * 2000, 6);
	});

	it('applies a change between snapshots on its own day, not before', () => {
		const run = simulate(adult, {
			days: 20,
			every: 10,
			schedule: [{ day: 15, calciumMgPerDay: 2000 }]
		});
		expect(run[1].intakeMgPerDay).toBe(1000);
		expect(run[2].cumulativeIntakeMg).toBeCloseTo(15 * 1000 + 5 * 2000, 6);
	});

	it('runs the low, central and high assumptions and bands each field between the smallest and largest', () => {
		const inputs = { ...adult, k2McgPerDay: 1000 };
		const runs = simulateAssumptions(inputs, { days: 60, every: 30 });
		expect(runs.central).toEqual(simulate(inputs, { days: 60, every: 30 }));
		expect(runs.high).toEqual(simulate(inputs, { days: 60, every: 30, assume: 'high' }));
		expect(runs.low).toEqual(simulate(inputs, { days: 60, every: 30, assume: 'low' }));
		const band = assumptionBand(runs, 'arterialCalciumIndex');
		expect(band.map((point) => point.day)).toEqual([0, 30, 60]);
		const values = ['low', 'central', 'high'] as const;
		band.forEach((point, index) => {
			const at = values.map((assume) => runs[assume][index].arterialCalciumIndex);
			expect(point.low).toBe(Math.min(...at));
			expect(point.central).toBe(at[1]);
			expect(point.high).toBe(Math.max(...at));
		});
		// A stronger MGP brake (high: 1) slows deposition more with 1000 µg/day: the band is not empty.
		expect(band[2].high).toBeGreaterThan(band[2].low);
	});
});

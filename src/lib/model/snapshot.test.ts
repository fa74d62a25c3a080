// The snapshot's arithmetic: changes are measured from a non-zero origin, flows at day 0 add up, and the mass balance holds from any origin.
import { describe, expect, it } from 'vitest';
import { ARTERIAL_INDEX_UNIT_MG, PTH_REFERENCE_PG_ML } from './constants';
import { defaultInputs } from './parameters';
import { snapshotOf } from './snapshot';
import { copyState, initialState, massBalanceErrorMg, type ModelState } from './state';

const inputs = defaultInputs();

/** A later state and a non-zero origin with round numbers, so each difference has one right answer. */
const origin: ModelState = {
	...initialState(),
	timeDays: 100,
	gutLumenMg: 300,
	ecfCalciumMg: 900,
	boneMg: 1_000_000,
	arterialMg: 40,
	cumulativeIntakeMg: 100_000,
	cumulativeFaecalMg: 70_000,
	cumulativeUrinaryMg: 20_000
};
const later: ModelState = {
	...origin,
	timeDays: 200,
	gutLumenMg: 310,
	ecfCalciumMg: 905,
	boneMg: 1_010_000,
	arterialMg: 40 + 3 * ARTERIAL_INDEX_UNIT_MG,
	cumulativeIntakeMg: 250_000,
	cumulativeFaecalMg: 160_000,
	cumulativeUrinaryMg: 50_000
};

// Every snapshot is computed inside a test, not while the tests are collected, so mutation testing can tell which test covers what.
describe('snapshotOf from a non-zero origin', () => {
	it('measures bone, artery and the running totals from the origin, not from zero', () => {
		const snapshot = snapshotOf(later, inputs, origin);
		expect(snapshot.day).toBe(200);
		expect(snapshot.boneMineralChangePct).toBeCloseTo(1, 12);
		expect(snapshot.boneCalciumG).toBe(1010);
		expect(snapshot.arterialCalciumIndex).toBeCloseTo(3, 12);
		expect(snapshot.cumulativeIntakeMg).toBe(150_000);
		expect(snapshot.cumulativeFaecalMg).toBe(90_000);
		expect(snapshot.cumulativeUrinaryMg).toBe(30_000);
	});

	it('keeps the artery index at zero when the origin holds more arterial calcium than the state', () => {
		const snap = snapshotOf({ ...later, arterialMg: 10 }, inputs, origin);
		expect(snap.arterialCalciumIndex).toBe(0);
	});

	it('counts every pool and loss since the origin in the mass balance', () => {
		// intake 150 000 − losses (90 000 + 30 000) − pools (10 + 5 + 10 000 + 3 units) = the error.
		const expected = 150_000 - 120_000 - (10 + 5 + 10_000 + 3 * ARTERIAL_INDEX_UNIT_MG);
		expect(massBalanceErrorMg(later, origin)).toBeCloseTo(expected, 9);
		expect(snapshotOf(later, inputs, origin).massBalanceErrorMg).toBeCloseTo(expected, 9);
		// Each pool counts on its own: moving calcium between two pools leaves the error unchanged.
		const moved = {
			...later,
			gutLumenMg: later.gutLumenMg - 7,
			ecfCalciumMg: later.ecfCalciumMg + 7
		};
		expect(massBalanceErrorMg(moved, origin)).toBeCloseTo(expected, 9);
		const eaten = { ...later, cumulativeIntakeMg: later.cumulativeIntakeMg + 11 };
		expect(massBalanceErrorMg(eaten, origin)).toBeCloseTo(expected + 11, 9);
		const lost = { ...later, cumulativeUrinaryMg: later.cumulativeUrinaryMg + 11 };
		expect(massBalanceErrorMg(lost, origin)).toBeCloseTo(expected - 11, 9);
		const lostInFaeces = { ...later, cumulativeFaecalMg: later.cumulativeFaecalMg + 11 };
		expect(massBalanceErrorMg(lostInFaeces, origin)).toBeCloseTo(expected - 11, 9);
	});
});

describe('snapshotOf at day 0', () => {
	const dayZero = () => {
		const start = initialState(inputs);
		return { start, snapshot: snapshotOf(start, inputs, start) };
	};

	it('starts every change and total at zero', () => {
		const { snapshot } = dayZero();
		expect(snapshot.day).toBe(0);
		expect(snapshot.boneMineralChangePct).toBe(0);
		expect(snapshot.arterialCalciumIndex).toBe(0);
		expect(snapshot.cumulativeIntakeMg).toBe(0);
		expect(snapshot.massBalanceErrorMg).toBe(0);
	});

	it('reports the gut flows of the day: net = gross − secretion, no more absorbed than passes through', () => {
		const { start, snapshot } = dayZero();
		expect(snapshot.intakeMgPerDay).toBe(1000);
		expect(snapshot.netAbsorptionMgPerDay).toBeCloseTo(
			snapshot.grossAbsorptionMgPerDay - snapshot.secretionMgPerDay,
			12
		);
		expect(snapshot.secretionMgPerDay).toBeGreaterThan(0);
		expect(snapshot.grossAbsorptionMgPerDay).toBeGreaterThan(snapshot.secretionMgPerDay);
		expect(snapshot.grossAbsorptionMgPerDay).toBeLessThan(
			snapshot.intakeMgPerDay + snapshot.secretionMgPerDay
		);
		expect(snapshot.fractionalAbsorption).toBeGreaterThan(0);
		expect(snapshot.fractionalAbsorption).toBeLessThan(1);
		expect(snapshot.faecalMgPerDay).toBeGreaterThan(0);
		expect(snapshot.gutLumenCalciumMg).toBe(start.gutLumenMg);
	});

	it('at 200 mg a day absorbs less than at 1000, never more than passes through (the 395-from-200 readout)', () => {
		const { start, snapshot } = dayZero();
		const low = { ...inputs, calciumMgPerDay: 200 };
		const snap = snapshotOf(start, low, start);
		expect(snap.intakeMgPerDay).toBe(200);
		expect(snap.grossAbsorptionMgPerDay).toBeLessThan(snap.intakeMgPerDay + snap.secretionMgPerDay);
		expect(snap.netAbsorptionMgPerDay).toBeLessThan(snapshot.netAbsorptionMgPerDay);
		expect(snap.netAbsorptionMgPerDay).toBeLessThan(200);
	});

	it('derives bone balance, PTH signal and the stored pools from the state', () => {
		const { start, snapshot } = dayZero();
		expect(snapshot.netBoneBalanceMgPerDay).toBeCloseTo(
			snapshot.boneFormationMgPerDay - snapshot.boneResorptionMgPerDay,
			12
		);
		expect(snapshot.boneFormationMgPerDay).toBeGreaterThan(0);
		expect(snapshot.homeostaticSignal).toBeCloseTo(snapshot.pthPgMl / PTH_REFERENCE_PG_ML, 12);
		expect(snapshot.homeostaticSignal).toBeCloseTo(1, 1);
		expect(snapshot.ecfCalciumMg).toBe(start.ecfCalciumMg);
		expect(snapshot.serum25OHDNmolL).toBe(start.serum25OHDNmolL);
		expect(snapshot.mk7SerumNgPerMl).toBe(start.mk7SerumNgPerMl);
		expect(snapshot.calcitriolPmolL).toBe(start.calcitriolPmolL);
		expect(snapshot.gutTransportCapacity).toBe(start.gutTransportCapacity);
		expect(snapshot.remodellingSpaceMg).toBe(start.remodellingSpaceMg);
		expect(snapshot.boneCalciumG).toBe(start.boneMg / 1000);
		expect(snapshot.bloodCalciumMmolL).toBeGreaterThan(2.2);
		expect(snapshot.bloodCalciumMmolL).toBeLessThan(2.6);
		expect(snapshot.inr).toBe(1);
	});

	it('clamps inputs before reading them, and warfarin raises the INR', () => {
		const { start } = dayZero();
		const wild = snapshotOf(start, { ...inputs, calciumMgPerDay: 99_999 }, start);
		expect(wild.intakeMgPerDay).toBe(3000);
		expect(snapshotOf(start, { ...inputs, warfarin: true }, start).inr).toBeGreaterThan(1.5);
	});
});

describe('copyState', () => {
	it('gives an equal state that can change without touching the original', () => {
		const copy = copyState(later);
		expect(copy).toEqual(later);
		copy.boneMg = 0;
		expect(later.boneMg).toBe(1_010_000);
	});
});

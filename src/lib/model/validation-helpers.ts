/** Small runners the calibration targets share: steady states, runs to a day, bone change per year. */
import type { Assumption } from './assumptions';
import { DAYS_PER_YEAR } from './constants';
import { defaultInputs, sunSpec, type ModelInputs, type SunExposure } from './parameters';
import { advance, simulate, steadyState } from './simulate';
import { snapshotOf, type Snapshot } from './snapshot';
import { initialState } from './state';

/** Calibration inputs: the defaults with changes. */
export function inputsWith(change: Partial<ModelInputs> = {}): ModelInputs {
	return { ...defaultInputs(), ...change };
}

/** The steady-state snapshot at the defaults with changes. */
export function steady(
	change: Partial<ModelInputs> = {},
	assume: Assumption = 'central'
): Snapshot {
	return steadyState(inputsWith(change), assume);
}

/** The snapshot after `days` (1-day steps) from the typical adult. */
export function after(
	days: number,
	change: Partial<ModelInputs> = {},
	assume: Assumption = 'central',
	dtDays = 1
): Snapshot {
	const inputs = inputsWith(change);
	const origin = initialState(inputs);
	return snapshotOf(advance(origin, inputs, days, dtDays, assume), inputs, origin, assume);
}

/** Bone change (%) at each whole year up to `years` (index 0 = day 0). */
export function boneByYear(
	years: number,
	change: Partial<ModelInputs> = {},
	assume: Assumption = 'central'
): number[] {
	const days = Math.round(years * DAYS_PER_YEAR);
	const run = simulate(inputsWith(change), { days, dtDays: 1, every: DAYS_PER_YEAR, assume });
	return run.map((snapshot) => snapshot.boneMineralChangePct);
}

/** Percentage change of b relative to a. */
export function pctChange(a: number, b: number): number {
	return ((b - a) / a) * 100;
}

const YEAR = DAYS_PER_YEAR;

/** Share of the 10-year menopausal loss the best slider combination removes (0–1), for one assumption (2-day steps). */
export function largestMenopauseCancellation(assume: Assumption): number {
	const days = Math.round(10 * YEAR);
	const loss = (change: Partial<ModelInputs>) => {
		const inputs = inputsWith({ lifeStage: 'postmenopausal', ...change });
		return advance(initialState(), inputs, days, 2, assume).boneMg;
	};
	const base = 1_000_000 - loss({});
	let best = 0;
	for (const calciumMgPerDay of [1000, 3000])
		for (const d3IuPerDay of [600, 2000, 4000])
			for (const k2McgPerDay of [0, 1000])
				for (const sunExposure of ['moderate', 'high'] as const) {
					const lost = 1_000_000 - loss({ calciumMgPerDay, d3IuPerDay, k2McgPerDay, sunExposure });
					best = Math.max(best, 1 - lost / base);
				}
	return best;
}

/** Arterial index after `years` relative to the default run (%), at an assumption. */
export function arterialChangePct(change: Partial<ModelInputs>, years: number, assume: Assumption) {
	const days = Math.round(years * YEAR);
	return pctChange(
		after(days, {}, assume).arterialCalciumIndex,
		after(days, change, assume).arterialCalciumIndex
	);
}

export function adaptationShare(day: number): number {
	const run = simulate(inputsWith({ calciumMgPerDay: 400 }), { days: 120, dtDays: 0.25 });
	const start = run[0].fractionalAbsorption;
	const end = run[120].fractionalAbsorption;
	return (run[day].fractionalAbsorption - start) / (end - start);
}

export function k2BoneEffectPctPerYear(years: number, assume: Assumption): number {
	const k2 = boneByYear(years, { lifeStage: 'postmenopausal', k2McgPerDay: 180 }, assume);
	const none = boneByYear(years, { lifeStage: 'postmenopausal' }, assume);
	return (k2[years] - none[years]) / years;
}

export function burtDifference(assume: Assumption): number {
	return (
		boneByYear(3, { d3IuPerDay: 10_000 }, assume)[3] - boneByYear(3, { d3IuPerDay: 400 }, assume)[3]
	);
}

export function plasmaRange(sunLevels: readonly SunExposure[] = sunSpec.options): number[] {
	const values: number[] = [];
	for (const calciumMgPerDay of [200, 1000, 3000])
		for (const d3IuPerDay of [0, 4000, 10_000])
			for (const sunExposure of sunLevels)
				values.push(steady({ calciumMgPerDay, d3IuPerDay, sunExposure }).bloodCalciumMmolL);
	return values;
}

/** Snapshot after 12 weeks of an MK-7 dose (Dalmeijer 2012's design). */
export const dalmeijer = (dose: number) => after(84, { k2McgPerDay: dose });
/** Fall from `before` to `now` (%). */
export const reduction = (before: number, now: number) => (1 - now / before) * 100;
/** ucOC/cOC ratio from the carboxylated share. */
export const ucRatio = (carboxylated: number) => (1 - carboxylated) / carboxylated;

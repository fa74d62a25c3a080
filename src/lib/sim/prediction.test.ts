// Predictions: ranges per direction and size, horizons, classification of the run's change, verdicts and reading the run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultInputs, steadyState } from '$lib/model';
import {
	changeOf,
	classifyChange,
	horizonDays,
	limitsAt,
	predictedRange,
	PREDICTED_QUANTITIES,
	PREDICTION_HORIZONS,
	valueAtDay,
	verdictOf,
	type Direction,
	type Size
} from './prediction';

const YEAR = 365.25;
const directions: Direction[] = ['down', 'same', 'up'];
const sizes: Size[] = ['small', 'medium', 'large'];

describe('horizons', () => {
	it('reads weeks, months and years', () => {
		expect(horizonDays('2w')).toBe(14);
		expect(horizonDays('6m')).toBeCloseTo(YEAR / 2, 10);
		expect(horizonDays('5y')).toBe(5 * YEAR);
		const days = PREDICTION_HORIZONS.map(horizonDays);
		expect([...days].sort((a, b) => a - b)).toEqual(days);
	});

	it('scales the limits of bone and artery with time, not those of levels', () => {
		expect(limitsAt('bone', 2 * YEAR).medium).toBeCloseTo(4, 10);
		expect(limitsAt('vitaminD', 14)).toEqual(limitsAt('vitaminD', 5 * YEAR));
	});
});

describe('predictedRange', () => {
	it('gives ordered, non-overlapping ranges that mirror up and down', () => {
		for (const quantity of PREDICTED_QUANTITIES) {
			const up = sizes.map((size) => predictedRange(quantity, YEAR, { direction: 'up', size }));
			const down = sizes.map((size) => predictedRange(quantity, YEAR, { direction: 'down', size }));
			const same = predictedRange(quantity, YEAR, { direction: 'same' });
			expect(same.low).toBe(-same.high);
			expect(up[0].low).toBe(same.high);
			for (let index = 0; index < 3; index++) {
				expect(up[index].low).toBeLessThan(up[index].high);
				expect(down[index]).toEqual({ low: -up[index].high, high: -up[index].low });
				if (index > 0) expect(up[index].low).toBe(up[index - 1].high);
			}
			expect(up[2].high).toBe(Infinity);
		}
	});
});

describe('classifyChange and verdictOf', () => {
	it('classifies the presets at one year as the size limits intend', () => {
		expect(classifyChange('bone', YEAR, 0)).toEqual({ direction: 'same' });
		expect(classifyChange('bone', YEAR, -2.5)).toEqual({ direction: 'down', size: 'large' });
		expect(classifyChange('bone', YEAR, -0.66)).toEqual({ direction: 'down', size: 'medium' });
		expect(classifyChange('bone', YEAR, 0.19)).toEqual({ direction: 'up', size: 'small' });
		expect(classifyChange('artery', YEAR, 1)).toEqual({ direction: 'up', size: 'medium' });
		expect(classifyChange('artery', YEAR, 2.28)).toEqual({ direction: 'up', size: 'large' });
		expect(classifyChange('artery', YEAR, Number.NaN)).toEqual({ direction: 'same' });
		expect(classifyChange('vitaminD', 14, 24)).toEqual({ direction: 'up', size: 'medium' });
	});

	it('every change falls inside the range of its own classification, and that prediction is a match', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...PREDICTED_QUANTITIES),
				fc.constantFrom(...PREDICTION_HORIZONS),
				fc.double({ min: -80, max: 80, noNaN: true }),
				(quantity, horizon, change) => {
					const days = horizonDays(horizon);
					const actual = classifyChange(quantity, days, change);
					const range = predictedRange(quantity, days, actual);
					expect(change).toBeGreaterThanOrEqual(range.low);
					expect(change).toBeLessThanOrEqual(range.high);
					expect(verdictOf(quantity, days, actual, change)).toBe('match');
				}
			)
		);
	});

	it('tells a right direction with a wrong size from a wrong direction', () => {
		expect(verdictOf('bone', YEAR, { direction: 'up', size: 'small' }, 1)).toBe('direction');
		expect(verdictOf('bone', YEAR, { direction: 'up', size: 'small' }, -2.3)).toBe('different');
		expect(verdictOf('artery', YEAR, { direction: 'same' }, 0.05)).toBe('match');
		for (const direction of directions)
			expect(verdictOf('bone', YEAR, { direction, size: 'large' }, 5)).toBe(
				direction === 'up' ? 'match' : 'different'
			);
	});
});

describe('reading the run', () => {
	const points = [
		{ day: 0, boneMineralChangePct: 0, arterialCalciumIndex: 0 },
		{ day: 360, boneMineralChangePct: -2.4, arterialCalciumIndex: 1 },
		{ day: 390, boneMineralChangePct: -2.7, arterialCalciumIndex: 1.1 }
	];

	it('interpolates between recorded points and waits for the run to get there', () => {
		expect(valueAtDay(points, 'boneMineralChangePct', 375)).toBeCloseTo(-2.55, 10);
		expect(valueAtDay(points, 'arterialCalciumIndex', 360)).toBe(1);
		expect(valueAtDay(points, 'arterialCalciumIndex', 400)).toBeUndefined();
	});

	it('measures every quantity from the typical adult every run starts from', () => {
		const typical = steadyState(defaultInputs());
		for (const quantity of PREDICTED_QUANTITIES) expect(changeOf(quantity, typical)).toBe(0);
		const moreD3 = steadyState({ ...defaultInputs(), d3IuPerDay: 4000 });
		expect(changeOf('vitaminD', moreD3)).toBeGreaterThan(20);
		expect(changeOf('absorption', moreD3)).toBeGreaterThan(1);
		const warfarin = steadyState({ ...defaultInputs(), warfarin: true });
		expect(changeOf('osteocalcin', warfarin)).toBeLessThan(-15);
		expect(changeOf('mgp', warfarin)).toBeLessThan(-15);
	});
});

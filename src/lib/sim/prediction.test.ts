// Predictions: ranges per direction and size, classification of the run's change, verdicts and reading the run at one year.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	classifyChange,
	observeAfterOneYear,
	predictedRange,
	sizeLimits,
	valueAtDay,
	verdictOf,
	type Direction,
	type PredictedQuantity,
	type Size
} from './prediction';

const quantities: PredictedQuantity[] = ['bone', 'artery'];
const directions: Direction[] = ['down', 'same', 'up'];
const sizes: Size[] = ['small', 'medium', 'large'];

describe('predictedRange', () => {
	it('gives ordered, non-overlapping ranges that mirror up and down', () => {
		for (const quantity of quantities) {
			const up = sizes.map((size) => predictedRange(quantity, { direction: 'up', size }));
			const down = sizes.map((size) => predictedRange(quantity, { direction: 'down', size }));
			const same = predictedRange(quantity, { direction: 'same' });
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
		expect(classifyChange('bone', 0)).toEqual({ direction: 'same' });
		expect(classifyChange('bone', -2.5)).toEqual({ direction: 'down', size: 'large' });
		expect(classifyChange('bone', -0.66)).toEqual({ direction: 'down', size: 'medium' });
		expect(classifyChange('bone', 0.19)).toEqual({ direction: 'up', size: 'small' });
		expect(classifyChange('artery', 1)).toEqual({ direction: 'up', size: 'medium' });
		expect(classifyChange('artery', 2.28)).toEqual({ direction: 'up', size: 'large' });
		expect(classifyChange('artery', Number.NaN)).toEqual({ direction: 'same' });
	});

	it('every change falls inside the range of its own classification, and that prediction is a match', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...quantities),
				fc.double({ min: -10, max: 10, noNaN: true }),
				(quantity, change) => {
					const actual = classifyChange(quantity, change);
					const range = predictedRange(quantity, actual);
					expect(change).toBeGreaterThanOrEqual(range.low);
					expect(change).toBeLessThanOrEqual(range.high);
					expect(verdictOf(quantity, actual, change)).toBe('match');
				}
			)
		);
	});

	it('tells a right direction with a wrong size from a wrong direction', () => {
		expect(verdictOf('bone', { direction: 'up', size: 'small' }, 1)).toBe('direction');
		expect(verdictOf('bone', { direction: 'up', size: 'small' }, -2.3)).toBe('different');
		expect(verdictOf('artery', { direction: 'same' }, sizeLimits.artery.same / 2)).toBe('match');
		for (const direction of directions)
			expect(verdictOf('bone', { direction, size: 'large' }, 5)).toBe(
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
		expect(observeAfterOneYear(points.slice(0, 2))).toBeUndefined();
		const observed = observeAfterOneYear(points);
		expect(observed?.bone).toBeCloseTo(-2.4 - 0.3 * (5.25 / 30), 10);
		expect(observed?.artery).toBeCloseTo(1 + 0.1 * (5.25 / 30), 10);
	});
});

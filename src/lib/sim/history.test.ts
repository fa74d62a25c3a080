// The outcome history samples by day and stays bounded however long the run.
import { describe, expect, it } from 'vitest';
import { OutcomeHistory } from './history';
import { calendarParts } from './time-format';

const point = (day: number) => ({ day, boneMineralChangePct: 0, arterialCalciumIndex: 0 });

describe('OutcomeHistory', () => {
	it('records at most one point a day at first', () => {
		const history = new OutcomeHistory();
		history.clear(point(0));
		for (let day = 0.25; day <= 10; day += 0.25) history.record(point(day));
		expect(history.points.map((p) => p.day)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('thins itself so a 50-year run keeps at most 1200 points, first and order intact', () => {
		const history = new OutcomeHistory();
		history.clear(point(0));
		for (let day = 1; day <= 50 * 365; day++) history.record(point(day));
		expect(history.points.length).toBeLessThanOrEqual(1200);
		expect(history.points[0].day).toBe(0);
		expect(history.points.at(-1)!.day).toBeGreaterThan(49 * 365);
		const days = history.points.map((p) => p.day);
		expect(days).toEqual([...days].sort((a, b) => a - b));
	});
});

describe('calendarParts', () => {
	it('splits model days into years, months and days', () => {
		expect(calendarParts(0)).toEqual({ years: 0, months: 0, days: 0 });
		expect(calendarParts(45)).toEqual({ years: 0, months: 1, days: 14 });
		expect(calendarParts(365.25 * 2 + 3)).toEqual({ years: 2, months: 0, days: 3 });
	});

	it('treats nonsense as day 0', () => {
		expect(calendarParts(Number.NaN)).toEqual({ years: 0, months: 0, days: 0 });
		expect(calendarParts(-5)).toEqual({ years: 0, months: 0, days: 0 });
	});
});

describe('OutcomeHistory.isDue', () => {
	it('says whether record would keep a point, without recording it', () => {
		const history = new OutcomeHistory();
		expect(history.isDue(0)).toBe(true);
		history.clear(point(0));
		expect(history.isDue(0.5)).toBe(false);
		expect(history.isDue(1)).toBe(true);
		expect(history.points).toHaveLength(1);
	});
});

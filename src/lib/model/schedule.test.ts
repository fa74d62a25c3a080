// Scheduled changes: sorted by day (stable for equal days), bad days refused with a clear error, each change clamped and applied on top.
import { describe, expect, it } from 'vitest';
import { defaultInputs } from './parameters';
import { applyChange, normaliseSchedule } from './schedule';

describe('normaliseSchedule', () => {
	it('sorts entries by day, keeping the given order for equal days', () => {
		const schedule = [
			{ day: 30, k2McgPerDay: 1 },
			{ day: 0, k2McgPerDay: 2 },
			{ day: 30, k2McgPerDay: 3 },
			{ day: 10, k2McgPerDay: 4 }
		];
		expect(normaliseSchedule(schedule).map((entry) => entry.k2McgPerDay)).toEqual([2, 4, 1, 3]);
		expect(schedule[0].k2McgPerDay).toBe(1);
	});

	it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses day %d', (day) => {
		expect(() => normaliseSchedule([{ day }])).toThrow(/finite number ≥ 0/);
	});

	it('accepts day 0', () => {
		expect(normaliseSchedule([{ day: 0 }])).toEqual([{ day: 0 }]);
	});
});

describe('applyChange', () => {
	it('changes only the given inputs, clamps them, and does not leak the day', () => {
		const base = defaultInputs();
		const changed = applyChange(base, { day: 5, k2McgPerDay: 99_999, warfarin: true });
		expect(changed).toEqual({ ...base, k2McgPerDay: 1000, warfarin: true });
		expect(changed).not.toHaveProperty('day');
	});
});

// The incremental ghost line matches a full run from day 0, however its horizon grows.
import { describe, expect, it } from 'vitest';
import { defaultInputs, simulate } from '$lib/model';
import { GhostTrajectory } from './ghost-trajectory';

const asPoints = (days: number, inputs = defaultInputs()) =>
	simulate(inputs, { days, every: 5 }).map(
		({ day, boneMineralChangePct, arterialCalciumIndex }) => ({
			day,
			boneMineralChangePct,
			arterialCalciumIndex
		})
	);

describe('GhostTrajectory', () => {
	it('gives the same points as simulate, one horizon after another', () => {
		const inputs = { ...defaultInputs(), k2McgPerDay: 180, lifeStage: 'postmenopausal' as const };
		const ghost = new GhostTrajectory();
		for (const days of [365, 730, 1096]) {
			const points = ghost.upTo(inputs, days);
			const expected = asPoints(days, inputs);
			expect(points.map((p) => p.day)).toEqual(expected.map((p) => p.day));
			points.forEach((point, index) => {
				expect(point.boneMineralChangePct).toBeCloseTo(expected[index].boneMineralChangePct, 9);
				expect(point.arterialCalciumIndex).toBeCloseTo(expected[index].arterialCalciumIndex, 9);
			});
		}
	});

	it('starts again for new inputs', () => {
		const ghost = new GhostTrajectory();
		ghost.upTo(defaultInputs(), 730);
		const warfarin = { ...defaultInputs(), warfarin: true };
		const points = ghost.upTo(warfarin, 365);
		expect(points.at(-1)!.day).toBe(365);
		expect(points.at(-1)!.arterialCalciumIndex).toBeCloseTo(
			asPoints(365, warfarin).at(-1)!.arterialCalciumIndex,
			9
		);
	});

	it('builds a slice at a time up to a deadline, ending with the same line as one call', () => {
		const inputs = { ...defaultInputs(), d3IuPerDay: 2000 };
		const ghost = new GhostTrajectory();
		expect(ghost.extendTowards(inputs, 1096, performance.now() - 1)).toBe(false);
		let slices = 1;
		while (!ghost.extendTowards(inputs, 1096, performance.now() + 1)) slices += 1;
		expect(slices).toBeGreaterThan(1);
		expect(ghost.extendTowards(inputs, 1096, performance.now() - 1)).toBe(true);
		const expected = asPoints(1096, inputs);
		const points = ghost.upTo(inputs, 1096);
		expect(points.map((p) => p.day)).toEqual(expected.map((p) => p.day));
		expect(points.at(-1)!.boneMineralChangePct).toBeCloseTo(
			expected.at(-1)!.boneMineralChangePct,
			9
		);
	});
});

// The pinned run as "Compare with the pinned run" hears it: the pinned inputs from their own day 0, at the run's model day.
import { describe, expect, it } from 'vitest';
import { advance, defaultInputs, initialState, snapshotOf, type ModelInputs } from '$lib/model';
import { Comparison, type ComparedRun } from './comparison.svelte';

function runWith(inputs: ModelInputs): ComparedRun {
	const origin = initialState(inputs);
	return {
		inputs,
		startInputs: inputs,
		modelState: origin,
		origin,
		horizonDays: 365,
		playing: false,
		ghost: []
	};
}

describe('Comparison.pinnedAt', () => {
	it('is null until a run is pinned, and null again after unpinning', () => {
		const comparison = new Comparison(runWith(defaultInputs()));
		expect(comparison.pinnedAt(100)).toBeNull();
		comparison.pin();
		expect(comparison.pinnedAt(100)).not.toBeNull();
		comparison.unpin();
		expect(comparison.pinnedAt(100)).toBeNull();
	});

	it('runs the pinned inputs from their own start to the asked day', () => {
		const pinnedInputs = { ...defaultInputs(), k2McgPerDay: 360 };
		const comparison = new Comparison(runWith(pinnedInputs));
		comparison.pin();
		const point = comparison.pinnedAt(200)!;
		const origin = initialState(pinnedInputs);
		const expected = snapshotOf(advance(origin, pinnedInputs, 200), pinnedInputs, origin);
		expect(point.inputs).toBe(pinnedInputs);
		expect(point.snapshot.day).toBeCloseTo(200, 6);
		expect(point.snapshot.carboxylatedMgpFraction).toBeCloseTo(expected.carboxylatedMgpFraction, 9);
		expect(point.snapshot.boneMineralChangePct).toBeCloseTo(expected.boneMineralChangePct, 9);
		// K2 360 µg raises active MGP well above the default adult's 60 %.
		expect(point.snapshot.carboxylatedMgpFraction).toBeGreaterThan(0.7);
		expect(comparison.pinnedAt(0)!.snapshot.day).toBe(0);
	});
});

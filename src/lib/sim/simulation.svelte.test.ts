// The simulation advances every frame but publishes to the screen at a bounded rate, and exactly on pause and step.
import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation.svelte';

const FRAME_SECONDS = 1 / 60;

describe('Simulation publishing', () => {
	it('shows the live state at most 15 times a second while playing, charts at most 4 times', () => {
		const sim = new Simulation();
		sim.speed = 'month';
		sim.playing = true;
		const published = new Set<number>();
		const chartVersions = new Set<number>();
		for (let frame = 0; frame < 60; frame++) {
			sim.tick(FRAME_SECONDS);
			published.add(sim.timeDays);
			chartVersions.add(sim.historyVersion);
		}
		expect(published.size).toBeGreaterThanOrEqual(12);
		expect(published.size).toBeLessThanOrEqual(16);
		expect(chartVersions.size).toBeGreaterThanOrEqual(3);
		expect(chartVersions.size).toBeLessThanOrEqual(5);
	});

	it('publishes exactly where the run stopped when paused', () => {
		const sim = new Simulation();
		sim.speed = 'month';
		sim.playing = true;
		for (let frame = 0; frame < 7; frame++) sim.tick(FRAME_SECONDS);
		sim.playing = false;
		expect(sim.timeDays).toBeCloseTo(7 * FRAME_SECONDS * 30, 6);
		expect(sim.history.points.at(-1)!.day).toBeLessThanOrEqual(sim.timeDays);
	});

	it('steps publish at once', () => {
		const sim = new Simulation();
		sim.speed = 'week';
		sim.step();
		expect(sim.timeDays).toBeCloseTo(7, 6);
	});
});

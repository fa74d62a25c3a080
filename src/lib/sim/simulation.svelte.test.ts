// The simulation advances every frame but publishes to the screen at a bounded rate, and exactly on pause and step.
import { describe, expect, it } from 'vitest';
import { defaultSettings, Simulation } from './simulation.svelte';

const FRAME_SECONDS = 1 / 60;

describe('Simulation publishing', () => {
	it('shows the live state at most 15 times a second while playing, charts at most 4 times', () => {
		const sim = new Simulation();
		sim.speed = 'month';
		sim.playing = true;
		const published = new Set<number>();
		const chartVersions = new Set<readonly unknown[]>();
		for (let frame = 0; frame < 60; frame++) {
			sim.tick(FRAME_SECONDS);
			published.add(sim.timeDays);
			chartVersions.add(sim.historyPoints);
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
		expect(sim.historyPoints.at(-1)!.day).toBeLessThanOrEqual(sim.timeDays);
		expect(sim.historyPoints.at(-1)!.day).toBeGreaterThan(sim.timeDays - 1);
	});

	it('pauses where a pause rule says so, and publishes the history there', () => {
		const sim = new Simulation();
		sim.speed = 'month';
		sim.pauseRules.add((points) => points.at(-1)!.day >= 45);
		sim.playing = true;
		for (let frame = 0; frame < 600 && sim.playing; frame++) sim.tick(FRAME_SECONDS);
		expect(sim.playing).toBe(false);
		expect(sim.timeDays).toBeGreaterThanOrEqual(45);
		expect(sim.timeDays).toBeLessThan(46);
		expect(sim.historyPoints.at(-1)!.day).toBe(sim.timeDays);
	});

	it('reset all returns every setting to its default and time to zero', () => {
		const sim = new Simulation({
			inputs: { ...defaultSettings().inputs, k2McgPerDay: 360 },
			speed: 'month',
			view: 'evidence'
		});
		sim.step();
		sim.resetAll();
		const { playing, ...defaults } = defaultSettings();
		expect({ inputs: sim.inputs, speed: sim.speed, view: sim.view }).toEqual(defaults);
		expect(sim.playing).toBe(playing);
		expect(sim.timeDays).toBe(0);
		expect(sim.historyPoints).toHaveLength(1);
	});

	it('steps publish at once', () => {
		const sim = new Simulation();
		sim.speed = 'week';
		sim.step();
		expect(sim.timeDays).toBeCloseTo(7, 6);
	});
});

describe('Simulation.apply', () => {
	const { playing: _, ...defaults } = defaultSettings();

	it('keeps a run still at the start the settings would restart it to (a first visit without settings starts once)', () => {
		const sim = new Simulation();
		const history = sim.historyPoints;
		const inputs = sim.inputs;
		sim.apply({ ...defaults, view: 'evidence', playing: false });
		expect(sim.historyPoints, 'not restarted').toBe(history);
		expect(sim.inputs).toBe(inputs);
		expect(sim.view).toBe('evidence');
	});

	it('restarts a run that has moved on, even with the same settings', () => {
		const sim = new Simulation();
		sim.step();
		sim.apply({ ...defaults, playing: false });
		expect(sim.timeDays).toBe(0);
		expect(sim.historyPoints).toHaveLength(1);
	});

	it('restarts at the settings’ inputs after an input changed before the run started', () => {
		const sim = new Simulation();
		const atDefaults = sim.snapshot;
		sim.setInputs({ k2McgPerDay: 360 });
		const history = sim.historyPoints;
		sim.apply({ ...defaults, playing: false });
		expect(sim.inputs).toEqual(defaults.inputs);
		expect(sim.historyPoints, 'restarted').not.toBe(history);
		expect(sim.snapshot).toEqual(atDefaults);
	});

	it('starts playing when the settings say so, without a restart', () => {
		const sim = new Simulation();
		const history = sim.historyPoints;
		sim.apply({ ...defaults, playing: true });
		expect(sim.playing).toBe(true);
		expect(sim.historyPoints).toBe(history);
	});
});

// The "stop after one year" rule: a committed prediction pauses the run one year in and records what the run showed there.
import { describe, expect, it } from 'vitest';
import { ExplorerUi } from './explorer-ui.svelte';
import { observeAfterOneYear, PREDICTION_DAYS, type Prediction } from './prediction';
import { Simulation } from './simulation.svelte';

const prediction: Prediction = { bone: { direction: 'same' }, artery: { direction: 'same' } };

function playUntilPaused(sim: Simulation, maxFrames = 2000): void {
	sim.playing = true;
	for (let frame = 0; frame < maxFrames && sim.playing; frame++) sim.tick(1 / 30);
}

describe('ClassroomState.observeIfDue (the one-year stop)', () => {
	it('pauses the run one year after the prediction and records the values there', () => {
		const sim = new Simulation({ speed: 'month' });
		const ui = new ExplorerUi(sim);
		ui.classroom.predicting = true;
		ui.classroom.commit(prediction);
		playUntilPaused(sim);
		expect(sim.playing).toBe(false);
		expect(sim.timeDays).toBeGreaterThanOrEqual(PREDICTION_DAYS);
		expect(sim.timeDays).toBeLessThan(PREDICTION_DAYS + 2);
		expect(ui.classroom.observation).toEqual(observeAfterOneYear(sim.historyPoints));
	});

	it('does not stop the run without an open prediction, nor a second time', () => {
		const sim = new Simulation({ speed: 'month' });
		const ui = new ExplorerUi(sim);
		ui.classroom.commit(prediction);
		playUntilPaused(sim, 800);
		expect(sim.playing).toBe(true);
		expect(ui.classroom.observation).toBeNull();

		sim.restart();
		ui.classroom.predicting = true;
		playUntilPaused(sim);
		expect(sim.playing).toBe(false);
		playUntilPaused(sim, 100);
		expect(sim.playing).toBe(true);
	});
});

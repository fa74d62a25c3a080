// The tour as a plain class: opening a step sets the explorer once; moving stops at the ends; closing keeps the explorer as it is.
import { describe, expect, it } from 'vitest';
import { ExplorerUi } from './explorer-ui.svelte';
import { Simulation } from './simulation.svelte';
import { stepDays, tourSteps } from './tour';

describe('GuidedTour', () => {
	it('opening a step sets the explorer to it and hides the preset note', () => {
		const sim = new Simulation();
		const ui = new ExplorerUi(sim);
		ui.classroom.presetNote = 'natto_eater';
		ui.tourStep = 2;
		const gate = tourSteps[1];
		expect(sim.inputs.d3IuPerDay).toBe(gate.inputs.d3IuPerDay);
		expect(sim.speed).toBe(gate.speed);
		expect(sim.timeDays).toBeCloseTo(stepDays(gate), 6);
		expect(ui.classroom.presetNote).toBeNull();
		expect(ui.tour.step).toBe(gate);
	});

	it('clamps the step number and does not re-apply the open step', () => {
		const sim = new Simulation();
		const ui = new ExplorerUi(sim);
		ui.tourStep = 99;
		expect(ui.tourStep).toBe(tourSteps.length);
		expect(ui.tour.isLast).toBe(true);
		sim.setInputs({ calciumMgPerDay: 1500 });
		ui.tourStep = tourSteps.length;
		expect(sim.inputs.calciumMgPerDay).toBe(1500);
	});

	it('moves one step at a time and not past either end', () => {
		const ui = new ExplorerUi(new Simulation());
		ui.tour.move(1);
		expect(ui.tourStep).toBeUndefined();
		ui.tourStep = 1;
		ui.tour.move(-1);
		expect(ui.tourStep).toBe(1);
		ui.tour.move(1);
		expect(ui.tourStep).toBe(2);
		ui.tourStep = tourSteps.length;
		ui.tour.move(1);
		expect(ui.tourStep).toBe(tourSteps.length);
	});

	it('closing keeps the explorer where the step left it; reopening applies the step again', () => {
		const sim = new Simulation();
		const ui = new ExplorerUi(sim);
		ui.tourStep = 2;
		const days = sim.timeDays;
		ui.tourStep = undefined;
		expect(ui.tour.number).toBeUndefined();
		expect(sim.timeDays).toBe(days);
		sim.restart();
		ui.tourStep = 2;
		expect(sim.timeDays).toBeCloseTo(days, 6);
	});
});

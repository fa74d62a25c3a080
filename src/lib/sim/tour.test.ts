// The guided tour: each step changes the explorer's state, runs the model time it says, and its quoted figures support its text.
import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation.svelte';
import {
	applyTourStep,
	stepDays,
	stepInputs,
	tourStepAt,
	tourSteps,
	type TourStepId
} from './tour';
import { tourFigures } from './tour-figures';

const figuresOf = (id: TourStepId) => tourFigures(tourSteps.find((step) => step.id === id)!);

describe('tour steps', () => {
	it('has at least six steps, and each one sets a different state from the one before', () => {
		expect(tourSteps.length).toBeGreaterThanOrEqual(6);
		for (let index = 1; index < tourSteps.length; index++) {
			const before = tourSteps[index - 1];
			const step = tourSteps[index];
			const same =
				JSON.stringify(stepInputs(before)) === JSON.stringify(stepInputs(step)) &&
				before.view === step.view &&
				stepDays(before) === stepDays(step);
			expect(same, step.id).toBe(false);
		}
	});

	it('clamps step numbers from a link to the tour', () => {
		expect(tourStepAt(0).number).toBe(1);
		expect(tourStepAt(3).step).toBe(tourSteps[2]);
		expect(tourStepAt(20).number).toBe(tourSteps.length);
	});

	it('applying a step leaves the explorer where the figures were computed', () => {
		const sim = new Simulation();
		for (const step of tourSteps) {
			applyTourStep(sim, step);
			expect(sim.inputs).toEqual(stepInputs(step));
			expect(sim.view).toBe(step.view);
			expect(sim.playing).toBe(false);
			expect(sim.timeDays).toBeCloseTo(stepDays(step), 6);
		}
		const gate = tourSteps.find((step) => step.id === 'gate')!;
		applyTourStep(sim, gate);
		expect(sim.snapshot.serum25OHDNmolL).toBeCloseTo(tourFigures(gate).serumEnd, 6);
	});
});

describe('what the tour text claims, checked against the model', () => {
	it('D3 raises 25(OH)D a lot but absorption only a little once sufficient', () => {
		const f = figuresOf('gate');
		expect(f.serumEnd - f.serumStart).toBeGreaterThan(15);
		expect(f.absorbedEnd - f.absorbedStart).toBeGreaterThan(0);
		expect(f.absorbedEnd - f.absorbedStart).toBeLessThan(2);
	});

	it('K2 raises MK-7 and active osteocalcin within two weeks', () => {
		const f = figuresOf('osteocalcin');
		expect(f.mk7End).toBeGreaterThan(5 * f.mk7Start);
		expect(f.activeEnd - f.activeStart).toBeGreaterThan(10);
	});

	it('more active MGP slows the arterial index below the typical year, as far as the assumed brake allows', () => {
		const f = figuresOf('mgp');
		expect(f.activeEnd).toBeGreaterThan(f.activeStart);
		expect(f.index).toBeLessThan(f.typicalIndex);
		expect(f.index).toBeGreaterThan(0.6 * f.typicalIndex);
	});

	it('D3 and calcium without K2 raise the index; K2 brings it back down', () => {
		const f = figuresOf('d3_without_k2');
		expect(f.netEnd).toBeGreaterThan(f.netTypical);
		expect(f.urineEnd).toBeGreaterThan(f.netTypical);
		expect(f.index).toBeGreaterThan(f.typicalIndex);
		expect(f.indexWithK2).toBeLessThan(f.typicalIndex);
	});

	it('after menopause K2 slows bone loss only by a fraction of a percent', () => {
		const f = figuresOf('life_stage');
		expect(f.bone).toBeLessThan(-2);
		expect(f.bone - f.boneWithoutK2).toBeGreaterThan(0);
		expect(f.bone - f.boneWithoutK2).toBeLessThan(1);
	});

	it('the evidence step: the model lies inside the range the trials allow', () => {
		const f = figuresOf('evidence');
		expect(f.years).toBeGreaterThan(2.9);
		expect(f.modelBone).toBeGreaterThanOrEqual(f.trialLow);
		expect(f.modelBone).toBeLessThanOrEqual(f.trialHigh);
		expect(f.inactiveMgp).toBeLessThan(0);
	});
});

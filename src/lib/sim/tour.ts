// The guided tour as data: each step sets the explorer's state and runs a set amount of model time; the figures its text quotes come from the model (tour-figures.ts, loaded with the tour's panel).
import { defaultInputs, type ModelInputs } from '$lib/model';
import type { Simulation, SimulationSettings, ViewMode } from './simulation.svelte';
import { daysPerSecond, type SpeedId } from './speeds';

export type TourStepId =
	'balance' | 'gate' | 'osteocalcin' | 'mgp' | 'd3_without_k2' | 'life_stage' | 'evidence';

export interface TourStep {
	id: TourStepId;
	/** Inputs that differ from the defaults. */
	inputs: Partial<ModelInputs>;
	view: ViewMode;
	speed: SpeedId;
	/** How many steps of `speed` the tour runs after setting the inputs, so the effect is visible. */
	stepCount: number;
}

/** Every step, in order. The story: balance → D3 opens the gate → K2 activates osteocalcin → MGP guards the artery → D3 without K2 → life stage → evidence. */
export const tourSteps: readonly TourStep[] = [
	{ id: 'balance', inputs: {}, view: 'mechanism', speed: 'week', stepCount: 0 },
	{ id: 'gate', inputs: { d3IuPerDay: 2000 }, view: 'mechanism', speed: 'week', stepCount: 13 },
	{
		id: 'osteocalcin',
		inputs: { k2McgPerDay: 180 },
		view: 'mechanism',
		speed: 'week',
		stepCount: 2
	},
	{ id: 'mgp', inputs: { k2McgPerDay: 360 }, view: 'mechanism', speed: 'month', stepCount: 12 },
	{
		id: 'd3_without_k2',
		inputs: { d3IuPerDay: 4000, calciumMgPerDay: 2000 },
		view: 'mechanism',
		speed: 'month',
		stepCount: 12
	},
	{
		id: 'life_stage',
		inputs: { lifeStage: 'postmenopausal', k2McgPerDay: 180 },
		view: 'mechanism',
		speed: 'month',
		stepCount: 12
	},
	{
		id: 'evidence',
		inputs: { lifeStage: 'postmenopausal', k2McgPerDay: 180 },
		view: 'evidence',
		speed: 'month',
		stepCount: 36
	}
];

export function stepInputs(step: TourStep): ModelInputs {
	return { ...defaultInputs(), ...step.inputs };
}

export function stepDays(step: TourStep): number {
	return step.stepCount * daysPerSecond(step.speed);
}

/** The settings a step applies (paused: the presenter presses Play). */
export function stepSettings(step: TourStep): SimulationSettings {
	return { inputs: stepInputs(step), view: step.view, speed: step.speed, playing: false };
}

/** Sets the explorer to a step: its inputs, view and speed from time zero, then its steps of model time. */
export function applyTourStep(sim: Simulation, step: TourStep): void {
	sim.apply(stepSettings(step));
	for (let index = 0; index < step.stepCount; index++) sim.step();
}

/** The tour step for a 1-based number, clamped to the tour's length. */
export function tourStepAt(number: number): { number: number; step: TourStep } {
	const clamped = Math.min(tourSteps.length, Math.max(1, Math.round(number)));
	return { number: clamped, step: tourSteps[clamped - 1] };
}

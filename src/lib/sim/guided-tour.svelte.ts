// The guided tour's state: which step is open; opening a step sets the explorer to it once (inputs, view, speed, model time).
import type { Simulation } from './simulation.svelte';
import { applyTourStep, tourStepAt, tourSteps, type TourStep } from './tour';

export class GuidedTour {
	#number = $state<number | undefined>(undefined);

	/**
	 * @param sim the explorer the steps set (none in the embed, where the tour is not offered)
	 * @param onStepApplied called after a step has set the explorer (the explorer hides the preset note)
	 */
	constructor(
		private readonly sim?: Simulation,
		private readonly onStepApplied?: () => void
	) {}

	/** The open step, 1-based, or undefined when the tour is closed. */
	get number(): number | undefined {
		return this.#number;
	}

	/** The open step's data, or undefined when the tour is closed. */
	get step(): TourStep | undefined {
		return this.#number === undefined ? undefined : tourSteps[this.#number - 1];
	}

	get isFirst(): boolean {
		return this.#number === 1;
	}

	get isLast(): boolean {
		return this.#number === tourSteps.length;
	}

	/** Opens step `number` (clamped to the tour) and sets the explorer to it, unless it is already open. */
	goTo(number: number): void {
		const { number: clamped, step } = tourStepAt(number);
		if (clamped === this.#number) return;
		this.#number = clamped;
		if (this.sim) applyTourStep(this.sim, step);
		this.onStepApplied?.();
	}

	/** Moves by `delta` steps; does nothing past either end or while closed. */
	move(delta: number): void {
		if (this.#number === undefined) return;
		const next = this.#number + delta;
		if (next >= 1 && next <= tourSteps.length) this.goTo(next);
	}

	close(): void {
		this.#number = undefined;
	}
}

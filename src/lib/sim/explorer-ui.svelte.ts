// View settings of the explorer that are not the model: hidden parts, the guided tour's step, the link notice, the plate.
import type { DietInputs } from '$lib/model/foods/diet';
import type { Plate } from '$lib/model/foods/food-ids';
import type { RejectedParam } from '$lib/url/parse';
import type { HideablePart } from '$lib/url/app-state';
import { ClassroomState } from './classroom.svelte';
import { GuidedTour } from './guided-tour.svelte';
import type { Simulation } from './simulation.svelte';

export class ExplorerUi {
	/** Parts hidden for "predict first" exercises. */
	hide = $state<Record<HideablePart, boolean>>({ readouts: false });
	/** Link parameters that were ignored, shown once as a notice (names are rendered as text only). */
	rejected = $state.raw<RejectedParam[]>([]);
	/** The plate the diet inputs came from and the diet it gave; the link carries it while the inputs still match. */
	plate = $state.raw<{ plate: Plate; diet: DietInputs } | null>(null);
	/** Set when a link gave a plate but none of the diet inputs: the plate button applies the plate's inputs once the food table has loaded. */
	plateToApply = $state(false);
	/** Classroom tools that stay out of the link: the preset note and the predict–observe–explain exercise. */
	readonly classroom = new ClassroomState();
	/** The guided tour; each step it opens hides the preset note. */
	readonly tour: GuidedTour;

	/** With `sim`, the tour sets it and the predict exercise pauses it at the asked horizon. */
	constructor(sim?: Simulation) {
		this.tour = new GuidedTour(sim, () => (this.classroom.presetNote = null));
		if (sim)
			sim.pauseRules.add((points) => this.classroom.predict.observe(sim.liveSnapshot(), points));
	}

	/** The guided tour's open step (1-based), or undefined when the tour is closed; setting it opens (and applies) or closes. */
	get tourStep(): number | undefined {
		return this.tour.number;
	}

	set tourStep(number: number | undefined) {
		if (number === undefined) this.tour.close();
		else this.tour.goTo(number);
	}
}

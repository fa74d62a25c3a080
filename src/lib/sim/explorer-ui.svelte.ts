// View settings of the explorer that are not the model: hidden parts, the guided tour's step, the link notice.
import type { RejectedParam } from '$lib/url/parse';
import type { HideablePart } from '$lib/url/app-state';
import { ClassroomState } from './classroom.svelte';

export class ExplorerUi {
	/** Parts hidden for "predict first" exercises. */
	hide = $state<Record<HideablePart, boolean>>({ readouts: false });
	/** The guided tour's open step (1-based), or undefined when the tour is closed. */
	tourStep = $state<number | undefined>(undefined);
	/** Link parameters that were ignored, shown once as a notice (names are rendered as text only). */
	rejected = $state.raw<RejectedParam[]>([]);
	/** Classroom tools that stay out of the link: the preset note and the predict–observe–explain exercise. */
	readonly classroom = new ClassroomState();
}

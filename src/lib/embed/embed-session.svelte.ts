// The embed's settings from its link: read once in the browser (prerendered pages cannot see the query), applied to the simulation; the embed never writes the address back.
import { untrack } from 'svelte';
import { ExplorerUi } from '$lib/sim/explorer-ui.svelte';
import type { Simulation } from '$lib/sim/simulation.svelte';
import { applyAppState } from '$lib/sim/url-sync.svelte';
import { defaultAppState, type AppUrlState } from '$lib/url/app-state';
import { defaultEmbedOptions, parseEmbedUrl, type EmbedOptions } from '$lib/url/embed-options';
import { SHOWN_PANELS, type ShownPanel } from './embed-panels';
import type { RejectedParam } from '$lib/url/parse';
import { inputSpecs } from '$lib/model/parameters';
import { withoutPymParams } from './pym-params';

export type { ShownPanel };

export class EmbedSession {
	options = $state.raw<EmbedOptions>(defaultEmbedOptions());
	/** Link parameters that were ignored (shown once as a notice, as text). */
	rejected = $state.raw<RejectedParam[]>([]);
	/** The state the link asked for; "Start over" returns to it. */
	initial = $state.raw<AppUrlState>(defaultAppState());
	/** True once the link has been read. */
	ready = $state(false);
	readonly ui = new ExplorerUi();

	/** Inputs shown: the chosen controls, plus locked ones (locked means shown but fixed). */
	shown = (shortName: string): boolean => {
		const spec = inputSpecs.find((each) => each.shortName === shortName);
		return (
			spec !== undefined &&
			(this.options.controls.includes(spec.id) || this.options.lock.includes(spec.id))
		);
	};

	locked = (shortName: string): boolean =>
		inputSpecs.some((spec) => spec.shortName === shortName && this.options.lock.includes(spec.id));

	get hasInputs(): boolean {
		return inputSpecs.some((spec) => this.shown(spec.shortName));
	}

	get hasLockedInputs(): boolean {
		return this.options.lock.length > 0;
	}

	get showsTimeBar(): boolean {
		return this.options.controls.includes('time');
	}

	/** The panels to draw, in tab order; `hide=readouts` hides the readouts here too. */
	get panels(): ShownPanel[] {
		return SHOWN_PANELS.filter(
			(panel) =>
				this.options.panels.includes(panel) && !(panel === 'readouts' && this.ui.hide.readouts)
		);
	}

	/** Reads `search` (normally `location.search`) and applies it; call once from an effect after mount. */
	restore(sim: Simulation, search: string): void {
		untrack(() => {
			const { state, options, rejected } = parseEmbedUrl(withoutPymParams(search));
			this.options = options;
			this.rejected = rejected;
			this.initial = state;
			applyAppState(state, sim, this.ui);
			this.ready = true;
		});
	}

	/** Back to the link's settings at time zero, playing again if the link said autoplay. */
	startOver(sim: Simulation): void {
		const { inputs, view, speed, playing } = this.initial;
		sim.apply({ inputs, view, speed, playing });
	}
}

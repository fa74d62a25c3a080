// Keeps the address bar and the explorer in step: restores the state from the link on arrival, then mirrors every change with replaceState.
import { untrack } from 'svelte';
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { appLocale } from '$lib/i18n/locale.svelte';
import type { AppUrlState } from '$lib/url/app-state';
import { parseAppState } from '$lib/url/parse';
import { serialiseAppState } from '$lib/url/serialise';
import type { ExplorerUi } from './explorer-ui.svelte';
import type { Simulation } from './simulation.svelte';

/** The link-worthy state of the explorer right now. */
export function currentAppState(sim: Simulation, ui: ExplorerUi): AppUrlState {
	return {
		inputs: sim.inputs,
		view: sim.view,
		speed: sim.speed,
		playing: sim.playing,
		tour: ui.tourStep,
		lang: appLocale.current === 'en' ? undefined : appLocale.current,
		hide: ui.hide
	};
}

/** Applies a parsed link to the explorer. */
export function applyAppState(state: AppUrlState, sim: Simulation, ui: ExplorerUi): void {
	if (state.lang) appLocale.set(state.lang);
	ui.hide = { ...state.hide };
	sim.apply({ inputs: state.inputs, view: state.view, speed: state.speed, playing: state.playing });
	// After the inputs: a tour step sets the explorer to its own settings.
	ui.tourStep = state.tour;
}

/**
 * Call from the explorer route's script (the explorer lives at `/`): reads `location.search` once after mount, then writes the query back
 * (throttled, without adding history entries) whenever the state changes.
 */
export function syncWithUrl(sim: Simulation, ui: ExplorerUi): void {
	let restored = $state(false);

	$effect(() =>
		untrack(() => {
			const { state, rejected } = parseAppState(location.search);
			applyAppState(state, sim, ui);
			ui.rejected = rejected;
			restored = true;
		})
	);

	$effect(() => {
		if (!restored) return;
		const query = serialiseAppState(currentAppState(sim, ui));
		const timer = setTimeout(() => {
			if (query !== location.search.replace(/^\?/, '')) {
				replaceState(resolve(query ? `/?${query}` : '/'), {});
			}
		}, 250);
		return () => clearTimeout(timer);
	});
}

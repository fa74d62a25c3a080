// Keeps the address bar and the explorer in step: restores the state (and a lesson's preset and question) from the link on arrival, records each settled change of the inputs as a history entry, and restores it on Back and Forward.
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { appLocale } from '$lib/i18n/locale.svelte';
import { DIET_INPUT_IDS, dietMatches, dietOf } from '$lib/model/foods/diet';
import { inputSpecs } from '$lib/model/parameters';
import { appParamNames } from '$lib/url/app-schema';
import { defaultAppState, type AppUrlState } from '$lib/url/app-state';
import { embedParamNames } from '$lib/url/embed-param-names';
import {
	joinQueries,
	lessonParamNames,
	parseLessonState,
	serialiseLessonState,
	withPresetInputs,
	type LessonUrlState
} from '$lib/url/lesson-params';
import { parseAppState } from '$lib/url/parse';
import { serialiseAppState, withQuery } from '$lib/url/serialise';
import type { ExplorerUi } from './explorer-ui.svelte';
import { DEFAULT_QUESTION } from './prediction';
import type { Simulation } from './simulation.svelte';

/** Quiet time after the last change before the link is written (a slider drag settles first). */
const SETTLE_MS = 300;

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

/** The lesson parts of the link: the preset whose note is showing, the predict question a link asked, and the plate while the diet inputs are still the plate's. */
export function currentLesson(ui: ExplorerUi, sim?: Simulation): LessonUrlState {
	const predict = ui.classroom.predict;
	const asked = predict.open && predict.asked;
	const plate =
		ui.plate && (!sim || dietMatches(sim.inputs, ui.plate.diet)) ? ui.plate.plate : undefined;
	return {
		preset: ui.classroom.presetNote ?? undefined,
		predict: asked ? [...predict.question.quantities] : undefined,
		horizon: asked ? predict.question.horizon : undefined,
		plate
	};
}

/** A link to the explorer's state and lesson on `base` (the copy-link and QR tools use it). */
export function currentLink(base: string, sim: Simulation, ui: ExplorerUi): string {
	return withQuery(
		base,
		joinQueries(
			serialiseAppState(currentAppState(sim, ui)),
			serialiseLessonState(currentLesson(ui, sim))
		)
	);
}

/** Applies a parsed link to the explorer. */
export function applyAppState(state: AppUrlState, sim: Simulation, ui: ExplorerUi): void {
	if (state.lang) appLocale.set(state.lang);
	ui.hide = { ...state.hide };
	sim.apply({ inputs: state.inputs, view: state.view, speed: state.speed, playing: state.playing });
	// After the inputs: a tour step sets the explorer to its own settings.
	ui.tourStep = state.tour;
}

/** Applies a lesson link: the preset's note, the predict panel with the link's question, and the plate (its diet is the inputs the link set). */
export function applyLesson(lesson: LessonUrlState, ui: ExplorerUi, sim?: Simulation): void {
	if (lesson.preset) ui.classroom.presetNote = lesson.preset;
	if (lesson.plate && sim) ui.plate = { plate: lesson.plate, diet: dietOf(sim.inputs) };
	if (lesson.predict || lesson.horizon)
		ui.classroom.predict.ask({
			quantities: lesson.predict ?? DEFAULT_QUESTION.quantities,
			horizon: lesson.horizon ?? DEFAULT_QUESTION.horizon
		});
}

/** True when the link sets none of the diet inputs itself (nor a preset): then a `plate` in it should set them. */
export function linkLacksDiet(search: string): boolean {
	// Read once, never rendered: no reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const params = new URLSearchParams(search);
	if (params.has('preset')) return false;
	return !inputSpecs.some(
		(spec) => (DIET_INPUT_IDS as readonly string[]).includes(spec.id) && params.has(spec.shortName)
	);
}

/** Reads a whole link: the app state with a preset's inputs folded in, the lesson, and every rejected parameter. */
export function readLink(search: string) {
	const app = parseAppState(search, { otherKnownNames: lessonParamNames });
	// Built on each read, not at module load: the URL modules import each other, so their sets may not exist yet then.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const lesson = parseLessonState(search, new Set([...appParamNames, ...embedParamNames]));
	return {
		state: withPresetInputs(app.state, lesson.lesson, search, app.rejected),
		lesson: lesson.lesson,
		rejected: [...app.rejected, ...lesson.rejected]
	};
}

/** The query of the inputs alone: a new one means the student changed a setting (a history entry). */
function inputsKey(sim: Simulation): string {
	return serialiseAppState({ ...defaultAppState(), inputs: sim.inputs });
}

/**
 * Call from the explorer route's script (the explorer lives at `/`): reads `location.search` once after mount and makes
 * it the lesson's start ("Reset all" returns there). Then writes the query back after each settled change: a change of
 * the inputs adds a history entry (pushState), anything else replaces the entry. Back and Forward restore the inputs,
 * view and speed of their entry without restarting the run.
 */
export function syncWithUrl(sim: Simulation, ui: ExplorerUi): void {
	let restored = $state(false);
	let lastInputs = '';

	$effect(() =>
		untrack(() => {
			const { state, lesson, rejected } = readLink(location.search);
			applyAppState(state, sim, ui);
			applyLesson(lesson, ui, sim);
			ui.plateToApply = lesson.plate !== undefined && linkLacksDiet(location.search);
			sim.home = { inputs: sim.inputs, view: sim.view, speed: sim.speed };
			ui.rejected = rejected;
			lastInputs = inputsKey(sim);
			restored = true;
		})
	);

	$effect(() => {
		const onPopState = () => {
			const { state } = readLink(location.search);
			sim.setInputs(state.inputs);
			sim.view = state.view;
			sim.speed = state.speed;
			lastInputs = inputsKey(sim);
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	});

	$effect(() => {
		if (!restored) return;
		const query = joinQueries(
			serialiseAppState(currentAppState(sim, ui)),
			serialiseLessonState(currentLesson(ui, sim))
		);
		const inputs = inputsKey(sim);
		const timer = setTimeout(() => {
			if (query === location.search.replace(/^\?/, '')) return;
			const url = resolve(query ? `/?${query}` : '/');
			if (inputs !== lastInputs) pushState(url, {});
			else replaceState(url, {});
			lastInputs = inputs;
		}, SETTLE_MS);
		return () => clearTimeout(timer);
	});
}

// Keeps the address bar and the explorer in step: restores the state (and a lesson's preset and question) from the link on arrival, records each settled change of the inputs as a history entry, and restores it on Back and Forward.
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { appLocale } from '$lib/i18n/locale.svelte';
import { DIET_INPUT_IDS, dietMatches, dietOf } from '$lib/model/foods/diet';
import { inputSpecs } from '$lib/model/parameters';
import { defaultAppState, emptyLink, type AppUrlState } from '$lib/url/app-state';
import { joinQueries, serialiseLessonState, type LessonUrlState } from '$lib/url/lesson-link';
import type { ReadLink } from '$lib/url/read-link';
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

/** The link readers and their schemas (valibot), loaded on the first link to read. */
const loadLinkReader = () => import('$lib/url/read-link');

/** Reads the link of `search`: loads the readers only when there is a query to read. */
export async function readLink(search: string): Promise<ReadLink> {
	if (search === '' || search === '?') return emptyLink();
	const { readLink: read } = await loadLinkReader();
	return read(search);
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
			const search = location.search;
			void readLink(search).then(({ state, lesson, rejected }) => {
				applyAppState(state, sim, ui);
				applyLesson(lesson, ui, sim);
				ui.plateToApply = lesson.plate !== undefined && linkLacksDiet(search);
				sim.home = { inputs: sim.inputs, view: sim.view, speed: sim.speed };
				ui.rejected = rejected;
				lastInputs = inputsKey(sim);
				restored = true;
			});
		})
	);

	$effect(() => {
		const onPopState = async () => {
			const { state } = await readLink(location.search);
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

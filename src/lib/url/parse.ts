// Turns a query string into a complete, valid app state plus the list of parameters that were not used.
import { inputSpecs, lifeStageSpec, type ModelInputs } from '$lib/model/parameters';
import { isLocale } from '$lib/paraglide/runtime';
import { APP_FIELD_NAMES, appFieldSchemas } from './app-schema';
import { defaultAppState, HIDEABLE_PARTS, SPEEDS, VIEWS, type AppUrlState } from './app-state';
import { readQuery, type RejectedParam } from './query-reader';

export type { RejectedParam, RejectionReason } from './query-reader';

export interface ParsedAppState {
	/** Always complete and within the spec: unusable parameters leave their defaults. */
	state: AppUrlState;
	/** The parameters that were not used, in URL order, with the reason. */
	rejected: RejectedParam[];
}

export interface ParseAppStateOptions {
	/** Names another reader handles (e.g. the embed options): not reported as unknown. */
	otherKnownNames?: ReadonlySet<string>;
}

function isOneOf<const Word extends string>(
	options: readonly Word[],
	value: unknown
): value is Word {
	return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Writes the accepted input values into `inputs`. The guards only narrow types: the schemas already checked the values. */
function applyInputs(inputs: ModelInputs, values: ReadonlyMap<string, unknown>): void {
	for (const spec of inputSpecs) {
		const value = values.get(spec.shortName);
		if (spec.kind === 'number' && typeof value === 'number') inputs[spec.id] = value;
		else if (spec.id === 'lifeStage' && isOneOf(lifeStageSpec.options, value))
			inputs.lifeStage = value;
		else if (spec.id === 'sunExposure' && isOneOf(spec.options, value)) inputs.sunExposure = value;
		else if (spec.kind === 'switch' && typeof value === 'boolean') inputs.warfarin = value;
	}
}

/** Builds the app state from the values `readQuery` accepted; absent values keep their defaults. */
export function appStateFromValues(values: ReadonlyMap<string, unknown>): AppUrlState {
	const state = defaultAppState();
	applyInputs(state.inputs, values);
	const view = values.get(APP_FIELD_NAMES.view);
	if (isOneOf(VIEWS, view)) state.view = view;
	const speed = values.get(APP_FIELD_NAMES.speed);
	if (isOneOf(SPEEDS, speed)) state.speed = speed;
	const playing = values.get(APP_FIELD_NAMES.playing);
	if (typeof playing === 'boolean') state.playing = playing;
	const tour = values.get(APP_FIELD_NAMES.tour);
	if (typeof tour === 'number') state.tour = tour;
	const lang = values.get(APP_FIELD_NAMES.lang);
	if (typeof lang === 'string' && isLocale(lang)) state.lang = lang;
	const hidden = values.get(APP_FIELD_NAMES.hide);
	if (Array.isArray(hidden))
		for (const part of HIDEABLE_PARTS) state.hide[part] = hidden.includes(part);
	return state;
}

/**
 * Reads the app state from a query string (`?k2=180&view=evidence`, with or without `?`) or from
 * `URLSearchParams`. Never throws, whatever the input. Rules (see doc/implementation-notes.md):
 * unknown names are ignored and reported; malformed, out-of-range or too-long values leave the
 * default and are reported; the first of repeated names counts; only the first 30 parameters are read.
 */
export function parseAppState(
	search: string | URLSearchParams,
	options: ParseAppStateOptions = {}
): ParsedAppState {
	try {
		const { values, rejected } = readQuery(search, appFieldSchemas, options.otherKnownNames);
		return { state: appStateFromValues(values), rejected };
	} catch {
		// Defensive only: readQuery does not throw. A broken query is an empty one.
		return { state: defaultAppState(), rejected: [] };
	}
}

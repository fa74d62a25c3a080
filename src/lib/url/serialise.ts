// Writes an app state as a short query string (defaults left out, stable order) and builds links from it.
import {
	inputSpecs,
	sanitizeInputs,
	type InputSpec,
	type InputValues
} from '$lib/model/parameters';
import {
	APP_FIELD_NAMES,
	defaultAppState,
	HIDEABLE_PARTS,
	TOUR_STEP_LIMIT,
	type AppUrlState
} from './app-state';
import { formatList, formatToStepPrecision } from './field-format';

/** One `name=value` pair; values are encoded, commas of lists stay readable. */
function pair(name: string, value: string): string {
	return `${encodeURIComponent(name)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`;
}

/** The URL value of one input, or undefined when it equals the spec's default. */
function inputValue(spec: InputSpec, value: InputValues[string]): string | undefined {
	switch (spec.kind) {
		case 'number': {
			const text = formatToStepPrecision(Number(value), spec.step);
			return text === formatToStepPrecision(spec.default, spec.step) ? undefined : text;
		}
		case 'choice':
			return value === spec.default ? undefined : String(value);
		case 'switch':
			return value === spec.default ? undefined : value ? '1' : '0';
	}
}

/**
 * The query string of `state` without the leading `?` (empty for the default state). Order: the
 * inputs in spec order, then view, speed, play, tour, lang, hide. Inputs are first brought into range
 * and rounded to their step's precision, and a tour step outside 1..20 is left out, so the result
 * always parses back: `parseAppState(serialiseAppState(s)).state` deep-equals any valid `s`.
 */
export function serialiseAppState(state: AppUrlState): string {
	const defaults = defaultAppState();
	const inputs: InputValues = sanitizeInputs(state.inputs);
	const pairs: string[] = [];
	for (const spec of inputSpecs) {
		const value = inputValue(spec, inputs[spec.id]);
		if (value !== undefined) pairs.push(pair(spec.shortName, value));
	}
	if (state.view !== defaults.view) pairs.push(pair(APP_FIELD_NAMES.view, state.view));
	if (state.speed !== defaults.speed) pairs.push(pair(APP_FIELD_NAMES.speed, state.speed));
	if (state.playing !== defaults.playing)
		pairs.push(pair(APP_FIELD_NAMES.playing, state.playing ? '1' : '0'));
	if (
		state.tour !== undefined &&
		Number.isInteger(state.tour) &&
		state.tour >= 1 &&
		state.tour <= TOUR_STEP_LIMIT
	) {
		pairs.push(pair(APP_FIELD_NAMES.tour, String(state.tour)));
	}
	if (state.lang !== undefined) pairs.push(pair(APP_FIELD_NAMES.lang, state.lang));
	const hidden = HIDEABLE_PARTS.filter((part) => state.hide[part]);
	if (hidden.length > 0) pairs.push(pair(APP_FIELD_NAMES.hide, formatList(hidden, HIDEABLE_PARTS)));
	return pairs.join('&');
}

/**
 * Joins `base` (a path such as `/` or `/embed`, or an absolute URL) with a query string. Any query
 * or fragment already on `base` is dropped; no `?` is added for an empty query.
 */
export function withQuery(base: string, query: string): string {
	const end = base.search(/[?#]/);
	const path = end === -1 ? base : base.slice(0, end);
	return query === '' ? path : `${path}?${query}`;
}

/** A link to `state` on `base` (e.g. `appStateUrl('https://example.org/', state)`). */
export function appStateUrl(base: string, state: AppUrlState): string {
	return withQuery(base, serialiseAppState(state));
}

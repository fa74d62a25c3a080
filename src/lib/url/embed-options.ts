// The embed route's own URL parameters (controls, panels, lock, theme, autoplay, childId): parse and write them.
import * as v from 'valibot';
import { inputSpecs, type InputId } from '$lib/model/parameters';
import { appFieldSchemas, appParamNames } from './app-schema';
import { defaultAppState, type AppUrlState } from './app-state';
import { formatList, listFieldSchema, switchFieldSchema, wordFieldSchema } from './field-schemas';
import { appStateFromValues } from './parse';
import { readQuery, type FieldSchema, type RejectedParam } from './query-reader';
import { serialiseAppState, withQuery } from './serialise';
import { EMBED_FIELD_NAMES } from './embed-param-names';

export { EMBED_FIELD_NAMES, embedParamNames } from './embed-param-names';

export type { InputId };
/** A control the embed can show: one per model input, plus the time bar (play, step, speed). */
export type EmbedControl = InputId | 'time';
export const EMBED_PANELS = ['readouts', 'charts', 'closeup', 'evidence'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];
export const EMBED_THEMES = ['default', 'projector'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The URL word of the time bar in `controls`. */
const TIME_CONTROL_WORD = 'time';
/** URL words for the inputs (the spec's short names) and the ids they stand for, in spec order. */
const inputWords: readonly string[] = inputSpecs.map((spec) => spec.shortName);
const controlWords: readonly string[] = [...inputWords, TIME_CONTROL_WORD];

export interface EmbedOptions {
	/** Controls shown (`controls=k2,d3,time`; `none` for none). Default: all, in spec order then time. */
	controls: EmbedControl[];
	/** Panels shown (`panels=readouts,charts`; `none` for none). Default: all. */
	panels: EmbedPanel[];
	/** Inputs shown but not adjustable (`lock=ca,life`). Default: none. */
	lock: InputId[];
	/** Colour theme (`theme`). */
	theme: EmbedTheme;
	/** Whether the clock starts running (`autoplay=1`). Default: paused, so an article does not move until asked. */
	autoplay: boolean;
	/** Pym.js child id (`childId`, 1–64 of A–Z a–z 0–9 _ -); when set, the embed posts Pym.js height messages. */
	childId?: string;
}

export function defaultEmbedOptions(): EmbedOptions {
	return {
		controls: [...inputSpecs.map((spec) => spec.id), 'time'],
		panels: [...EMBED_PANELS],
		lock: [],
		theme: 'default',
		autoplay: false
	};
}

const PYM_CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const embedFieldSchemas: ReadonlyMap<string, FieldSchema> = new Map<string, FieldSchema>([
	[EMBED_FIELD_NAMES.controls, listFieldSchema(controlWords)],
	[EMBED_FIELD_NAMES.panels, listFieldSchema(EMBED_PANELS)],
	[EMBED_FIELD_NAMES.lock, listFieldSchema(inputWords)],
	[EMBED_FIELD_NAMES.theme, wordFieldSchema(EMBED_THEMES)],
	[EMBED_FIELD_NAMES.autoplay, switchFieldSchema()],
	[EMBED_FIELD_NAMES.childId, v.pipe(v.string(), v.regex(PYM_CHILD_ID))]
]);

function stringList(value: unknown): string[] | undefined {
	return Array.isArray(value)
		? value.filter((item): item is string => typeof item === 'string')
		: undefined;
}

/** Input ids (and `time`) for URL words, in spec order. */
function controlsFromWords(words: readonly string[]): EmbedControl[] {
	const ids: EmbedControl[] = inputSpecs
		.filter((spec) => words.includes(spec.shortName))
		.map((spec) => spec.id);
	return words.includes(TIME_CONTROL_WORD) ? [...ids, 'time'] : ids;
}

/** URL words for input ids (and `time`), in spec order. */
function wordsFromControls(controls: readonly EmbedControl[]): string[] {
	const words = inputSpecs
		.filter((spec) => controls.includes(spec.id))
		.map((spec) => spec.shortName);
	return controls.includes('time') ? [...words, TIME_CONTROL_WORD] : words;
}

function embedOptionsFromValues(values: ReadonlyMap<string, unknown>): EmbedOptions {
	const options = defaultEmbedOptions();
	const controls = stringList(values.get(EMBED_FIELD_NAMES.controls));
	if (controls) options.controls = controlsFromWords(controls);
	const panels = stringList(values.get(EMBED_FIELD_NAMES.panels));
	if (panels) options.panels = EMBED_PANELS.filter((panel) => panels.includes(panel));
	const lock = stringList(values.get(EMBED_FIELD_NAMES.lock));
	if (lock)
		options.lock = inputSpecs
			.filter((spec) => lock.includes(spec.shortName))
			.map((spec) => spec.id);
	const theme = values.get(EMBED_FIELD_NAMES.theme);
	options.theme = EMBED_THEMES.find((name) => name === theme) ?? options.theme;
	const autoplay = values.get(EMBED_FIELD_NAMES.autoplay);
	if (typeof autoplay === 'boolean') options.autoplay = autoplay;
	const childId = values.get(EMBED_FIELD_NAMES.childId);
	if (typeof childId === 'string') options.childId = childId;
	return options;
}

/**
 * Reads only the embed parameters (same rules as `parseAppState`); app-state names are skipped
 * silently because `parseAppState` reports them. Prefer `parseEmbedUrl` in the embed route.
 */
export function parseEmbedOptions(search: string | URLSearchParams): {
	options: EmbedOptions;
	rejected: RejectedParam[];
} {
	const { values, rejected } = readQuery(search, embedFieldSchemas, appParamNames);
	return { options: embedOptionsFromValues(values), rejected };
}

/**
 * Reads an embed link in one pass: the app state and the embed options, with one list of rejected
 * parameters. The embed starts playing only with `autoplay=1`, so `state.playing` equals `options.autoplay`
 * (a `play` parameter is accepted but `autoplay` decides).
 */
export function parseEmbedUrl(search: string | URLSearchParams): {
	state: AppUrlState;
	options: EmbedOptions;
	rejected: RejectedParam[];
} {
	const schemas = new Map([...appFieldSchemas, ...embedFieldSchemas]);
	const { values, rejected } = readQuery(search, schemas);
	const options = embedOptionsFromValues(values);
	const state = appStateFromValues(values);
	state.playing = options.autoplay;
	return { state, options, rejected };
}

/** The embed parameters that differ from the defaults, as a query string without `?`, in a stable order. */
export function serialiseEmbedOptions(options: EmbedOptions): string {
	const defaults = defaultEmbedOptions();
	const pairs: string[] = [];
	const controls = formatList(wordsFromControls(options.controls), controlWords);
	if (controls !== formatList(wordsFromControls(defaults.controls), controlWords))
		pairs.push(`controls=${controls}`);
	const panels = formatList(options.panels, EMBED_PANELS);
	if (panels !== formatList(defaults.panels, EMBED_PANELS)) pairs.push(`panels=${panels}`);
	const lockWords = inputSpecs
		.filter((spec) => options.lock.includes(spec.id))
		.map((spec) => spec.shortName);
	if (lockWords.length > 0) pairs.push(`lock=${formatList(lockWords, inputWords)}`);
	if (options.theme !== defaults.theme) pairs.push(`theme=${options.theme}`);
	if (options.autoplay) pairs.push('autoplay=1');
	if (options.childId !== undefined && PYM_CHILD_ID.test(options.childId))
		pairs.push(`childId=${options.childId}`);
	return pairs.join('&');
}

/** The embed link for `state` and `options` (the "copy embed code" dialog). `play` is left out: `autoplay` decides. */
export function embedUrl(base: string, state: AppUrlState, options: EmbedOptions): string {
	const appQuery = serialiseAppState({ ...state, playing: defaultAppState().playing });
	const query = [appQuery, serialiseEmbedOptions(options)].filter((part) => part !== '').join('&');
	return withQuery(base, query);
}

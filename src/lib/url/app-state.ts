// The state a link can carry (inputs, view, speed, play, tour step, language, hidden parts) and its defaults.
import { defaultInputs, type ModelInputs } from '$lib/model/parameters';
import type { Locale } from '$lib/paraglide/runtime';
import type { ReadLink } from './read-link';

/** The two views of the same model: vivid routing, or long-term outcomes as trials found them. */
export const VIEWS = ['mechanism', 'evidence'] as const;
export type AppView = (typeof VIEWS)[number];

/** How much simulated time one second of playback covers. */
export const SPEEDS = ['day', 'week', 'month', 'year'] as const;
export type PlaybackSpeed = (typeof SPEEDS)[number];

/** Parts of the explorer a teacher can hide for "predict first" exercises. Add names here to extend `hide`. */
export const HIDEABLE_PARTS = ['readouts'] as const;
export type HideablePart = (typeof HIDEABLE_PARTS)[number];

/** The guided tour has at most this many steps; `tour` is 1-based. */
export const TOUR_STEP_LIMIT = 20;

/** URL names of the state outside the model inputs (the inputs use their spec short names). */
export const APP_FIELD_NAMES = {
	view: 'view',
	speed: 'speed',
	playing: 'play',
	tour: 'tour',
	lang: 'lang',
	hide: 'hide'
} as const;

/**
 * Everything a shared link can set. Every field has a default (see `defaultAppState`), so any subset
 * of URL parameters gives a complete state. To add a field: declare it here, give it a default, a
 * schema in `app-schema.ts`, a line in `serialise.ts`, and a row in the README's parameter table.
 */
export interface AppUrlState {
	/** The model's inputs (URL names are the spec's short names: k2, d3, ca, life, warfarin). Always within the spec. */
	inputs: ModelInputs;
	/** Which view of the model shows (`view`). */
	view: AppView;
	/** Playback speed (`speed`). */
	speed: PlaybackSpeed;
	/** Whether the clock runs on arrival (`play=1|0`); off by default so a class sees the start and can predict first. */
	playing: boolean;
	/** The guided tour's step, 1-based (`tour`); absent when the tour is not open. */
	tour?: number;
	/** The language (`lang`); absent means the app chooses (the browser's language or English). */
	lang?: Locale;
	/** Parts hidden from view (`hide=readouts`); every part is shown by default. */
	hide: Record<HideablePart, boolean>;
}

/** The state of a link without parameters. A fresh object each call. */
export function defaultAppState(): AppUrlState {
	return {
		inputs: defaultInputs(),
		view: 'mechanism',
		speed: 'week',
		playing: false,
		hide: { readouts: false }
	};
}

/** What an address without a query sets: what `readLink('')` returns, without loading the readers (read-link.test.ts checks the two agree). */
export function emptyLink(): ReadLink {
	return { state: defaultAppState(), lesson: {}, rejected: [] };
}

// The "copy embed code" choices (which inputs are adjustable, fixed or hidden; time bar; panels; theme; autoplay; size) turned into an embed address and its iframe snippet.
import { inputSpecs } from '$lib/model/parameters';
import type { AppUrlState } from '$lib/url/app-state';
import {
	embedUrl,
	type EmbedControl,
	type EmbedOptions,
	type EmbedTheme,
	type InputId
} from '$lib/url/embed-options';
import { SHOWN_PANELS, type ShownPanel } from './embed-panels';
import { iframeSnippet, type EmbedSize } from './embed-snippet';

export type InputAccess = 'adjustable' | 'locked' | 'hidden';
export const INPUT_ACCESS: readonly InputAccess[] = ['adjustable', 'locked', 'hidden'];

export interface EmbedChoices {
	/** Per input id: a reader can change it, sees it fixed, or does not see it. */
	inputs: Record<InputId, InputAccess>;
	/** Whether the play / step / speed bar shows. */
	time: boolean;
	panels: ShownPanel[];
	theme: EmbedTheme;
	autoplay: boolean;
	size: EmbedSize;
}

/** Everything adjustable and shown, standard colours, paused, full width × 600 px. */
export function defaultEmbedChoices(): EmbedChoices {
	return {
		inputs: Object.fromEntries(inputSpecs.map((spec) => [spec.id, 'adjustable'])) as Record<
			InputId,
			InputAccess
		>,
		time: true,
		panels: [...SHOWN_PANELS],
		theme: 'default',
		autoplay: false,
		size: 'wide'
	};
}

/** The embed options the choices stand for (locked inputs are listed in `lock` only: the embed shows them anyway). */
export function embedOptionsOf(choices: EmbedChoices): EmbedOptions {
	const withAccess = (access: InputAccess) =>
		inputSpecs.filter((spec) => choices.inputs[spec.id] === access).map((spec) => spec.id);
	const controls: EmbedControl[] = [
		...withAccess('adjustable'),
		...(choices.time ? ['time' as const] : [])
	];
	return {
		controls,
		panels: SHOWN_PANELS.filter((panel) => choices.panels.includes(panel)),
		lock: withAccess('locked'),
		theme: choices.theme,
		autoplay: choices.autoplay
	};
}

/** The embed's absolute address for `state` (the explorer now) and the choices; `embedPage` is the /embed page's address. */
export function embedAddress(embedPage: string, state: AppUrlState, choices: EmbedChoices): string {
	return embedUrl(embedPage, state, embedOptionsOf(choices));
}

/** The HTML to paste: an iframe of `src`, titled, sized as chosen. */
export function embedCode(src: string, title: string, choices: EmbedChoices): string {
	return iframeSnippet({ src, title, size: choices.size });
}

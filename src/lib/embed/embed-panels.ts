// The panels the embed draws, in tab order (the close-up loads its diagrams only when its tab is opened).
import type { EmbedPanel } from '$lib/url/embed-options';

export const SHOWN_PANELS = [
	'readouts',
	'charts',
	'closeup',
	'evidence'
] as const satisfies readonly EmbedPanel[];
export type ShownPanel = (typeof SHOWN_PANELS)[number];

// The panels the embed draws today, in tab order ('closeup' is accepted in links, see src/lib/url/embed-options.ts, but not drawn yet).
import type { EmbedPanel } from '$lib/url/embed-options';

export const SHOWN_PANELS = [
	'readouts',
	'charts',
	'evidence'
] as const satisfies readonly EmbedPanel[];
export type ShownPanel = (typeof SHOWN_PANELS)[number];

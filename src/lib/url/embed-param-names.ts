// The embed's own link parameters by name: a module of its own, so the explorer (which only skips them) does not load the embed's parsers.

export const EMBED_FIELD_NAMES = {
	controls: 'controls',
	panels: 'panels',
	lock: 'lock',
	theme: 'theme',
	autoplay: 'autoplay',
	childId: 'childId'
} as const;

/** The embed parameters' names (the app parser skips them without reporting them as unknown). */
export const embedParamNames: ReadonlySet<string> = new Set(Object.values(EMBED_FIELD_NAMES));

// Finds a SCORM 1.2 LMS's `API` object in a parent frame or the opener (ADL's search): small, so the explorer can look for an LMS without loading the session code.

/** The SCORM 1.2 run-time calls the app uses (the LMS provides them on `window.API`). */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
}

/** ADL's limit on how many parent frames to climb. */
const MAX_PARENTS = 7;

function apiOf(candidate: Window | null | undefined): Scorm12Api | null {
	try {
		const api = (candidate as unknown as { API?: Scorm12Api } | null)?.API;
		return api && typeof api.LMSInitialize === 'function' ? api : null;
	} catch {
		return null; // a cross-origin frame: not our LMS
	}
}

/** The LMS's API in this window's parents or opener, or null (the usual case outside an LMS). */
export function findScorm12Api(start: Window): Scorm12Api | null {
	let current: Window = start;
	for (let depth = 0; depth <= MAX_PARENTS; depth++) {
		const api = apiOf(current);
		if (api) return api;
		let parent: Window | null = null;
		try {
			parent = current.parent;
		} catch {
			parent = null;
		}
		if (!parent || parent === current) break;
		current = parent;
	}
	try {
		return apiOf(start.opener as Window | null);
	} catch {
		return null;
	}
}

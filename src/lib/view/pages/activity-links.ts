// Where an activity's links go: the explorer with the activity's query and the reader's language, and its worksheet and answer key.
import type { ResolvedPathname } from '$app/types';
import { localHref } from '$lib/i18n/lang-link.svelte';
import type { Activity } from './activities';

/** The explorer at an activity's setup, in the current language (a path: resolve it against the page for a full URL). */
export function explorerHref(query: string): ResolvedPathname {
	return localHref(`/?${query}`);
}

/** The student worksheet (no answers) and the teacher's answer key of an activity. */
export function worksheetHref(activity: Activity, kind: 'worksheet' | 'answers'): ResolvedPathname {
	return kind === 'worksheet'
		? localHref('/teach/worksheet/[id]', { id: activity.id })
		: localHref('/teach/answers/[id]', { id: activity.id });
}

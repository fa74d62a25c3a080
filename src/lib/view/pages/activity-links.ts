// Where an activity's links go: the explorer with the activity's query and the reader's language, and its worksheet and answer key.
import { resolve } from '$app/paths';
import { localHref } from '$lib/i18n/lang-link.svelte';
import type { Activity } from './activities';

/** The explorer at an activity's setup, in the current language (a path: resolve it against the page for a full URL). */
export function explorerHref(query: string): string {
	return localHref(resolve(`/?${query}`));
}

/** The student worksheet (no answers) and the teacher's answer key of an activity. */
export function worksheetHref(activity: Activity, kind: 'worksheet' | 'answers'): string {
	return localHref(
		kind === 'worksheet'
			? resolve('/teach/worksheet/[id]', { id: activity.id })
			: resolve('/teach/answers/[id]', { id: activity.id })
	);
}

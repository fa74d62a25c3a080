// The worksheet and answer-key routes: one prerendered page per activity; an unknown activity is a 404.
import { error } from '@sveltejs/kit';
import { activities } from './activities';

export function worksheetEntries() {
	return activities.map((activity) => ({ id: activity.id }));
}

export function loadActivity(id: string) {
	const activity = activities.find((candidate) => candidate.id === id);
	if (!activity) error(404, 'No such activity');
	return { id: activity.id };
}

// Reads a whole explorer link (app state, lesson, rejected parameters) with the valibot schemas; the explorer loads it only when its address has a query (or on Back and Forward), so a first visit to `/` does not download the readers.
import { appParamNames } from './app-schema';
import type { AppUrlState } from './app-state';
import { embedParamNames } from './embed-param-names';
import type { LessonUrlState } from './lesson-link';
import { lessonParamNames, parseLessonState, withPresetInputs } from './lesson-params';
import { parseAppState, type RejectedParam } from './parse';

/** What a link sets: the app state (a preset's inputs folded in), the lesson, and every parameter not used. */
export interface ReadLink {
	state: AppUrlState;
	lesson: LessonUrlState;
	rejected: RejectedParam[];
}

/** Reads a whole link: the app state with a preset's inputs folded in, the lesson, and every rejected parameter. */
export function readLink(search: string): ReadLink {
	const app = parseAppState(search, { otherKnownNames: lessonParamNames });
	// Built on each read, not at module load: the URL modules import each other, so their sets may not exist yet then.
	const lesson = parseLessonState(search, new Set([...appParamNames, ...embedParamNames]));
	return {
		state: withPresetInputs(app.state, lesson.lesson, search, app.rejected),
		lesson: lesson.lesson,
		rejected: onceEach([...app.rejected, ...lesson.rejected])
	};
}

/** Each rejection once: a name neither reader knows is reported by both (the notice listed `bad` twice). */
function onceEach(rejected: RejectedParam[]): RejectedParam[] {
	const seen = new Set<string>();
	return rejected.filter((each) => {
		const key = `${each.reason}\u0000${each.name}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

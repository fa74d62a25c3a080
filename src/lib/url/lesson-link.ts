// Writes a lesson's link parameters (`preset`, `predict`, `horizon`, `plate`) without their readers: the explorer writes links on every visit but reads one only when it has a query (lesson-params.ts, loaded then).
import type { ScenarioId } from '$lib/model';
import type { Plate } from '$lib/model/foods/food-ids';
import {
	PREDICTED_QUANTITIES,
	type PredictedQuantity,
	type PredictionHorizon
} from '$lib/sim/prediction';
import { formatCleanPlate } from './plate-format';

/** What a lesson link adds to the app state. Every field is optional: absent means "not asked". */
export interface LessonUrlState {
	/** A preset to open with its "what to look for" note (`preset=natto_eater`). Explicit inputs in the link win. */
	preset?: ScenarioId;
	/** The quantities the predict panel asks about (`predict=absorption,vitaminD`); opens the panel. */
	predict?: PredictedQuantity[];
	/** How far ahead the prediction looks (`horizon=6m`: 2w, 6w, 3m, 6m, 1y, 2y, 5y); opens the panel. */
	horizon?: PredictionHorizon;
	/** The plate the diet inputs came from (`plate=natto:1,gouda:2`), clean (cleanPlate's output); the inputs themselves travel as `ca`, `k1`… */
	plate?: Plate;
}

export const LESSON_FIELD_NAMES = {
	preset: 'preset',
	predict: 'predict',
	horizon: 'horizon',
	plate: 'plate'
} as const;

/** The lesson's query string without `?` (empty when nothing is asked), in the order preset, predict, horizon, plate. */
export function serialiseLessonState(lesson: LessonUrlState): string {
	const pairs: string[] = [];
	if (lesson.preset) pairs.push(`${LESSON_FIELD_NAMES.preset}=${lesson.preset}`);
	if (lesson.predict && lesson.predict.length > 0) {
		const ordered = PREDICTED_QUANTITIES.filter((quantity) => lesson.predict?.includes(quantity));
		pairs.push(`${LESSON_FIELD_NAMES.predict}=${ordered.join(',')}`);
	}
	if (lesson.horizon) pairs.push(`${LESSON_FIELD_NAMES.horizon}=${lesson.horizon}`);
	const plate = lesson.plate ? formatCleanPlate(lesson.plate) : '';
	if (plate !== '') pairs.push(`${LESSON_FIELD_NAMES.plate}=${plate}`);
	return pairs.join('&');
}

/** Joins query strings, skipping empty ones. */
export function joinQueries(...queries: string[]): string {
	return queries.filter((query) => query !== '').join('&');
}

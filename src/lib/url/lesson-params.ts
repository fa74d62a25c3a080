// Reads a lesson's own link parameters, beside the app state: `preset` (a preset with its note), `predict` and `horizon` (the predict question), `plate` (the foods of a plate); lesson-link.ts writes them.
import * as v from 'valibot';
import { scenarioById, scenarios, type ScenarioId } from '$lib/model';
import { inputSpecs } from '$lib/model/parameters';
import { PREDICTED_QUANTITIES, PREDICTION_HORIZONS } from '$lib/sim/prediction';
import type { AppUrlState } from './app-state';
import { listFieldSchema, wordFieldSchema } from './field-schemas';
import {
	joinQueries,
	LESSON_FIELD_NAMES,
	serialiseLessonState,
	type LessonUrlState
} from './lesson-link';
import { plateFieldSchema, type PlateReading } from './plate-param';
import { readQuery, type FieldSchema, type RejectedParam } from './query-reader';

export { joinQueries, LESSON_FIELD_NAMES, serialiseLessonState, type LessonUrlState };

const scenarioIds = scenarios.map((scenario) => scenario.id);

export const lessonFieldSchemas: ReadonlyMap<string, FieldSchema> = new Map<string, FieldSchema>([
	[LESSON_FIELD_NAMES.preset, wordFieldSchema(scenarioIds)],
	[LESSON_FIELD_NAMES.predict, v.pipe(listFieldSchema(PREDICTED_QUANTITIES), v.minLength(1))],
	[LESSON_FIELD_NAMES.horizon, wordFieldSchema(PREDICTION_HORIZONS)],
	[LESSON_FIELD_NAMES.plate, plateFieldSchema]
]);

/** Lesson values allowed the longer length limit. */
const longValueNames: ReadonlySet<string> = new Set([LESSON_FIELD_NAMES.plate]);

/** The lesson parameters' names (the app and embed parsers skip them without reporting them as unknown). */
export const lessonParamNames: ReadonlySet<string> = new Set(lessonFieldSchemas.keys());

/** Reads the lesson parameters; names the other readers handle are passed in `otherKnownNames` and skipped. */
export function parseLessonState(
	search: string | URLSearchParams,
	otherKnownNames: ReadonlySet<string>
): { lesson: LessonUrlState; rejected: RejectedParam[] } {
	const { values, rejected } = readQuery(
		search,
		lessonFieldSchemas,
		otherKnownNames,
		longValueNames
	);
	const lesson: LessonUrlState = {};
	const preset = values.get(LESSON_FIELD_NAMES.preset);
	if (typeof preset === 'string' && scenarioById(preset)) lesson.preset = preset as ScenarioId;
	const predict = values.get(LESSON_FIELD_NAMES.predict);
	if (Array.isArray(predict))
		lesson.predict = PREDICTED_QUANTITIES.filter((quantity) => predict.includes(quantity));
	const horizon = values.get(LESSON_FIELD_NAMES.horizon);
	lesson.horizon = PREDICTION_HORIZONS.find((word) => word === horizon);
	if (!lesson.horizon) delete lesson.horizon;
	const plate = values.get(LESSON_FIELD_NAMES.plate) as PlateReading | undefined;
	if (plate) {
		lesson.plate = plate.plate;
		if (plate.dropped > 0) rejected.push({ name: LESSON_FIELD_NAMES.plate, reason: 'malformed' });
	}
	return { lesson, rejected };
}

/**
 * The app state a lesson link opens: a preset's inputs, except the inputs the link sets itself (accepted ones only),
 * so `preset=natto_eater&k2=100` is the natto eater at 100 µg/day.
 */
export function withPresetInputs(
	state: AppUrlState,
	lesson: LessonUrlState,
	search: string | URLSearchParams,
	rejected: readonly RejectedParam[]
): AppUrlState {
	const scenario = lesson.preset ? scenarioById(lesson.preset) : undefined;
	if (!scenario) return state;
	const params = new URLSearchParams(search);
	const given = (name: string) =>
		params.has(name) && !rejected.some((entry) => entry.name === name);
	const inputs = { ...scenario.inputs };
	for (const spec of inputSpecs)
		if (given(spec.shortName)) Object.assign(inputs, { [spec.id]: state.inputs[spec.id] });
	return { ...state, inputs };
}

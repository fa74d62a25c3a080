// The URL names of the app state and their schemas, built by iterating the model's parameter spec.
import { inputSpecs, type InputSpec } from '$lib/model/parameters';
import { locales } from '$lib/paraglide/runtime';
import { APP_FIELD_NAMES, HIDEABLE_PARTS, SPEEDS, TOUR_STEP_LIMIT, VIEWS } from './app-state';
import {
	listFieldSchema,
	numberFieldSchema,
	switchFieldSchema,
	wholeNumberFieldSchema,
	wordFieldSchema
} from './field-schemas';
import type { FieldSchema } from './query-reader';

export { APP_FIELD_NAMES };

/** The schema of one model input, chosen by its kind in the spec. */
export function inputFieldSchema(spec: InputSpec): FieldSchema {
	switch (spec.kind) {
		case 'number':
			return numberFieldSchema(spec);
		case 'choice':
			return wordFieldSchema(spec.options);
		case 'switch':
			return switchFieldSchema();
	}
}

function buildAppFieldSchemas(): ReadonlyMap<string, FieldSchema> {
	const schemas = new Map<string, FieldSchema>();
	for (const spec of inputSpecs) schemas.set(spec.shortName, inputFieldSchema(spec));
	schemas.set(APP_FIELD_NAMES.view, wordFieldSchema(VIEWS));
	schemas.set(APP_FIELD_NAMES.speed, wordFieldSchema(SPEEDS));
	schemas.set(APP_FIELD_NAMES.playing, switchFieldSchema());
	schemas.set(APP_FIELD_NAMES.tour, wholeNumberFieldSchema(1, TOUR_STEP_LIMIT));
	schemas.set(APP_FIELD_NAMES.lang, wordFieldSchema(locales));
	schemas.set(APP_FIELD_NAMES.hide, listFieldSchema(HIDEABLE_PARTS));
	if (schemas.size !== inputSpecs.length + Object.keys(APP_FIELD_NAMES).length) {
		throw new Error(
			'Two URL parameters share a name: check the short names in the parameter spec.'
		);
	}
	return schemas;
}

/** Every URL parameter of the app state, in the order links write them. */
export const appFieldSchemas: ReadonlyMap<string, FieldSchema> = buildAppFieldSchemas();

/** The names `parseAppState` reads (other readers skip them without reporting them as unknown). */
export const appParamNames: ReadonlySet<string> = new Set(appFieldSchemas.keys());

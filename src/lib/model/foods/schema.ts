/** The valibot schema of foods.json: every food has a group, a portion and five per-100 g values, each with its source. */
import * as v from 'valibot';
import { FOOD_GROUPS, FOOD_IDS } from './food-ids';

/** One value per 100 g with the source it came from, and a note where it is uncertain or varies by region. */
export const sourcedValueSchema = v.strictObject({
	value: v.pipe(v.number(), v.finite(), v.minValue(0)),
	source: v.pipe(v.string(), v.trim(), v.minLength(10)),
	uncertain: v.optional(v.pipe(v.string(), v.minLength(5)))
});

/** The five nutrients the plate sets, per 100 g. */
export const NUTRIENTS = ['calciumMg', 'vitaminDIu', 'k1Mcg', 'mk4Mcg', 'mk7Mcg'] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

export const foodSchema = v.strictObject({
	id: v.picklist(FOOD_IDS),
	group: v.picklist(FOOD_GROUPS),
	/** One portion as a student would serve it, in grams (drinks also in mL). */
	portionGrams: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(500)),
	portionMl: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(500))),
	per100g: v.strictObject({
		calciumMg: sourcedValueSchema,
		vitaminDIu: sourcedValueSchema,
		k1Mcg: sourcedValueSchema,
		mk4Mcg: sourcedValueSchema,
		mk7Mcg: sourcedValueSchema
	}),
	/** An English note for reviewers (the app shows the translated food_<id>_note message). */
	note: v.optional(v.string())
});

export const foodTableSchema = v.strictObject({
	$comment: v.string(),
	version: v.literal(1),
	foods: v.pipe(
		v.array(foodSchema),
		v.minLength(20),
		v.check(
			(foods) => new Set(foods.map((food) => food.id)).size === foods.length,
			'Two foods share an id.'
		)
	)
});

export type Food = v.InferOutput<typeof foodSchema>;
export type FoodTable = v.InferOutput<typeof foodTableSchema>;

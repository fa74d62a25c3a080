/** A plate (portions per day by food) summed into per-day totals and into the model's diet inputs, clamped to the parameter spec. */
import { clampNumericInput, inputSpecs } from '../parameters';
import { cleanPlate, type FoodId, type Plate } from './food-ids';
import { DIET_INPUT_OF, type DietInputs } from './diet';
import { foodById } from './foods';
import { NUTRIENTS, type Food, type Nutrient } from './schema';

export type { Plate } from './food-ids';
export { DIET_INPUT_OF, dietMatches, dietOf, type DietInputs } from './diet';

/** Amounts of the five nutrients (mg, IU, µg, µg, µg). */
export type NutrientTotals = Record<Nutrient, number>;

/** Nothing: the start of every sum. */
export function zeroTotals(): NutrientTotals {
	return { calciumMg: 0, vitaminDIu: 0, k1Mcg: 0, mk4Mcg: 0, mk7Mcg: 0 };
}

/** What one portion of `food` holds: its per-100 g values scaled to the portion's grams. */
export function perPortion(food: Food): NutrientTotals {
	const totals = zeroTotals();
	for (const nutrient of NUTRIENTS)
		totals[nutrient] = (food.per100g[nutrient].value * food.portionGrams) / 100;
	return totals;
}

/** Per-day totals of a plate (portions are cleaned first: 0–6 in halves). */
export function plateTotals(plate: Plate): NutrientTotals {
	const totals = zeroTotals();
	for (const [id, portions] of Object.entries(cleanPlate(plate)) as [FoodId, number][]) {
		const portion = perPortion(foodById(id));
		for (const nutrient of NUTRIENTS) totals[nutrient] += portion[nutrient] * portions;
	}
	return totals;
}

/** A total rounded to its slider's step (845 mg → 850 at a step of 50), so the slider, the link and the model agree. */
function roundToStep(value: number, spec: { min: number; step: number }): number {
	const steps = Math.round((value - spec.min) / spec.step);
	return Number((spec.min + steps * spec.step).toFixed(6));
}

/** The diet inputs a plate sets, each rounded to its slider's step and clamped to its range (an empty plate gives the spec's minimum calcium). */
export function plateInputs(plate: Plate): DietInputs {
	const totals = plateTotals(plate);
	const inputs: Record<string, number> = {};
	for (const nutrient of NUTRIENTS) {
		const id = DIET_INPUT_OF[nutrient];
		const spec = inputSpecs.find((candidate) => candidate.id === id);
		// Stryker disable next-line ConditionalExpression,OptionalChaining,StringLiteral: unreachable, every DIET_INPUT_OF id is a numeric spec (diet.ts's type says so); the guard narrows the type.
		if (spec?.kind !== 'number') throw new Error(`The parameter spec has no numeric input ${id}.`);
		inputs[id] = clampNumericInput(spec, roundToStep(totals[nutrient], spec));
	}
	return inputs as DietInputs;
}

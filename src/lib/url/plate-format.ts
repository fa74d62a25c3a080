// Writes the `plate` link value (`natto:1,gouda:2`) from the food ids alone: the explorer's links and the teacher pages' activity links use it without the reader (plate-param.ts, valibot).
import { cleanPlate, FOOD_IDS, type Plate } from '$lib/model/foods/food-ids';

/** Writes a plate as its link value (`natto:1,gouda:2`, in FOOD_IDS order), or '' for an empty plate. */
export function formatPlate(plate: Plate): string {
	const clean = cleanPlate(plate);
	return FOOD_IDS.filter((id) => clean[id] !== undefined)
		.map((id) => `${id}:${clean[id]}`)
		.join(',');
}

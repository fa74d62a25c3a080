// Writes the `plate` link value (`natto:1,gouda:2`) of a clean plate without the food list: the explorer writes links on every change, and its first load does not carry the foods. The reader, and `formatPlate` for any plate, are in plate-param.ts.
import type { Plate } from '$lib/model/foods/food-ids';

/**
 * Writes a plate that is already clean — cleanPlate's output: whole portions, in FOOD_IDS order, as every plate the
 * explorer keeps is — as its link value, or '' for an empty plate.
 */
export function formatCleanPlate(plate: Plate): string {
	return Object.entries(plate)
		.map(([id, portions]) => `${id}:${portions}`)
		.join(',');
}

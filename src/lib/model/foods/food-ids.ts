/** The ids and groups of the plate's foods, small enough for the first load (the URL reader checks `plate=` against them); the values live in foods.json, loaded on use. */

/** The picker's groups, in display order. */
export const FOOD_GROUPS = [
	'dairy',
	'fishMeat',
	'eggs',
	'plants',
	'fortified',
	'fermented'
] as const;
export type FoodGroup = (typeof FOOD_GROUPS)[number];

/** Every food id, in foods.json order (foods.test.ts checks that the two agree). Short: they are URL words. */
export const FOOD_IDS = [
	'natto',
	'sauerkraut',
	'gouda',
	'cheddar',
	'brie',
	'quark',
	'milk',
	'yogurt',
	'butter',
	'sardines',
	'salmon',
	'liver',
	'chicken',
	'beef',
	'egg',
	'spinach',
	'kale',
	'broccoli',
	'lettuce',
	'beans',
	'almonds',
	'bread',
	'tofu',
	'milkd',
	'soydrink',
	'orangejuice',
	'mushrooms'
] as const;
export type FoodId = (typeof FOOD_IDS)[number];

/** Portions of one food on a plate: 0 to 6, in halves (a plate is per day). */
export const PORTIONS = { min: 0, max: 6, step: 0.5 } as const;

/** A plate: portions per day by food id (absent = none). */
export type Plate = Partial<Record<FoodId, number>>;

/** True for a food id. */
export function isFoodId(word: string): word is FoodId {
	return (FOOD_IDS as readonly string[]).includes(word);
}

/** `portions` brought to a valid count: rounded to the half, clamped to 0–6, non-numbers to 0. */
export function cleanPortions(portions: number): number {
	if (!Number.isFinite(portions)) return 0;
	const half = Math.round(portions / PORTIONS.step) * PORTIONS.step;
	// Stryker disable next-line ArithmeticOperator: + 0 and − 0 agree (both leave +0 as +0; Math.max(0, −0) is already +0).
	return Math.min(PORTIONS.max, Math.max(PORTIONS.min, half)) + 0;
}

/** The plate without empty or invalid entries, in FOOD_IDS order (so equal plates write equal links). */
export function cleanPlate(plate: Plate): Plate {
	const clean: Plate = {};
	for (const id of FOOD_IDS) {
		const portions = cleanPortions(plate[id] ?? 0);
		if (portions > 0) clean[id] = portions;
	}
	return clean;
}

// The translated words of the plate: each food's name and portion, the groups, the nutrients and the starter plates, looked up by id.
import type { FoodGroup, FoodId } from '$lib/model/foods/food-ids';
import type { Food, Nutrient } from '$lib/model/foods/schema';
import type { StarterPlate } from '$lib/model/foods/starter-plates';
import { m } from '$lib/paraglide/messages';

type Portion = (inputs: { grams: number; ml: number }) => string;

/** A new food adds its name and portion messages here: the types insist. */
const names: Record<FoodId, [() => string, Portion]> = {
	natto: [m.food_natto_name, m.food_natto_portion],
	sauerkraut: [m.food_sauerkraut_name, m.food_sauerkraut_portion],
	gouda: [m.food_gouda_name, m.food_gouda_portion],
	cheddar: [m.food_cheddar_name, m.food_cheddar_portion],
	brie: [m.food_brie_name, m.food_brie_portion],
	quark: [m.food_quark_name, m.food_quark_portion],
	milk: [m.food_milk_name, m.food_milk_portion],
	yogurt: [m.food_yogurt_name, m.food_yogurt_portion],
	butter: [m.food_butter_name, m.food_butter_portion],
	sardines: [m.food_sardines_name, m.food_sardines_portion],
	salmon: [m.food_salmon_name, m.food_salmon_portion],
	liver: [m.food_liver_name, m.food_liver_portion],
	chicken: [m.food_chicken_name, m.food_chicken_portion],
	beef: [m.food_beef_name, m.food_beef_portion],
	egg: [m.food_egg_name, m.food_egg_portion],
	spinach: [m.food_spinach_name, m.food_spinach_portion],
	kale: [m.food_kale_name, m.food_kale_portion],
	broccoli: [m.food_broccoli_name, m.food_broccoli_portion],
	lettuce: [m.food_lettuce_name, m.food_lettuce_portion],
	beans: [m.food_beans_name, m.food_beans_portion],
	almonds: [m.food_almonds_name, m.food_almonds_portion],
	bread: [m.food_bread_name, m.food_bread_portion],
	tofu: [m.food_tofu_name, m.food_tofu_portion],
	milkd: [m.food_milkd_name, m.food_milkd_portion],
	soydrink: [m.food_soydrink_name, m.food_soydrink_portion],
	orangejuice: [m.food_orangejuice_name, m.food_orangejuice_portion],
	mushrooms: [m.food_mushrooms_name, m.food_mushrooms_portion]
};

export function foodName(id: FoodId): string {
	return names[id][0]();
}

/** "1 slice (30 g)": the portion a student recognises, with its weight from the food table. */
export function portionText(food: Food): string {
	return names[food.id][1]({ grams: food.portionGrams, ml: food.portionMl ?? food.portionGrams });
}

const groups: Record<FoodGroup, () => string> = {
	dairy: m.plate_group_dairy,
	fishMeat: m.plate_group_fish_meat,
	eggs: m.plate_group_eggs,
	plants: m.plate_group_plants,
	fortified: m.plate_group_fortified,
	fermented: m.plate_group_fermented
};

export function groupName(group: FoodGroup): string {
	return groups[group]();
}

const nutrients: Record<Nutrient, () => string> = {
	calciumMg: m.plate_nutrient_calcium,
	vitaminDIu: m.plate_nutrient_vitamin_d,
	k1Mcg: m.plate_nutrient_k1,
	mk4Mcg: m.plate_nutrient_mk4,
	mk7Mcg: m.plate_nutrient_mk7
};

export function nutrientName(nutrient: Nutrient): string {
	return nutrients[nutrient]();
}

/** The unit each nutrient is counted in. */
export const NUTRIENT_UNITS: Record<Nutrient, string> = {
	calciumMg: 'mg/day',
	vitaminDIu: 'IU/day',
	k1Mcg: 'µg/day',
	mk4Mcg: 'µg/day',
	mk7Mcg: 'µg/day'
};

const starters: Record<StarterPlate['id'], () => string> = {
	western: m.plate_starter_western,
	natto: m.plate_starter_natto,
	noDairyTeen: m.plate_starter_no_dairy_teen,
	winterIndoors: m.plate_starter_winter_indoors,
	plantFortified: m.plate_starter_plant_fortified
};

export function starterName(id: StarterPlate['id']): string {
	return starters[id]();
}

/** The food table, validated once: import this module (or load it with `import()` in the UI) to get every food with its sourced values. */
import * as v from 'valibot';
import table from './foods.json';
import type { FoodId } from './food-ids';
import { foodTableSchema, type Food } from './schema';

/** Every food of foods.json, in file order; throws at load if the file breaks the schema (foods.test.ts catches it first). */
export const foods: readonly Food[] = v.parse(foodTableSchema, table).foods;

const byId = new Map(foods.map((food) => [food.id, food]));

/** The food with this id (every FoodId is in the table; foods.test.ts checks it). */
export function foodById(id: FoodId): Food {
	const food = byId.get(id);
	if (!food) throw new Error(`No food ${id} in foods.json.`);
	return food;
}

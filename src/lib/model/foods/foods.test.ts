// The food table: it parses, it matches the schema and the id list, and every value names its source.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FOOD_GROUPS, FOOD_IDS } from './food-ids';
import { foodById, foods } from './foods';
import { foodTableSchema, NUTRIENTS } from './schema';

const raw = readFileSync(new URL('./foods.json', import.meta.url), 'utf8');

describe('foods.json', () => {
	it('is JSON that the schema accepts', () => {
		const result = v.safeParse(foodTableSchema, JSON.parse(raw));
		expect(result.issues).toBeUndefined();
		expect(result.success).toBe(true);
	});

	it('has 24–30 foods, exactly the ids of FOOD_IDS in the same order', () => {
		expect(foods.length).toBeGreaterThanOrEqual(24);
		expect(foods.length).toBeLessThanOrEqual(30);
		expect(foods.map((food) => food.id)).toEqual([...FOOD_IDS]);
		for (const id of FOOD_IDS) expect(foodById(id).id).toBe(id);
		expect(() => foodById('pizza' as (typeof FOOD_IDS)[number])).toThrow(
			'No food pizza in foods.json.'
		);
	});

	it('gives every value of every food a source, and a note where it is uncertain', () => {
		for (const food of foods)
			for (const nutrient of NUTRIENTS) {
				const entry = food.per100g[nutrient];
				expect(Number.isFinite(entry.value), `${food.id} ${nutrient}`).toBe(true);
				expect(entry.source.length, `${food.id} ${nutrient} source`).toBeGreaterThan(10);
				if (entry.uncertain !== undefined) expect(entry.uncertain.length).toBeGreaterThan(5);
			}
	});

	it('covers the foods the articles name and every group', () => {
		const ids: readonly string[] = FOOD_IDS;
		for (const id of [
			'natto',
			'gouda',
			'brie',
			'quark',
			'egg',
			'liver',
			'butter',
			'milk',
			'yogurt',
			'tofu',
			'sardines',
			'salmon',
			'milkd',
			'spinach',
			'kale',
			'broccoli',
			'lettuce'
		])
			expect(ids).toContain(id);
		for (const group of FOOD_GROUPS) expect(foods.some((food) => food.group === group)).toBe(true);
	});

	it('keeps natto MK-7 within the published 900–1100 µg/100 g', () => {
		const natto = foodById('natto').per100g.mk7Mcg;
		expect(natto.value).toBeGreaterThanOrEqual(900);
		expect(natto.value).toBeLessThanOrEqual(1100);
		expect(natto.uncertain).toBeDefined();
	});

	it('rejects a value without a source', () => {
		const table = JSON.parse(raw);
		delete table.foods[0].per100g.calciumMg.source;
		expect(v.safeParse(foodTableSchema, table).success).toBe(false);
	});
});

describe('the food table schema', () => {
	const table = () => JSON.parse(raw);
	const accepts = (value: unknown) => v.safeParse(foodTableSchema, value).success;

	it('refuses duplicate ids, fewer than 20 foods, portions outside 1–500 g, negative values and blank sources', () => {
		const twice = table();
		twice.foods[1].id = twice.foods[0].id;
		const result = v.safeParse(foodTableSchema, twice);
		expect(result.issues?.map((issue) => issue.message)).toContain('Two foods share an id.');
		const few = table();
		few.foods = few.foods.slice(0, 19);
		expect(accepts(few)).toBe(false);
		few.foods = table().foods.slice(0, 20);
		expect(accepts(few)).toBe(true);
		for (const grams of [0, 501]) {
			const portion = table();
			portion.foods[0].portionGrams = grams;
			expect(accepts(portion), `${grams} g`).toBe(false);
			const millilitres = table();
			millilitres.foods[0].portionMl = grams;
			expect(accepts(millilitres), `${grams} mL`).toBe(false);
		}
		const negative = table();
		negative.foods[0].per100g.calciumMg.value = -1;
		expect(accepts(negative)).toBe(false);
		const blank = table();
		blank.foods[0].per100g.calciumMg.source = '            x';
		expect(accepts(blank)).toBe(false);
		const shortNote = table();
		shortNote.foods[0].per100g.calciumMg.uncertain = 'odd';
		expect(accepts(shortNote)).toBe(false);
		const version = table();
		version.version = 2;
		expect(accepts(version)).toBe(false);
	});
});

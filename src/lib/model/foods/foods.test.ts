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

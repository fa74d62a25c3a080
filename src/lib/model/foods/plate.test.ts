// The plate: each food's numbers sum into the diet inputs; over random plates no NaN, monotone, clamped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs, inputSpecs, type NumericInputSpec } from '../parameters';
import { DIET_INPUT_IDS } from './diet';
import { cleanPlate, cleanPortions, FOOD_IDS, isFoodId, PORTIONS, type Plate } from './food-ids';
import { foodById, foods } from './foods';
import {
	DIET_INPUT_OF,
	dietMatches,
	dietOf,
	perPortion,
	plateInputs,
	plateTotals,
	zeroTotals
} from './plate';
import { NUTRIENTS } from './schema';
import { STARTER_PLATES } from './starter-plates';

const specOf = (id: string) =>
	inputSpecs.find((spec) => spec.id === id) as unknown as NumericInputSpec;

const portionsArb = fc.integer({ min: 0, max: 12 }).map((halves) => halves / 2);
const plateArb: fc.Arbitrary<Plate> = fc.dictionary(fc.constantFrom(...FOOD_IDS), portionsArb);

describe('plateTotals and plateInputs', () => {
	it('one portion of each food gives its per-100 g values times its grams', () => {
		for (const food of foods) {
			const totals = plateTotals({ [food.id]: 1 });
			for (const nutrient of NUTRIENTS)
				expect(totals[nutrient], `${food.id} ${nutrient}`).toBeCloseTo(
					(food.per100g[nutrient].value * food.portionGrams) / 100,
					9
				);
		}
	});

	it('sums portions of several foods', () => {
		const natto = perPortion(foodById('natto'));
		const gouda = perPortion(foodById('gouda'));
		const totals = plateTotals({ natto: 1, gouda: 2 });
		for (const nutrient of NUTRIENTS)
			expect(totals[nutrient]).toBeCloseTo(natto[nutrient] + 2 * gouda[nutrient], 9);
	});

	it('sets each diet input to its total rounded to the slider step when within range', () => {
		const plate: Plate = { natto: 1, milk: 2, egg: 1, spinach: 1 };
		const totals = plateTotals(plate);
		const inputs = plateInputs(plate);
		for (const nutrient of NUTRIENTS) {
			const spec = specOf(DIET_INPUT_OF[nutrient]);
			const expected = Math.min(spec.max, Math.max(spec.min, totals[nutrient]));
			expect(Math.abs(inputs[DIET_INPUT_OF[nutrient]] - expected)).toBeLessThanOrEqual(
				spec.step / 2
			);
			expect(((inputs[DIET_INPUT_OF[nutrient]] - spec.min) / spec.step) % 1).toBeCloseTo(0, 9);
		}
		expect(inputs.dietMk7McgPerDay).toBeGreaterThanOrEqual(400);
	});

	it('an empty plate gives each input its minimum', () => {
		const inputs = plateInputs({});
		for (const nutrient of NUTRIENTS) {
			const spec = specOf(DIET_INPUT_OF[nutrient]);
			expect(inputs[DIET_INPUT_OF[nutrient]]).toBe(spec.min);
		}
	});

	it('cleans portions: halves, 0–6, nonsense to 0', () => {
		expect(cleanPortions(1.3)).toBe(1.5);
		expect(cleanPortions(99)).toBe(PORTIONS.max);
		expect(cleanPortions(-2)).toBe(0);
		expect(cleanPortions(Number.NaN)).toBe(0);
		expect(cleanPlate({ natto: 0, egg: 2 })).toEqual({ egg: 2 });
	});

	it('starter plates are valid plates, each a day of at least five foods; winter indoors without sun', () => {
		for (const starter of STARTER_PLATES) {
			expect(cleanPlate(starter.plate)).toEqual(starter.plate);
			expect(Object.keys(starter.plate).length, starter.id).toBeGreaterThanOrEqual(5);
		}
		const winter = STARTER_PLATES.find((starter) => starter.id === 'winterIndoors');
		expect(winter?.sun).toBe('none');
		// Fortified soy drink and tofu carry the plant plate past the adult RDA of 1000 mg (IOM 2011).
		const plant = STARTER_PLATES.find((starter) => starter.id === 'plantFortified')!;
		expect(plateTotals(plant.plate).calciumMg).toBeGreaterThan(1000);
	});
});

describe('plates, any plate (property)', () => {
	it('never gives NaN, and every input is within its spec', () => {
		fc.assert(
			fc.property(plateArb, (plate) => {
				const totals = plateTotals(plate);
				const inputs = plateInputs(plate);
				for (const nutrient of NUTRIENTS) {
					expect(Number.isFinite(totals[nutrient])).toBe(true);
					const spec = specOf(DIET_INPUT_OF[nutrient]);
					const value = inputs[DIET_INPUT_OF[nutrient]];
					expect(value).toBeGreaterThanOrEqual(spec.min);
					expect(value).toBeLessThanOrEqual(spec.max);
				}
			})
		);
	});

	it('adding a food never lowers a total or an input', () => {
		fc.assert(
			fc.property(plateArb, fc.constantFrom(...FOOD_IDS), portionsArb, (plate, id, more) => {
				const bigger = { ...plate, [id]: Math.min(PORTIONS.max, (plate[id] ?? 0) + more) };
				const before = plateTotals(plate);
				const after = plateTotals(bigger);
				const inputsBefore = plateInputs(plate);
				const inputsAfter = plateInputs(bigger);
				for (const nutrient of NUTRIENTS) {
					expect(after[nutrient]).toBeGreaterThanOrEqual(before[nutrient] - 1e-9);
					const id = DIET_INPUT_OF[nutrient];
					expect(inputsAfter[id]).toBeGreaterThanOrEqual(inputsBefore[id]);
				}
			})
		);
	});
});

describe('diets and plates, one by one', () => {
	it('reads the five diet inputs out of a set of inputs, and sees when a slider has moved since', () => {
		const inputs = defaultInputs();
		expect(DIET_INPUT_IDS).toEqual([
			'calciumMgPerDay',
			'dietVitaminDIuPerDay',
			'k1McgPerDay',
			'mk4McgPerDay',
			'dietMk7McgPerDay'
		]);
		const diet = dietOf(inputs);
		expect(diet).toEqual({
			calciumMgPerDay: 1000,
			dietVitaminDIuPerDay: 200,
			k1McgPerDay: 250,
			mk4McgPerDay: 10,
			dietMk7McgPerDay: 15
		});
		expect(dietMatches(inputs, diet)).toBe(true);
		expect(dietMatches({ ...inputs, k2McgPerDay: 180 }, diet)).toBe(true);
		expect(dietMatches({ ...inputs, dietMk7McgPerDay: 20 }, diet)).toBe(false);
		expect(dietMatches({ ...inputs, calciumMgPerDay: 1050 }, diet)).toBe(false);
	});

	it('rounds each total to its slider step from the slider minimum (USDA values per portion)', () => {
		// Two glasses of milk: 583 mg calcium, on the 50 mg grid from 200: 600; three portions of kale: 305 mg → 300.
		expect(plateTotals({ milk: 2 }).calciumMg).toBeCloseTo(583.08, 9);
		expect(plateInputs({ milk: 2 }).calciumMgPerDay).toBe(600);
		expect(plateInputs({ kale: 3 }).calciumMgPerDay).toBe(300);
		// One portion of kale: 156 µg K1 → 160 on the 10 µg grid; an egg's 41 IU of vitamin D → 40.
		expect(plateInputs({ kale: 1 }).k1McgPerDay).toBe(160);
		expect(plateInputs({ egg: 1 }).dietVitaminDIuPerDay).toBe(40);
		expect(zeroTotals()).toEqual({ calciumMg: 0, vitaminDIu: 0, k1Mcg: 0, mk4Mcg: 0, mk7Mcg: 0 });
	});

	it('knows its food ids and writes plates in the table order', () => {
		expect(isFoodId('natto')).toBe(true);
		expect(isFoodId('pizza')).toBe(false);
		expect(Object.keys(cleanPlate({ egg: 1, natto: 1 }))).toEqual(['natto', 'egg']);
		expect(STARTER_PLATES.map((starter) => starter.id)).toEqual([
			'western',
			'natto',
			'noDairyTeen',
			'winterIndoors',
			'plantFortified'
		]);
	});
});

// Presets are valid data: unique ids, inputs inside the spec, and stories the model actually tells.
import { describe, expect, it } from 'vitest';
import { sanitizeInputs } from './parameters';
import { PRESET_STARTER_PLATE, scenarioById, scenarios } from './scenarios';
import { simulate } from './simulate';

describe('scenarios', () => {
	it('has the presets teachers asked for, each with unique id, valid inputs and a description', () => {
		expect(scenarios.map((scenario) => scenario.id)).toEqual([
			'typical_western',
			'natto_eater',
			'vitamin_d_deficient',
			'high_calcium_d3_little_k2',
			'after_menopause',
			'on_warfarin',
			'western_plate',
			'natto_plate',
			'teen_no_milk',
			'winter_indoors'
		]);
		for (const scenario of scenarios) {
			expect(sanitizeInputs(scenario.inputs)).toEqual(scenario.inputs);
			expect(scenarioById(scenario.id)).toBe(scenario);
		}
		expect(scenarioById('nope')).toBeUndefined();
		expect(scenarioById('on_warfarin')!.inputs.warfarin).toBe(true);
		expect(Object.keys(PRESET_STARTER_PLATE)).toEqual([
			'western_plate',
			'natto_plate',
			'teen_no_milk',
			'winter_indoors'
		]);
	});

	it('natto eater reaches ~5 ng/mL serum MK-7 within a month (Kaneki 2001)', () => {
		const natto = scenarioById('natto_eater')!;
		const end = simulate(natto.inputs, { days: 30, every: 30 }).at(-1)!;
		expect(end.mk7SerumNgPerMl).toBeGreaterThan(4.5);
		expect(end.mk7SerumNgPerMl).toBeLessThan(6);
	});

	it('vitamin D deficient reaches real deficiency (no sun): absorption falls steeply, PTH rises', () => {
		const deficient = scenarioById('vitamin_d_deficient')!;
		expect(deficient.inputs.sunExposure).toBe('none');
		const run = simulate(deficient.inputs, { days: 365, every: 365 });
		expect(run[1].serum25OHDNmolL).toBeLessThan(10);
		expect(run[1].fractionalAbsorption).toBeLessThan(run[0].fractionalAbsorption - 0.05);
		expect(run[1].pthPgMl).toBeGreaterThan(run[0].pthPgMl * 1.5);
	});
});

describe('presets built on plates', () => {
	it('hold exactly the diet inputs of their starter plates', async () => {
		const { plateInputs } = await import('./foods/plate');
		const { STARTER_PLATES } = await import('./foods/starter-plates');
		for (const [id, starterId] of Object.entries(PRESET_STARTER_PLATE)) {
			const starter = STARTER_PLATES.find((candidate) => candidate.id === starterId)!;
			const preset = scenarioById(id)!;
			expect(preset.inputs, id).toMatchObject(plateInputs(starter.plate));
			if (starter.sun) expect(preset.inputs.sunExposure).toBe(starter.sun);
		}
	});

	const yearOf = (id: string, inputs = scenarioById(id)!.inputs) =>
		simulate(inputs, { days: 365, every: 365 })[1];

	it('natto plate: serum MK-7 near natto eaters (Kaneki 2001) and more active MGP than the Western plate', () => {
		const western = yearOf('western_plate');
		const natto = yearOf('natto_plate');
		expect(natto.mk7SerumNgPerMl).toBeGreaterThan(3);
		expect(natto.carboxylatedMgpFraction).toBeGreaterThan(western.carboxylatedMgpFraction + 0.1);
	});

	it('teen without milk builds less bone than the same teen at the RDA', () => {
		const teen = scenarioById('teen_no_milk')!.inputs;
		const low = yearOf('teen_no_milk');
		const rda = yearOf('teen_no_milk', { ...teen, calciumMgPerDay: 1300 });
		expect(low.boneMineralChangePct).toBeGreaterThan(0);
		expect(rda.boneMineralChangePct).toBeGreaterThan(low.boneMineralChangePct);
	});

	it('winter indoors: 25(OH)D falls below the Western plate with sun', () => {
		expect(yearOf('winter_indoors').serum25OHDNmolL).toBeLessThan(
			yearOf('western_plate').serum25OHDNmolL - 15
		);
	});
});

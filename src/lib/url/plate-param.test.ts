// The `plate` link parameter: read, bad items dropped and reported, written back in a stable order, never a crash.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cleanPlate, FOOD_IDS } from '$lib/model/foods/food-ids';
import { appParamNames } from './app-schema';
import { embedParamNames } from './embed-options';
import { parseLessonState, serialiseLessonState } from './lesson-params';
import { formatPlate, plateFieldSchema } from './plate-param';

const others = new Set([...appParamNames, ...embedParamNames]);
const read = (search: string) => parseLessonState(search, others);

describe('plate=', () => {
	it('reads foods and portions', () => {
		expect(read('plate=natto:1,gouda:2').lesson.plate).toEqual({ natto: 1, gouda: 2 });
		expect(read('plate=egg:0.5').lesson.plate).toEqual({ egg: 0.5 });
		expect(read('plate=natto:1').rejected).toEqual([]);
	});

	it('drops unknown foods, bad portions and repeats, keeps the rest and reports the parameter', () => {
		const { lesson, rejected } = read('plate=natto:1,pizza:2,egg:9,milk:x,natto:3,kale:1.5');
		expect(lesson.plate).toEqual({ natto: 1, kale: 1.5 });
		expect(rejected).toEqual([{ name: 'plate', reason: 'malformed' }]);
	});

	it('ignores a plate with no good item', () => {
		const { lesson, rejected } = read('plate=pizza:1');
		expect(lesson.plate).toBeUndefined();
		expect(rejected).toEqual([{ name: 'plate', reason: 'malformed' }]);
		expect(read('plate=').lesson.plate).toBeUndefined();
	});

	it('allows a long plate but not an endless one', () => {
		const all = FOOD_IDS.slice(0, 14)
			.map((id) => `${id}:1`)
			.join(',');
		expect(Object.keys(read(`plate=${all}`).lesson.plate ?? {})).toHaveLength(14);
		expect(read(`plate=${'natto:1,'.repeat(40)}`).rejected[0]?.reason).toBe('too-long');
	});

	it('writes in food order and reads back what it wrote', () => {
		expect(formatPlate({ gouda: 2, natto: 1 })).toBe('natto:1,gouda:2');
		// A lesson's plate is clean (what the reader and the plate dialog keep), and its link is read back the same.
		const query = serialiseLessonState({ plate: cleanPlate({ gouda: 2, natto: 1 }) });
		expect(query).toBe('plate=natto:1,gouda:2');
		expect(read(query).lesson.plate).toEqual({ natto: 1, gouda: 2 });
		expect(serialiseLessonState(read(query).lesson)).toBe(query);
	});

	it('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				v.safeParse(plateFieldSchema, text);
				read(`plate=${encodeURIComponent(text)}`);
			})
		);
	});
});

// The `plate` link parameter (`plate=natto:1,gouda:2`): food id and portions per day, read with valibot; bad items are dropped and counted.
import * as v from 'valibot';
import { cleanPlate, isFoodId, PORTIONS, type Plate } from '$lib/model/foods/food-ids';
import { formatCleanPlate } from './plate-format';

/** Writes any plate as its link value (`natto:1,gouda:2`, in FOOD_IDS order), or '' for an empty plate; the explorer's own links use formatCleanPlate (plate-format.ts: no food list, no valibot). */
export function formatPlate(plate: Plate): string {
	return formatCleanPlate(cleanPlate(plate));
}

/** One `id:portions` item: a known food and 0.5–6 portions in halves. */
const itemSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z]{1,20}:(?:\d{1,2}(?:\.5|\.0)?)$/),
	v.transform((item: string) => item.split(':') as [string, string]),
	v.check(([id]) => isFoodId(id)),
	v.transform(([id, portions]) => ({ id, portions: Number(portions) })),
	v.check(({ portions }) => portions >= PORTIONS.step && portions <= PORTIONS.max)
);

/** What a `plate` value gives: the plate of its good items, and how many items were dropped. */
export interface PlateReading {
	plate: Plate;
	dropped: number;
}

/**
 * The schema of a `plate` value: comma-separated `id:portions` items. Unknown foods, malformed items
 * and portions outside 0.5–6 are dropped (and counted, for the "ignored" notice); a food given twice
 * keeps its first count. A value with no good item fails ('malformed').
 */
export const plateFieldSchema: v.GenericSchema<string, PlateReading> = v.pipe(
	v.string(),
	v.minLength(1),
	v.transform((text: string): PlateReading => {
		const plate: Plate = {};
		let dropped = 0;
		for (const item of text.split(',')) {
			const result = v.safeParse(itemSchema, item);
			if (!result.success || !isFoodId(result.output.id) || result.output.id in plate) {
				dropped += 1;
				continue;
			}
			plate[result.output.id] = result.output.portions;
		}
		return { plate: cleanPlate(plate), dropped };
	}),
	v.check((reading) => Object.keys(reading.plate).length > 0)
);

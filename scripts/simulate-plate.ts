// The CLI's --plate flag (`natto:1,gouda:2`, the link's plate= words): a day's foods summed into the diet inputs; any bad item is refused by name.
import { FOOD_IDS, PORTIONS, isFoodId, type Plate } from '../src/lib/model/foods/food-ids';
import { plateInputs, type DietInputs } from '../src/lib/model/foods/plate';
import { FlagError, parseNumber } from './simulate-flags';

/** The foods --help lists, in the food table's order. */
export const plateHelp = `  --plate P          a day's foods as food:portions, comma-separated (e.g. natto:1,gouda:2; 0.5–${PORTIONS.max} portions in halves),
                     summed from src/lib/model/foods/foods.json into the diet inputs (calcium, diet-d, k1, mk4, mk7-food);
                     flags given beside it override its sums. Foods: ${FOOD_IDS.join(', ')}`;

/**
 * The plate a --plate value names. Unlike a link (which drops bad items and says so), the command line refuses the
 * whole value: a researcher's run must use exactly the foods written.
 */
export function parsePlate(raw: string): Plate {
	const plate: Plate = {};
	for (const item of raw.split(',')) {
		const [id, portionsText, extra] = item.trim().split(':');
		if (!isFoodId(id ?? ''))
			throw new FlagError(
				`--plate: unknown food '${id ?? ''}' in '${item}'; foods are ${FOOD_IDS.join(', ')}`
			);
		if (portionsText === undefined || extra !== undefined)
			throw new FlagError(`--plate: '${item}' must be food:portions, e.g. natto:1`);
		const portions = parseNumber(
			`--plate ${id}`,
			portionsText,
			PORTIONS.step,
			PORTIONS.max,
			'portions a day'
		);
		if (!Number.isInteger(portions / PORTIONS.step))
			throw new FlagError(`--plate ${id} must be whole or half portions; got '${portionsText}'`);
		if (id in plate) throw new FlagError(`--plate names ${id} twice; give it once`);
		plate[id as keyof Plate] = portions;
	}
	return plate;
}

/** The diet inputs of a --plate value (each sum rounded to its slider's step, as the app's plate does). */
export function plateFlagInputs(raw: string): DietInputs {
	return plateInputs(parsePlate(raw));
}

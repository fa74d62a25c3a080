/** Ready-made plates to start from: a day of food each, and for one of them the sun too. Titles are messages (plate_starter_<id>). */
import type { Plate } from './food-ids';

export interface StarterPlate {
	id: 'western' | 'natto' | 'noDairyTeen' | 'winterIndoors' | 'plantFortified';
	plate: Plate;
	/** The sun the starter sets as well (a `sunExposure` option), when it matters to its story. */
	sun?: 'none' | 'low' | 'moderate' | 'high';
}

/** A typical Western day: milk, bread, cheddar, chicken, an egg, a little salad. */
const western: Plate = {
	milk: 1,
	yogurt: 1,
	bread: 3,
	butter: 1,
	cheddar: 1,
	chicken: 1,
	egg: 1,
	lettuce: 1
};

export const STARTER_PLATES: readonly StarterPlate[] = [
	{ id: 'western', plate: western },
	{
		id: 'natto',
		plate: { natto: 1, egg: 1, tofu: 1, salmon: 1, spinach: 1, broccoli: 1 }
	},
	{
		id: 'noDairyTeen',
		plate: { bread: 4, beef: 1, chicken: 1, egg: 1, lettuce: 0.5 }
	},
	{ id: 'winterIndoors', plate: western, sun: 'none' },
	{
		id: 'plantFortified',
		plate: { soydrink: 2, tofu: 1, kale: 1, almonds: 1, beans: 1, bread: 2 }
	}
];

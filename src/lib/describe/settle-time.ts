// How long the model takes to follow a change of each input: three time constants of the pool the input moves (95 % of the way).
import { MK7_HALF_LIFE_DAYS, SERUM_25OHD_TIME_CONSTANT_DAYS } from '$lib/model/constants';
import type { ModelInputs } from '$lib/model/parameters';

/** Three time constants take a first-order pool 95 % of the way (1 − e⁻³). */
const TIME_CONSTANTS_TO_SETTLE = 3;

/** Days for the model to get 95 % of the way after `input` changes; null when it follows within a few days. */
export function settleDays(input: keyof ModelInputs): number | null {
	switch (input) {
		case 'k2McgPerDay':
			// Serum MK-7 carries carboxylation: half-life ~68 h (Schurgers 2007).
			return (TIME_CONSTANTS_TO_SETTLE * MK7_HALF_LIFE_DAYS) / Math.LN2;
		case 'd3IuPerDay':
			// 25(OH)D: 90 % of a change in ~75 days (Heaney 2003).
			return TIME_CONSTANTS_TO_SETTLE * SERUM_25OHD_TIME_CONSTANT_DAYS;
		default:
			// Calcium in the gut and blood turns over in about a day (GUT_TRANSIT_DAYS); life stage and warfarin
			// act at once in the model (warfarin blocks the cycle's enzyme directly).
			return null;
	}
}

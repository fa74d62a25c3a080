// Translated unit labels for the model's units.
import { m } from '$lib/paraglide/messages';

export const unitLabel = {
	'µg/day': () => m.unit_mcg_per_day(),
	'IU/day': () => m.unit_iu_per_day(),
	'mg/day': () => m.unit_mg_per_day(),
	'nmol/L': () => m.unit_nmol_per_l(),
	'mmol/L': () => m.unit_mmol_per_l(),
	'%': () => m.unit_percent(),
	g: () => m.unit_gram()
} as const;

export type Unit = keyof typeof unitLabel;

export function unitText(unit: string): string {
	return unit in unitLabel ? unitLabel[unit as Unit]() : unit;
}

// Which snapshot fields the readouts show, in order, with their labels, units and precision.
import type { Snapshot } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export interface ReadoutSpec {
	quantity: keyof Snapshot;
	label: () => string;
	units: string;
	/** Snapshot value → displayed number (fractions become percentages). */
	scale: number;
	digits: number;
	signed?: boolean;
	/** Show where the value is heading at these inputs (vitamin pools take weeks to settle). */
	showTarget?: boolean;
	group: 'vitamins' | 'flows' | 'outcomes';
}

export const readoutSpecs: ReadoutSpec[] = [
	{
		quantity: 'serum25OHDNmolL',
		label: () => m.readout_serum_25ohd(),
		units: 'nmol/L',
		scale: 1,
		digits: 0,
		showTarget: true,
		group: 'vitamins'
	},
	{
		quantity: 'fractionalAbsorption',
		label: () => m.readout_fractional_absorption(),
		units: '%',
		scale: 100,
		digits: 1,
		showTarget: true,
		group: 'vitamins'
	},
	{
		quantity: 'carboxylatedOsteocalcinFraction',
		label: () => m.readout_carboxylated_osteocalcin(),
		units: '%',
		scale: 100,
		digits: 0,
		showTarget: true,
		group: 'vitamins'
	},
	{
		quantity: 'carboxylatedMgpFraction',
		label: () => m.readout_carboxylated_mgp(),
		units: '%',
		scale: 100,
		digits: 0,
		showTarget: true,
		group: 'vitamins'
	},
	{
		quantity: 'netAbsorptionMgPerDay',
		label: () => m.readout_net_absorption(),
		units: 'mg/day',
		scale: 1,
		digits: 0,
		group: 'flows'
	},
	{
		quantity: 'urineMgPerDay',
		label: () => m.readout_urine(),
		units: 'mg/day',
		scale: 1,
		digits: 0,
		group: 'flows'
	},
	{
		quantity: 'pthPgMl',
		label: () => m.readout_pth(),
		units: 'pg/mL',
		scale: 1,
		digits: 0,
		showTarget: true,
		group: 'flows'
	},
	{
		quantity: 'calcitriolPmolL',
		label: () => m.readout_calcitriol(),
		units: 'pmol/L',
		scale: 1,
		digits: 0,
		showTarget: true,
		group: 'flows'
	},
	{
		quantity: 'inr',
		label: () => m.readout_inr(),
		units: '',
		scale: 1,
		digits: 1,
		group: 'flows'
	},
	{
		quantity: 'boneMineralChangePct',
		label: () => m.readout_bone_mineral_change(),
		units: '%',
		scale: 1,
		digits: 2,
		signed: true,
		group: 'outcomes'
	},
	{
		quantity: 'arterialCalciumIndex',
		label: () => m.readout_arterial_index(),
		units: '',
		scale: 1,
		digits: 2,
		group: 'outcomes'
	}
];

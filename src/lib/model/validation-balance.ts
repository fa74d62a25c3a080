/** Calibration targets of §1–3: adult calcium balance, the vitamin D3 slider and the vitamin K2 slider. */
import { MK7_HALF_LIFE_DAYS } from './constants';
import type { CalibrationTarget } from './validation';
import { after, dalmeijer, inputsWith, reduction, steady, ucRatio } from './validation-helpers';
import { simulate } from './simulate';
import { serum25OHDSteadyStateNmolL } from './vitamins';

const reference = () => steady();
const serum = (iu: number) => serum25OHDSteadyStateNmolL(iu, 'moderate');

/** Days until 25(OH)D has made 90% of the move from 600 to 4000 IU/day. */
function daysTo90Percent(): number {
	const run = simulate(inputsWith({ d3IuPerDay: 4000 }), { days: 200, dtDays: 0.25 });
	const start = run[0].serum25OHDNmolL;
	const end = serum(4000);
	return run.findIndex((s) => (s.serum25OHDNmolL - start) / (end - start) >= 0.9);
}

/** Share of the 12-week ucOC/cOC fall reached after `days` of 180 µg/day. */
function k2Onset(days: number): number {
	const base = ucRatio(reference().carboxylatedOsteocalcinFraction);
	const at = (d: number) =>
		reduction(
			base,
			ucRatio(after(d, { k2McgPerDay: 180 }, 'central', 0.25).carboxylatedOsteocalcinFraction)
		);
	return at(days) / at(84);
}

export const balanceTargets: CalibrationTarget[] = [
	{
		id: 'fractional-absorption',
		section: '1',
		target: 'Fractional absorption at 1000 mg/day',
		source: 'IOM 2011',
		min: 0.2,
		max: 0.3,
		units: 'share',
		compute: () => reference().fractionalAbsorption
	},
	{
		id: 'gross-absorption',
		section: '1',
		target: 'Gross absorption at 1000 mg/day',
		source: 'IOM 2011 Table 5-2; textbooks',
		min: 250,
		max: 400,
		units: 'mg/day',
		compute: () => reference().grossAbsorptionMgPerDay
	},
	{
		id: 'secretion',
		section: '1',
		target: 'Calcium secreted into the gut',
		source: 'IOM 2011 Table 5-2',
		min: 100,
		max: 200,
		units: 'mg/day',
		compute: () => reference().secretionMgPerDay
	},
	{
		id: 'net-absorption',
		section: '1',
		target: 'Net absorption at 1000 mg/day',
		source: 'IOM 2011; textbooks',
		min: 150,
		max: 250,
		units: 'mg/day',
		compute: () => reference().netAbsorptionMgPerDay
	},
	{
		id: 'urine',
		section: '1',
		target: 'Urinary calcium',
		source: 'textbooks',
		min: 100,
		max: 200,
		units: 'mg/day',
		compute: () => reference().urineMgPerDay
	},
	{
		id: 'turnover',
		section: '1',
		target: 'Bone formation ≈ resorption (each)',
		source: 'textbooks; Peterson & Riggs 2010',
		min: 400,
		max: 600,
		units: 'mg/day',
		compute: () => reference().boneFormationMgPerDay
	},
	{
		id: 'bone-balance',
		section: '1',
		target: 'Adult bone balance at steady state (formation − resorption)',
		source: 'textbooks',
		min: -0.5,
		max: 0.5,
		units: 'mg/day',
		compute: () => reference().netBoneBalanceMgPerDay
	},
	{
		id: 'urine-equals-net',
		section: '1',
		target: 'Urine − (net absorption − arterial deposit) in the adult steady state',
		source: 'doc/reference-values.md §1',
		min: -0.5,
		max: 0.5,
		units: 'mg/day',
		compute: () => {
			const s = reference();
			return s.urineMgPerDay - (s.netAbsorptionMgPerDay - s.arterialDepositionMgPerDay);
		}
	},
	{
		id: 'bone-share',
		section: '1',
		target: 'Share of body calcium in bone',
		source: 'IOM 2011',
		min: 0.99,
		max: 1,
		units: 'share',
		compute: () => {
			const s = reference();
			return (
				(s.boneCalciumG * 1000) / (s.boneCalciumG * 1000 + s.ecfCalciumMg + s.gutLumenCalciumMg)
			);
		}
	},
	{
		id: 'ecf-calcium',
		section: '1',
		target: 'Extracellular fluid calcium',
		source: 'Peterson & Riggs 2010',
		min: 800,
		max: 1000,
		units: 'mg',
		compute: () => reference().ecfCalciumMg
	},
	{
		id: 'plasma-calcium',
		section: '1',
		target: 'Plasma total calcium, reference adult',
		source: 'textbooks',
		min: 2.2,
		max: 2.6,
		units: 'mmol/L',
		compute: () => reference().bloodCalciumMmolL
	},
	{
		id: 'mass-balance',
		section: '1',
		target: 'Mass balance error after 10 years of changing inputs',
		source: 'conservation of mass',
		min: -1e-3,
		max: 1e-3,
		units: 'mg',
		compute: () =>
			simulate(inputsWith({ lifeStage: 'postmenopausal', calciumMgPerDay: 400 }), {
				days: 3653,
				dtDays: 1,
				every: 3653,
				schedule: [
					{ day: 700, calciumMgPerDay: 2500, k2McgPerDay: 500 },
					{ day: 2000, sunExposure: 'none', d3IuPerDay: 0, warfarin: true }
				]
			}).at(-1)!.massBalanceErrorMg
	},
	{
		id: 'd3-0',
		section: '2',
		target: '25(OH)D at 0 IU/day (moderate sun)',
		source: 'Heaney 2003; Gallagher 2012',
		min: 40,
		max: 50,
		units: 'nmol/L',
		compute: () => serum(0)
	},
	{
		id: 'd3-800',
		section: '2',
		target: '25(OH)D at 800 IU/day',
		source: 'Heaney 2003; Gallagher 2012',
		min: 60,
		max: 65,
		units: 'nmol/L',
		compute: () => serum(800)
	},
	{
		id: 'd3-2000',
		section: '2',
		target: '25(OH)D at 2000 IU/day',
		source: 'Heaney 2003; Gallagher 2012',
		min: 80,
		max: 85,
		units: 'nmol/L',
		compute: () => serum(2000)
	},
	{
		id: 'd3-4000',
		section: '2',
		target: '25(OH)D at 4000 IU/day',
		source: 'Gallagher 2012 (plateau ~112 above ~3200)',
		min: 105,
		max: 115,
		units: 'nmol/L',
		compute: () => serum(4000)
	},
	{
		id: 'd3-10000',
		section: '2',
		target: "25(OH)D at 10,000 IU/day: between Gallagher's plateau and Burt 2019 (≈144)",
		source: 'Gallagher 2012; Burt 2019',
		min: 110,
		max: 150,
		units: 'nmol/L',
		compute: () => serum(10_000)
	},
	{
		id: 'd3-time',
		section: '2',
		target: 'Days to 90% of a new 25(OH)D steady state',
		source: 'Heaney 2003 (2–3 months)',
		min: 60,
		max: 90,
		units: 'days',
		compute: daysTo90Percent
	},
	{
		id: 'd3-rda',
		section: '2',
		target: '25(OH)D at the RDA (600 IU) with moderate sun: sufficient',
		source: 'IOM 2011 (≥ 50)',
		min: 50,
		max: 75,
		units: 'nmol/L',
		compute: () => serum(600)
	},
	{
		id: 'toxicity',
		section: '2',
		target: 'Highest 25(OH)D any input reaches: far below toxicity',
		source: 'Marcinowska-Suchowierska 2018 (> ~375)',
		min: 0,
		max: 200,
		units: 'nmol/L',
		compute: () => serum25OHDSteadyStateNmolL(10_000, 'high')
	},
	{
		id: 'need-steep',
		section: '2',
		target: 'Absorption at 8 vs 17 nmol/L (Need: 0.36 vs 0.56 = 0.64)',
		source: 'Need 2008, via IOM 2011',
		min: 0.5,
		max: 0.8,
		units: 'ratio',
		compute: () =>
			steady({ sunExposure: 'none', d3IuPerDay: 0 }).fractionalAbsorption /
			steady({ sunExposure: 'none', d3IuPerDay: 250 }).fractionalAbsorption
	},
	{
		id: 'need-flat',
		section: '2',
		target: 'Absorption at 34 vs 25 nmol/L (Need: flat at 21–40)',
		source: 'Need 2008, via IOM 2011',
		min: 0.95,
		max: 1.1,
		units: 'ratio',
		compute: () =>
			steady({ sunExposure: 'low', d3IuPerDay: 300 }).fractionalAbsorption /
			steady({ sunExposure: 'low', d3IuPerDay: 0 }).fractionalAbsorption
	},
	{
		id: 'hansen',
		section: '2',
		target:
			'Low assumption: absorption gain from 25(OH)D 55 → 130 nmol/L (Hansen: +3 points for 55 → 160)',
		source: 'Hansen 2008',
		min: 1.5,
		max: 4,
		units: 'points',
		compute: () =>
			100 *
			(steady({ d3IuPerDay: 10_000 }, 'low').fractionalAbsorption -
				steady({ d3IuPerDay: 440 }, 'low').fractionalAbsorption)
	},
	{
		id: 'aloia',
		section: '2',
		target: 'High assumption: absorption gain after 8 weeks of 4800 vs 0 IU/day',
		source: 'Aloia 2014 (AJCN 99:624), ≈ +5–7',
		min: 4.5,
		max: 7,
		units: 'points',
		compute: () =>
			100 *
			(after(56, { d3IuPerDay: 4800 }, 'high').fractionalAbsorption -
				after(56, { d3IuPerDay: 0 }, 'high').fractionalAbsorption)
	},
	{
		id: 'between',
		section: '2',
		target: 'Central assumption: the same gain lies between Hansen and Aloia',
		source: 'doc/reference-values.md §7',
		min: 3,
		max: 5,
		units: 'points',
		compute: () =>
			100 *
			(after(56, { d3IuPerDay: 4800 }).fractionalAbsorption -
				after(56, { d3IuPerDay: 0 }).fractionalAbsorption)
	},
	{
		id: 'dalmeijer-mgp-180',
		section: '3',
		target: 'dp-ucMGP fall, MK-7 180 µg/day for 12 weeks (−31%)',
		source: 'Dalmeijer 2012',
		min: 26,
		max: 36,
		units: '%',
		compute: () =>
			reduction(1 - reference().carboxylatedMgpFraction, 1 - dalmeijer(180).carboxylatedMgpFraction)
	},
	{
		id: 'dalmeijer-mgp-360',
		section: '3',
		target: 'dp-ucMGP fall, MK-7 360 µg/day for 12 weeks (−46%)',
		source: 'Dalmeijer 2012',
		min: 41,
		max: 51,
		units: '%',
		compute: () =>
			reduction(1 - reference().carboxylatedMgpFraction, 1 - dalmeijer(360).carboxylatedMgpFraction)
	},
	{
		id: 'dalmeijer-oc-180',
		section: '3',
		target: 'ucOC/cOC fall, MK-7 180 µg/day for 12 weeks (−60%)',
		source: 'Dalmeijer 2012',
		min: 55,
		max: 65,
		units: '%',
		compute: () =>
			reduction(
				ucRatio(reference().carboxylatedOsteocalcinFraction),
				ucRatio(dalmeijer(180).carboxylatedOsteocalcinFraction)
			)
	},
	{
		id: 'dalmeijer-oc-360',
		section: '3',
		target: 'ucOC/cOC fall, MK-7 360 µg/day for 12 weeks (−74%)',
		source: 'Dalmeijer 2012',
		min: 69,
		max: 79,
		units: '%',
		compute: () =>
			reduction(
				ucRatio(reference().carboxylatedOsteocalcinFraction),
				ucRatio(dalmeijer(360).carboxylatedOsteocalcinFraction)
			)
	},
	{
		id: 'ucoc-baseline',
		section: '3',
		target: 'Undercarboxylated osteocalcin without supplements',
		source: "O'Connor 2007",
		min: 0.2,
		max: 0.3,
		units: 'share',
		compute: () => 1 - reference().carboxylatedOsteocalcinFraction
	},
	{
		id: 'mk7-half-life',
		section: '3',
		target: 'MK-7 half-life',
		source: 'Schurgers 2007',
		min: 60,
		max: 76,
		units: 'hours',
		compute: () => MK7_HALF_LIFE_DAYS * 24
	},
	{
		id: 'natto',
		section: '3',
		target: 'Serum MK-7 with ~350 µg/day (natto eaters)',
		source: 'Kaneki 2001 (~5.3 ng/mL)',
		min: 4.5,
		max: 6,
		units: 'ng/mL',
		compute: () => after(60, { k2McgPerDay: 350 }).mk7SerumNgPerMl
	},
	{
		id: 'k2-onset-1',
		section: '3',
		target: 'Share of the 12-week ucOC/cOC fall reached after one day',
		source: 'Schurgers 2007 (builds over ~2 weeks)',
		min: 0,
		max: 0.5,
		units: 'share',
		compute: () => k2Onset(1)
	},
	{
		id: 'k2-onset-14',
		section: '3',
		target: 'Share of the 12-week ucOC/cOC fall reached by day 14',
		source: 'Schurgers 2007',
		min: 0.75,
		max: 1,
		units: 'share',
		compute: () => k2Onset(14)
	},
	{
		id: 'diet-k',
		section: '3',
		target: 'Carboxylated osteocalcin with no supplement (the diet supplies vitamin K)',
		source: 'EFSA 2017',
		min: 0.7,
		max: 0.8,
		units: 'share',
		compute: () => reference().carboxylatedOsteocalcinFraction
	}
];
